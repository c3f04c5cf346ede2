using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Tests.TagHelpers;

public class Rendering_radios
{
    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm { IsRenewal = false });

    private Rendered RenderRenewal(bool legendIsPageHeading = false) => _page.Render(new GovUkRadiosTagHelper
    {
        ViewContext = _page.ViewContext,
        For = _page.For(m => m.IsRenewal),
        Hint = "A renewal continues an existing contract",
        Inline = true,
        LegendIsPageHeading = legendIsPageHeading,
    });

    [Fact]
    public void offers_yes_and_no_for_a_bool_and_checks_the_model_value()
    {
        var html = RenderRenewal();

        var radios = html.All("div.govuk-radios.govuk-radios--inline[data-module=govuk-radios] input.govuk-radios__input");
        Assert.Equal(["true", "false"], radios.Select(r => r.GetAttribute("value")));
        Assert.Equal(["IsRenewal", "IsRenewal-2"], radios.Select(r => r.Id));
        Assert.All(radios, r => Assert.Equal("IsRenewal", r.GetAttribute("name")));
        Assert.Equal(["Yes", "No"], html.All("label.govuk-radios__label").Select(l => l.TextContent));
        Assert.Equal(["IsRenewal", "IsRenewal-2"], html.All("label.govuk-radios__label").Select(l => l.GetAttribute("for")));
        Assert.Equal(["false"], html.All("input[checked]").Select(r => r.GetAttribute("value")));
    }

    [Fact]
    public void puts_the_legend_hint_and_error_in_a_described_fieldset()
    {
        _page.Posted("IsRenewal", "true").Error("IsRenewal", "Select yes if this is a renewal");

        var html = RenderRenewal();

        var fieldset = html.Single("div.govuk-form-group.govuk-form-group--error > fieldset.govuk-fieldset");
        Assert.Equal("IsRenewal-hint IsRenewal-error", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal("Is this a renewal?", fieldset.QuerySelector("legend.govuk-fieldset__legend")!.TextContent);
        Assert.Equal("IsRenewal-error", html.Single("p.govuk-error-message").Id);
        Assert.Equal(["true"], html.All("input[checked]").Select(r => r.GetAttribute("value")));
    }

    [Fact]
    public void puts_the_legend_text_in_a_heading_when_it_is_the_page_heading()
    {
        var heading = RenderRenewal(legendIsPageHeading: true)
            .Single("legend.govuk-fieldset__legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading");

        Assert.Equal("Is this a renewal?", heading.TextContent);
    }

    [Fact]
    public void uses_the_items_when_given()
    {
        var html = _page.Render(new GovUkRadiosTagHelper
        {
            ViewContext = _page.ViewContext,
            For = _page.For(m => m.Lot),
            Label = "Which lot?",
            Items = [new("Adults", "lot-1"), new("Children", "lot-2"), new("Families", "lot-3")],
        });

        Assert.Equal(["Lot", "Lot-2", "Lot-3"], html.All("input[type=radio]").Select(r => r.Id));
        Assert.Empty(html.All("input[checked]"));
        Assert.Equal("Which lot?", html.Single("legend").TextContent);
    }
}

public class Rendering_checkboxes
{
    private static readonly SelectListItem[] Services =
    [
        new("Advice", "advice"),
        new("Advocacy", "advocacy"),
        new("Housing support", "housing"),
    ];

    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm { Services = ["advice", "housing"] });

    private Rendered Render() => _page.Render(new GovUkCheckboxesTagHelper
    {
        ViewContext = _page.ViewContext,
        For = _page.For(m => m.Services),
        Items = Services,
        Hint = "Select all that apply",
    });

    [Fact]
    public void checks_the_values_in_the_model_collection()
    {
        var html = Render();

        var boxes = html.All("div.govuk-checkboxes[data-module=govuk-checkboxes] input.govuk-checkboxes__input[type=checkbox]");
        Assert.Equal(["Services", "Services-2", "Services-3"], boxes.Select(b => b.Id));
        Assert.Equal(["advice", "housing"], html.All("input[checked]").Select(b => b.GetAttribute("value")));
        Assert.Equal("Services-hint", html.Single("fieldset").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void checks_the_attempted_values_after_a_failed_post()
    {
        _page.Posted("Services", "advocacy", "housing").Error("Services", "Select no more than two services");

        var html = Render();

        Assert.Equal(["advocacy", "housing"], html.All("input[checked]").Select(b => b.GetAttribute("value")));
        Assert.Equal("Services-hint Services-error", html.Single("fieldset").GetAttribute("aria-describedby"));
        Assert.False(html.Single("#Services").HasAttribute("aria-describedby"));
    }
}

public class Rendering_a_single_checkbox
{
    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm { AcceptTerms = true });

    private Rendered Render(string? hint = null) => _page.Render(new GovUkCheckboxTagHelper
    {
        ViewContext = _page.ViewContext,
        For = _page.For(m => m.AcceptTerms),
        Hint = hint,
    });

    [Fact]
    public void renders_the_checkbox_before_a_hidden_false()
    {
        var html = Render();

        var inputs = html.All("input[name=AcceptTerms]");
        Assert.Equal(["checkbox", "hidden"], inputs.Select(i => i.GetAttribute("type")));
        Assert.Equal(["true", "false"], inputs.Select(i => i.GetAttribute("value")));
        Assert.True(inputs[0].HasAttribute("checked"));
        Assert.Equal("AcceptTerms", inputs[0].Id);
        Assert.Equal("I accept the terms", html.Single("label.govuk-checkboxes__label[for=AcceptTerms]").TextContent);
        Assert.Empty(html.All("fieldset"));
    }

    [Fact]
    public void is_unchecked_when_the_post_sent_only_the_hidden_false()
    {
        _page.Posted("AcceptTerms", "false").Error("AcceptTerms", "You must accept the terms");

        var html = Render(hint: "You can read them on GOV.UK");

        var checkbox = html.Single("input[type=checkbox]");
        Assert.False(checkbox.HasAttribute("checked"));
        Assert.Equal("AcceptTerms-error AcceptTerms-item-hint", checkbox.GetAttribute("aria-describedby"));
        Assert.Equal("govuk-hint govuk-checkboxes__hint", html.Single("#AcceptTerms-item-hint").ClassName);
        Assert.NotNull(html.Find("div.govuk-form-group--error > p#AcceptTerms-error.govuk-error-message"));
    }

    [Fact]
    public void is_checked_when_the_post_sent_true_then_false()
    {
        _page.ViewContext.ViewData.Model = new ContractForm { AcceptTerms = false };
        _page.Posted("AcceptTerms", "true", "false");

        Assert.True(Render().Single("input[type=checkbox]").HasAttribute("checked"));
    }
}
