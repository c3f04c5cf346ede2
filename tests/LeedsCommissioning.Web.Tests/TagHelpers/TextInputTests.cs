using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Tests.TagHelpers;

public class Rendering_a_text_input
{
    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm { Email = "saved@example.com", ContractValue = 47600m });

    private Rendered RenderEmail(string? hint = null, params (string, string)[] unbound) =>
        _page.Render(
            new GovUkInputTagHelper { ViewContext = _page.ViewContext, For = _page.For(m => m.Email), Type = "email", Hint = hint },
            unbound);

    [Fact]
    public void takes_the_label_from_the_display_name_and_points_it_at_the_input()
    {
        var html = RenderEmail();

        var label = html.Single("div.govuk-form-group > label.govuk-label");
        Assert.Equal("Email address", label.TextContent);
        Assert.Equal("Email", label.GetAttribute("for"));
        var input = html.Single("input.govuk-input");
        Assert.Equal("Email", input.Id);
        Assert.Equal("Email", input.GetAttribute("name"));
        Assert.Equal("email", input.GetAttribute("type"));
    }

    [Fact]
    public void shows_the_model_value_before_any_post()
    {
        Assert.Equal("saved@example.com", RenderEmail().Single("input").GetAttribute("value"));
    }

    [Fact]
    public void shows_the_attempted_value_after_a_failed_post()
    {
        _page.Posted("Email", "not-an-email").Error("Email", "Enter an email address in the correct format");

        Assert.Equal("not-an-email", RenderEmail().Single("input").GetAttribute("value"));
    }

    [Fact]
    public void shows_the_error_message_with_its_id_and_hidden_prefix()
    {
        _page.Posted("Email", "x").Error("Email", "Enter an email address in the correct format");

        var html = RenderEmail();

        Assert.NotNull(html.Find("div.govuk-form-group.govuk-form-group--error"));
        var error = html.Single("p.govuk-error-message");
        Assert.Equal("Email-error", error.Id);
        Assert.Equal("Error:", error.QuerySelector("span.govuk-visually-hidden")!.TextContent);
        Assert.Equal("Error: Enter an email address in the correct format", error.TextContent);
        Assert.Equal("govuk-input govuk-input--error", html.Single("input").ClassName);
    }

    [Fact]
    public void describes_the_input_by_the_hint_then_the_error()
    {
        _page.Error("Email", "Enter an email address");

        var html = RenderEmail(hint: "We will only use this to contact you");

        Assert.Equal("Email-hint", html.Single("div.govuk-hint").Id);
        Assert.Equal("Email-hint Email-error", html.Single("input").GetAttribute("aria-describedby"));
        Assert.True(html.Single("div.govuk-hint").CompareDocumentPosition(html.Single("p.govuk-error-message"))
            .HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void has_no_aria_describedby_without_hint_or_error()
    {
        Assert.False(RenderEmail().Single("input").HasAttribute("aria-describedby"));
    }

    [Fact]
    public void encodes_what_the_user_typed()
    {
        _page.Posted("Email", "\"><script>alert(1)</script>").Error("Email", "<b>bad</b>");

        var html = RenderEmail();

        Assert.Empty(html.All("script"));
        Assert.Empty(html.All("b"));
        Assert.Equal("\"><script>alert(1)</script>", html.Single("input").GetAttribute("value"));
        Assert.EndsWith("<b>bad</b>", html.Single("p.govuk-error-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void uses_dotted_names_and_underscored_ids_for_nested_properties()
    {
        var html = _page.Render(new GovUkInputTagHelper
        {
            ViewContext = _page.ViewContext,
            For = _page.For(m => m.Contact.Phone),
            Type = "tel",
            Autocomplete = "tel",
        });

        var input = html.Single("input");
        Assert.Equal("Contact.Phone", input.GetAttribute("name"));
        Assert.Equal("Contact_Phone", input.Id);
        Assert.Equal("Contact_Phone", html.Single("label").GetAttribute("for"));
        Assert.Equal("Contact phone number", html.Single("label").TextContent);
        Assert.Equal("tel", input.GetAttribute("autocomplete"));
    }

    [Fact]
    public void formats_decimals_with_two_places_and_no_thousands_separator()
    {
        var html = _page.Render(new GovUkInputTagHelper { ViewContext = _page.ViewContext, For = _page.For(m => m.ContractValue) });

        Assert.Equal("47600.00", html.Single("input").GetAttribute("value"));
    }

    [Fact]
    public void wraps_the_input_with_its_prefix_and_suffix()
    {
        var html = _page.Render(new GovUkInputTagHelper
        {
            ViewContext = _page.ViewContext,
            For = _page.For(m => m.ContractValue),
            Prefix = "£",
            Suffix = "per year",
            InputClass = "govuk-input--width-10",
            Inputmode = "decimal",
            Spellcheck = false,
        });

        var wrapper = html.Single("div.govuk-input__wrapper");
        Assert.Equal(
            ["govuk-input__prefix", "govuk-input govuk-input--width-10", "govuk-input__suffix"],
            wrapper.Children.Select(c => c.ClassName));
        Assert.Equal("£", html.Single("div.govuk-input__prefix").TextContent);
        Assert.Equal("true", html.Single("div.govuk-input__prefix").GetAttribute("aria-hidden"));
        Assert.Equal("decimal", html.Single("input").GetAttribute("inputmode"));
        Assert.Equal("false", html.Single("input").GetAttribute("spellcheck"));
    }

    [Fact]
    public void wraps_the_label_in_a_heading_when_it_is_the_page_heading()
    {
        var html = _page.Render(new GovUkInputTagHelper
        {
            ViewContext = _page.ViewContext,
            For = _page.For(m => m.Email),
            Label = "What is your email address?",
            LabelIsPageHeading = true,
        });

        var label = html.Single("h1.govuk-label-wrapper > label.govuk-label.govuk-label--l");
        Assert.Equal("What is your email address?", label.TextContent);
    }

    [Fact]
    public void passes_other_attributes_to_the_input()
    {
        var html = RenderEmail(null, ("maxlength", "100"), ("data-test", "email"));

        Assert.Equal("100", html.Single("input").GetAttribute("maxlength"));
        Assert.Equal("email", html.Single("input").GetAttribute("data-test"));
        Assert.Null(html.Single("div.govuk-form-group").GetAttribute("maxlength"));
    }
}

public class Rendering_a_password_input
{
    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm { Password = "from-the-model" });

    private Rendered Render() => _page.Render(
        new GovUkInputTagHelper { ViewContext = _page.ViewContext, For = _page.For(m => m.Password), Type = "password" });

    [Fact]
    public void does_not_echo_the_attempted_value()
    {
        _page.Posted("Password", "hunter2").Error("Password", "Password is too short");

        var html = Render();

        Assert.False(html.Single("input").HasAttribute("value"));
        Assert.DoesNotContain("hunter2", html.Html, StringComparison.Ordinal);
        Assert.Equal("password", html.Single("input").GetAttribute("type"));
    }

    [Fact]
    public void does_not_echo_the_model_value()
    {
        Assert.DoesNotContain("from-the-model", Render().Html, StringComparison.Ordinal);
    }
}
