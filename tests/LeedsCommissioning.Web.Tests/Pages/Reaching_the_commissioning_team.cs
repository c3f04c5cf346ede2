using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Pages;

/// <summary>The portal with the team's contact details set in configuration, as an operator would set them.</summary>
public sealed class ContactPortalFactory : PortalFactory
{
    public const string Email = "help.commissioning@example.org";
    public const string Phone = "0113 496 0123";
    public const string Hours = "Monday to Thursday, 10am to 4pm";

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
    [
        new("Contact:Email", Email),
        new("Contact:Phone", Phone),
        new("Contact:PhoneHours", Hours),
        new("Contact:ReplyWithinWorkingDays", "3"),
        new("Contact:AccessibilityReplyWithinWorkingDays", "7"),
        new("Contact:LastTestedOn", "2026-12-05"),
    ];
}

public sealed class Reaching_the_commissioning_team(ContactPortalFactory factory) : IClassFixture<ContactPortalFactory>
{
    [Fact]
    public async Task the_contact_page_gives_the_configured_email_phone_and_hours_and_is_linked_from_every_footer()
    {
        var visitor = PortalClient.For(factory);

        var home = await visitor.GetDocumentAsync("/");
        var link = home.QuerySelectorAll("footer a").Single(a => a.TextContent.Trim() == "Contact");
        var page = await visitor.GetDocumentAsync(link.GetAttribute("href")!);

        Assert.Equal("Contact the commissioning team", page.Heading());
        Assert.Equal("mailto:" + ContactPortalFactory.Email, page.QuerySelector("a.app-contact-email")?.GetAttribute("href"));
        Assert.Equal("tel:01134960123", page.QuerySelector("a.app-contact-phone")?.GetAttribute("href"));
        Assert.Equal(ContactPortalFactory.Phone, page.QuerySelector("a.app-contact-phone")?.TextContent.Trim());
        Assert.Equal(ContactPortalFactory.Hours, page.QuerySelector(".app-contact-hours")?.TextContent.Trim());
        Assert.Contains("within 3 working days", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Report a problem with a tender or a deadline", page.GetElementById("tender-problem")?.TextContent.Trim());
    }

    [Fact]
    public async Task the_beta_banner_links_to_the_feedback_section_which_offers_a_feedback_email()
    {
        var visitor = PortalClient.For(factory);

        var home = await visitor.GetDocumentAsync("/opportunities");
        var feedback = home.QuerySelector(".govuk-phase-banner a")!;
        Assert.Equal("/contact#feedback", feedback.GetAttribute("href"));
        var contact = await visitor.GetDocumentAsync("/contact");

        Assert.NotNull(contact.GetElementById("feedback"));
        Assert.StartsWith("mailto:" + ContactPortalFactory.Email + "?subject=", contact.QuerySelector("a.app-feedback-link")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_accessibility_statement_has_the_parts_the_regulations_require()
    {
        var page = await PortalClient.For(factory).GetDocumentAsync("/accessibility");
        string Section(string id) => page.GetElementById(id)?.TextContent.Trim() ?? "";
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal("Feedback and contact information", Section("another-format"));
        Assert.Contains("in a different format", text, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "mailto:" + ContactPortalFactory.Email);
        Assert.Contains(ContactPortalFactory.Phone, text, StringComparison.Ordinal);
        Assert.Contains("get back to you in 7 working days", text, StringComparison.Ordinal);
        Assert.Equal("Reporting accessibility problems with this service", Section("reporting-problems"));
        Assert.Equal("Enforcement procedure", Section("enforcement"));
        Assert.Contains("Equality and Human Rights Commission", text, StringComparison.Ordinal);
        Assert.Contains("Equality Advisory and Support Service", text, StringComparison.Ordinal);
        Assert.Equal("Compliance status", Section("compliance-status"));
        Assert.Contains("partially compliant", text, StringComparison.Ordinal);
        Assert.Contains("last tested on 5 December 2026", text, StringComparison.Ordinal);
        Assert.Contains("axe-core", text, StringComparison.Ordinal);
        Assert.Contains("320 CSS pixels", text, StringComparison.Ordinal);
        Assert.Contains("has not been audited independently", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_sign_in_page_sends_a_new_provider_to_register_its_organisation()
    {
        var visitor = PortalClient.For(factory);
        var signIn = await visitor.GetDocumentAsync("/account/sign-in");

        var link = signIn.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "register your organisation");
        var register = await visitor.GetDocumentAsync(link.GetAttribute("href")!);

        Assert.Equal("Register your organisation", register.Heading());
    }
}
