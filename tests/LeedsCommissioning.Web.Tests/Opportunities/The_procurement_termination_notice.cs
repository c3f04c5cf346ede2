using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// The UK12 procurement termination notice (domain.md section 9; issue 14): once an opportunity is cancelled its page
/// links to the notice, prepared from the opportunity (authority, reference, title, lots, whether the tender notice was
/// published, the date and reason for termination); before that the notice says it cannot be published.
/// </summary>
public sealed class The_procurement_termination_notice(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "procurement@example.org";

    [Fact]
    public async Task a_cancelled_opportunity_links_to_its_notice_with_the_date_and_reason_and_nothing_missing()
    {
        var id = await Demo.ReadyDraftAsync(factory, "Carers' breaks, cancelled for the notice");
        var overview = $"/procurement/opportunities/{id}";
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        const string Reason = "The service is now funded through the Better Care Fund grant.";
        await officer.PostFormAsync($"{overview}/cancel", $"{overview}/cancel", new() { ["Reason"] = Reason });

        Assert.NotNull((await officer.GetDocumentAsync(overview)).QuerySelector($"a[href='{overview}/uk12-notice']"));
        var notice = await officer.GetDocumentAsync($"{overview}/uk12-notice");

        Assert.Equal("UK12 procurement termination notice", notice.Heading());
        Assert.Empty(notice.QuerySelectorAll("[data-notice-missing] li"));
        var fields = Fields(notice);
        var opportunity = await factory.WithDbAsync(db => db.Opportunities.AsNoTracking().Include(o => o.Lots).SingleAsync(o => o.Id == id));
        var authority = await factory.WithDbAsync(db => db.CommissioningOrganisations.Where(c => c.Id == opportunity.CommissioningOrganisationId).Select(c => c.Name).SingleAsync());
        Assert.Equal(authority, fields["Name"]);
        Assert.Equal($"Opportunity {id}", fields["Procurement reference"]);
        Assert.Equal("Carers' breaks, cancelled for the notice", fields["Title"]);
        Assert.Equal(string.Join("\n", opportunity.Lots.OrderBy(l => l.Number).Select(l => $"Lot {l.Number}: {l.Title}")), fields["Lots"]);
        Assert.Equal("No: the opportunity was not published", fields["Tender notice published"]);
        Assert.Equal(UkTime.Date(UkTime.DateOf(PortalFactory.Now.UtcDateTime)), fields["Date of termination"]);
        Assert.Equal(Reason, fields["Reason for termination"]);
        Assert.Contains($"Reason for termination: {Reason}", notice.QuerySelector("#notice-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_opportunity_that_is_not_cancelled_has_no_link_and_its_notice_says_it_cannot_be_published()
    {
        var id = await Demo.ReadyDraftAsync(factory, "Carers' breaks, still going ahead");
        var overview = $"/procurement/opportunities/{id}";
        var officer = await PortalClient.SignedInAsync(factory, Officer);

        Assert.Null((await officer.GetDocumentAsync(overview)).QuerySelector($"a[href='{overview}/uk12-notice']"));
        var notice = await officer.GetDocumentAsync($"{overview}/uk12-notice");

        Assert.Equal(
            [
                "The procurement has not been cancelled. A procurement termination notice is published only after it is cancelled: use “Cancel this opportunity” on the opportunity's page",
                "Cancel the opportunity to record the date of termination",
                "Cancel the opportunity with the reason, which is the reason for termination",
            ],
            notice.QuerySelectorAll("[data-notice-missing] li").Select(li => li.TextContent.Trim()));
        Assert.Equal("Missing", Fields(notice)["Reason for termination"]);
    }

    private static Dictionary<string, string> Fields(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(
            r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(),
            r => r.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());
}
