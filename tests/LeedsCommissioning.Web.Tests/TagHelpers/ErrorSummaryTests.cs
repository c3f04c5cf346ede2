using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Tests.TagHelpers;

public class Rendering_the_error_summary
{
    private readonly TagHelperHarness<ContractForm> _page = new(new ContractForm());

    private Rendered RenderSummary() =>
        _page.Render(new GovUkErrorSummaryTagHelper { ViewContext = _page.ViewContext });

    [Fact]
    public void renders_nothing_when_the_model_state_is_valid()
    {
        _page.Posted("Email", "ok@example.com");

        Assert.Equal(string.Empty, RenderSummary().Html);
    }

    [Fact]
    public void lists_every_error_under_there_is_a_problem()
    {
        _page.Error("Email", "Enter an email address").Error("Email", "Second email error").Error("Lot", "Select a lot");

        var html = RenderSummary();

        var summary = html.Single("div.govuk-error-summary[data-module=govuk-error-summary]");
        Assert.Equal("There is a problem", summary.QuerySelector("div[role=alert] > h2.govuk-error-summary__title")!.TextContent);
        Assert.Equal(
            ["Enter an email address", "Second email error", "Select a lot"],
            html.All("div.govuk-error-summary__body > ul.govuk-list.govuk-error-summary__list > li").Select(li => li.TextContent));
    }

    [Fact]
    public void lists_model_level_errors_first_then_errors_in_field_order()
    {
        _page.Error("StartDate.Year", "Year must include 4 numbers")
            .Error("Unknown", "Something else")
            .Error("Contact.Phone", "Enter a phone number")
            .Error("Email", "Enter an email address")
            .Error(string.Empty, "The contract could not be saved");

        Assert.Equal(
            ["The contract could not be saved", "Enter an email address", "Year must include 4 numbers", "Enter a phone number", "Something else"],
            RenderSummary().All("li").Select(li => li.TextContent));
    }

    [Fact]
    public void links_each_error_to_the_id_of_its_rendered_field()
    {
        _page.Error("Email", "Enter an email address")
            .Error("Contact.Phone", "Enter a phone number")
            .Error("IsRenewal", "Select yes if this is a renewal")
            .Error("Services", "Select a service")
            .Error("StartDate", "Start date must be a real date");

        var summary = RenderSummary();
        var fields = string.Concat(
            Field(new GovUkInputTagHelper { For = _page.For(m => m.Email) }),
            Field(new GovUkInputTagHelper { For = _page.For(m => m.Contact.Phone) }),
            Field(new GovUkRadiosTagHelper { For = _page.For(m => m.IsRenewal) }),
            Field(new GovUkCheckboxesTagHelper { For = _page.For(m => m.Services), Items = [new SelectListItem("Advice", "advice")] }),
            Field(new GovUkDateInputTagHelper(TimeProvider.System) { For = _page.For(m => m.StartDate) }));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + fields + "</body>");

        var hrefs = summary.All("ul.govuk-error-summary__list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(5, hrefs.Count);
        Assert.Contains("#Contact_Phone", hrefs);
        Assert.Contains("#StartDate_Day", hrefs);
        Assert.All(hrefs, href =>
        {
            var target = page.GetElementById(href[1..]);
            Assert.NotNull(target);
            Assert.Equal("INPUT", target.TagName);
        });
    }

    [Fact]
    public void links_date_part_errors_to_the_day_input()
    {
        _page.Posted("StartDate.Year", "25").Error("StartDate.Year", "Year must include 4 numbers");

        Assert.Equal("#StartDate_Day", RenderSummary().Single("a").GetAttribute("href"));
    }

    [Fact]
    public void links_unknown_keys_to_their_sanitized_id()
    {
        _page.Error("Items[0].Name", "Enter a name");

        Assert.Equal("#Items_0__Name", RenderSummary().Single("a").GetAttribute("href"));
    }

    [Fact]
    public void shows_model_level_errors_as_text_without_a_link()
    {
        _page.Error(string.Empty, "The contract could not be saved");

        var html = RenderSummary();

        Assert.Empty(html.All("a"));
        Assert.Equal("The contract could not be saved", html.Single("li").TextContent);
    }

    [Fact]
    public void encodes_error_messages()
    {
        _page.Error("Email", "<script>alert(1)</script>");

        var html = RenderSummary();

        Assert.Empty(html.All("script"));
        Assert.Equal("<script>alert(1)</script>", html.Single("a").TextContent);
    }

    private string Field(GovUkFieldTagHelperBase tagHelper)
    {
        tagHelper.ViewContext = _page.ViewContext;
        return _page.Render(tagHelper).Html;
    }
}
