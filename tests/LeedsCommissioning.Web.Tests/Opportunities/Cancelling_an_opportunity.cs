using System.Globalization;
using System.Net;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// Issue 19: cancelling goes through the shared confirmation page: the link opens it, it says what will happen and
/// that it cannot be undone, and only its button cancels, with the reason required, shown on the opportunity and
/// kept in the audit trail.
/// </summary>
public sealed class Cancelling_an_opportunity(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "procurement@example.org";

    [Fact]
    public async Task the_link_opens_a_confirmation_page_and_cancels_nothing()
    {
        var id = await Demo.ReadyDraftAsync(factory, "Carers' breaks to cancel, first look");
        var overview = $"/procurement/opportunities/{id}";
        var officer = await PortalClient.SignedInAsync(factory, Officer);

        Assert.NotNull((await officer.GetDocumentAsync(overview)).QuerySelector($"a[href='{overview}/cancel']"));
        var confirm = await officer.GetDocumentAsync($"{overview}/cancel");

        Assert.Equal("Are you sure you want to cancel this opportunity?", confirm.Heading());
        Assert.Contains("providers will see that it was cancelled", confirm.QuerySelectorAll(".app-what-happens li").Select(li => li.TextContent.Trim()));
        Assert.StartsWith("WarningThis cannot be undone.", confirm.QuerySelector(".govuk-warning-text__text")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(overview, confirm.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Keep the opportunity").GetAttribute("href"));
        Assert.Equal(OpportunityStatus.Draft, await Status(id));
    }

    [Fact]
    public async Task without_a_reason_it_is_not_cancelled()
    {
        var id = await Demo.ReadyDraftAsync(factory, "Carers' breaks to cancel, no reason");
        var url = $"/procurement/opportunities/{id}/cancel";
        var officer = await PortalClient.SignedInAsync(factory, Officer);

        var response = await officer.PostFormAsync(url, url, new() { ["Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter why the opportunity is being cancelled"], page.ErrorSummary());
        Assert.Equal("Enter why the opportunity is being cancelled", page.FieldError("Reason"));
        Assert.Equal("#Reason", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal(OpportunityStatus.Draft, await Status(id));
    }

    [Fact]
    public async Task with_a_reason_it_is_cancelled_and_the_reason_is_shown_and_audited()
    {
        var id = await Demo.ReadyDraftAsync(factory, "Carers' breaks to cancel, with a reason");
        var overview = $"/procurement/opportunities/{id}";
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        const string Reason = "The service is now funded through the Better Care Fund grant.";

        var response = await officer.PostFormAsync($"{overview}/cancel", $"{overview}/cancel", new() { ["Reason"] = Reason });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(OpportunityStatus.Cancelled, await Status(id));
        Assert.Equal($"Cancelled: {Reason}", (await officer.GetDocumentAsync(overview)).QuerySelector(".govuk-inset-text")!.TextContent.Trim());
        var audited = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Opportunity) && a.EntityKey == id.ToString(CultureInfo.InvariantCulture) && a.Changes.Contains(Reason))
            .Select(a => a.UserName).ToListAsync());
        Assert.Equal([Officer], audited);
    }

    private Task<OpportunityStatus> Status(int id) => factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());
}
