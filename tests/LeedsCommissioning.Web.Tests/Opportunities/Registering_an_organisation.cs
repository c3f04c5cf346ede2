using System.Net;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Registration;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// Issue 6, self-registration: a new organisation applies; nobody from it can sign in or bid until an
/// administrator or commissioner approves it; approval creates the provider (its kind and the wards of the
/// parts of Leeds it works in) and invites the applicant, who sets a password and can then bid.
/// </summary>
public sealed class Registering_an_organisation(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Password = "gipton community garden";

    private static Dictionary<string, string> Application(string name, string email) => new()
    {
        ["OrganisationName"] = name,
        ["Type"] = "RegisteredCharity",
        ["CharityNumber"] = "1187654",
        ["Postcode"] = "LS9 6NL",
        ["IsLeedsBased"] = "true",
        ["Localities"] = "NorthEast",
        ["AnnualIncome"] = "£86,500",
        ["Description"] = "Community garden and cooking sessions for carers in Gipton.",
        ["ApplicantName"] = "Mo Farouk",
        ["ApplicantEmail"] = email,
    };

    [Fact]
    public async Task an_approved_organisation_becomes_a_provider_and_its_applicant_can_set_a_password_and_bid()
    {
        var email = "mo.farouk@gipton-garden.example.org";
        var applicant = PortalClient.For(factory);
        var sent = await applicant.PostFormAsync("/register-organisation", "/register-organisation", Application("Gipton Community Garden", email));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/register-organisation/sent", sent.Headers.Location!.OriginalString);

        // Not approved yet: no account, nothing to sign in with.
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.For(factory).SignInAsync(email, Password)).StatusCode);
        var id = await factory.WithDbAsync(db => db.OrganisationApplications.Where(a => a.ApplicantEmail == email).Select(a => a.Id).SingleAsync());

        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var page = await commissioner.GetDocumentAsync($"/procurement/organisation-applications/{id}");
        Assert.Contains("Registered charity", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("North East", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".govuk-warning-text"));
        var approved = await commissioner.PostFormAsync($"/procurement/organisation-applications/{id}", $"/procurement/organisation-applications/{id}/approve", []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var provider = await factory.WithDbAsync(db => db.Providers.AsNoTracking().Include(p => p.Wards).SingleAsync(p => p.Name == "Gipton Community Garden"));
        Assert.Equal(ProviderType.RegisteredCharity, provider.Type);
        Assert.Equal("1187654", provider.CharityNumber);
        Assert.Equal(86_500m, provider.AnnualIncome);
        Assert.True(provider.IsLeedsBased);
        Assert.NotEmpty(provider.Wards);
        Assert.All(provider.Wards, w => Assert.Equal(Locality.NorthEast, w.Locality));
        Assert.Equal(ApplicationStatus.Approved, await factory.WithDbAsync(db => db.OrganisationApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        var invitation = await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.To == email));
        var link = PortalClient.LinkIn(invitation.Body);
        var set = await applicant.PostFormAsync(link, "/account/reset-password", new() { ["NewPassword"] = Password, ["ConfirmPassword"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var member = await PortalClient.SignedInAsync(factory, email, Password);
        var (opportunityId, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var bidUrl = $"/opportunities/{opportunityId}/lots/{lotId}/bid";
        var draft = await member.PostFormAsync(bidUrl, bidUrl, Demo.CompleteBid("Weekly cooking sessions for carers in Gipton.", "save"));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => LeedsCommissioning.Infrastructure.Opportunities.SealedBids.OwnedBy(db, provider.Id).CountAsync()));
    }

    [Fact]
    public async Task a_form_with_mistakes_says_what_is_wrong_with_each_field_and_keeps_what_was_typed()
    {
        var fields = Application("Seacroft Men's Shed", "shed@seacroft.example.org");
        fields["Type"] = "CommunityInterestCompany";
        fields.Remove("Localities");
        fields["Postcode"] = "not a postcode";
        fields["AnnualIncome"] = "about forty thousand";

        var response = await PortalClient.For(factory).PostFormAsync("/register-organisation", "/register-organisation", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
            [
                "Enter your company number: every community interest company has one",
                "Enter a real postcode, like LS7 3HB",
                "Select the parts of Leeds you work in",
                "Annual income must be an amount of money in pounds, like 1250000 or 1,250,000.50",
            ],
            page.ErrorSummary());
        Assert.Equal("Seacroft Men's Shed", page.Value("OrganisationName"));
        Assert.Equal("not a postcode", page.Value("Postcode"));
        Assert.Equal("about forty thousand", page.Value("AnnualIncome"));
        Assert.False(await factory.WithDbAsync(db => db.OrganisationApplications.AnyAsync(a => a.ApplicantEmail == "shed@seacroft.example.org")));
    }

    [Fact]
    public async Task an_nhs_trust_cannot_register_itself()
    {
        var fields = Application("Leeds Teaching Hospitals NHS Trust", "contracts@lth.example.org");
        fields["Type"] = "NhsTrust";

        var response = await PortalClient.For(factory).PostFormAsync("/register-organisation", "/register-organisation", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Select what kind of organisation it is", (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task an_organisation_already_in_the_register_is_flagged_before_approval()
    {
        var existing = await factory.WithDbAsync(db => db.Providers.Where(p => p.CharityNumber != null && p.IsLeedsBased).OrderBy(p => p.Id).Select(p => new { p.Name, p.CharityNumber }).FirstAsync());
        var fields = Application(existing.Name.ToUpperInvariant(), "new.person@example.org");
        fields["CharityNumber"] = existing.CharityNumber!;
        await PortalClient.For(factory).PostFormAsync("/register-organisation", "/register-organisation", fields);
        var id = await factory.WithDbAsync(db => db.OrganisationApplications.Where(a => a.ApplicantEmail == "new.person@example.org").Select(a => a.Id).SingleAsync());

        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var page = await admin.GetDocumentAsync($"/procurement/organisation-applications/{id}");

        Assert.Contains("may already be in the register", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.TextContent == existing.Name);
    }
}
