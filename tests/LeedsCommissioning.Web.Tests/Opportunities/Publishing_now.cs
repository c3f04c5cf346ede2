using System.Globalization;
using System.Net;
using System.Text.Json;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// Issue 19: "Publish now" opens a confirmation page that says what will happen and that it cannot be undone; only
/// the page's own button publishes. Before the planned publication date it asks why, and the reason is kept in the
/// approval history and the audit trail (docs/patterns.md, "Confirming an irreversible action, with a reason").
/// </summary>
public sealed class Publishing_now(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "procurement@example.org";

    [Fact]
    public async Task the_button_on_the_overview_opens_a_confirmation_page_and_publishes_nothing()
    {
        var id = await Demo.ApprovedAsync(factory, "Respite breaks, inner east");
        var overview = $"/procurement/opportunities/{id}";
        var officer = await PortalClient.SignedInAsync(factory, Officer);

        var page = await officer.GetDocumentAsync(overview);
        Assert.Equal("Publish now", page.QuerySelector($"a[href='{overview}/publish']")!.TextContent.Trim());
        Assert.Null(page.QuerySelector($"form[action='{overview}/publish']"));

        var confirm = await officer.GetDocumentAsync($"{overview}/publish");
        Assert.Equal("Are you sure you want to publish this opportunity now, before its planned date of 1 December 2026?", confirm.Heading());
        var happens = confirm.QuerySelectorAll(".app-what-happens li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("it is published today, 26 November 2026, instead of on its planned date of 1 December 2026", happens);
        Assert.Contains("nobody is e-mailed: providers find it on the list", happens);
        Assert.StartsWith("WarningThis cannot be undone.", confirm.QuerySelector(".govuk-warning-text__text")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(overview, confirm.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Cancel").GetAttribute("href"));
        Assert.Equal(OpportunityStatus.Approved, await Status(id));
    }

    [Fact]
    public async Task before_its_planned_date_it_is_not_published_without_a_reason()
    {
        var id = await Demo.ApprovedAsync(factory, "Respite breaks, outer west");
        var url = $"/procurement/opportunities/{id}/publish";
        var officer = await PortalClient.SignedInAsync(factory, Officer);

        var response = await officer.PostFormAsync(url, url, new() { ["Reason"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        const string Message = "Enter why you are publishing it before its planned date of 1 December 2026";
        Assert.Equal([Message], page.ErrorSummary());
        Assert.Equal(Message, page.FieldError("Reason"));
        Assert.Equal("#Reason", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"form[action='{url}'] textarea#Reason"));
        Assert.Equal(OpportunityStatus.Approved, await Status(id));
    }

    [Fact]
    public async Task with_a_reason_it_is_published_and_the_reason_is_in_the_approval_history_and_the_audit_trail()
    {
        var id = await Demo.ApprovedAsync(factory, "Respite breaks, south");
        var overview = $"/procurement/opportunities/{id}";
        var url = $"{overview}/publish";
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        const string Reason = "The carers' forum meets tomorrow and wants to share it there.";

        var response = await officer.PostFormAsync(url, url, new() { ["Reason"] = Reason });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(overview, response.Headers.Location!.OriginalString);
        Assert.Equal(OpportunityStatus.Published, await Status(id));
        var page = await officer.GetDocumentAsync(overview);
        Assert.Equal("Opportunity published", page.SuccessBanner());
        var latest = page.QuerySelector(".app-approval-history li")!.TextContent;
        Assert.Contains("Published by Grace Okafor", latest, StringComparison.Ordinal);
        Assert.Contains($"Reason: {Reason}", latest, StringComparison.Ordinal);
        var officerId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Officer).Select(u => u.Id).SingleAsync());
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(ApprovalStep) && a.ParentKey == id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync());
        var published = audit.Last();
        Assert.Equal(officerId, published.UserId);
        Assert.Equal(("Published", Reason), (New(published, "Kind"), New(published, "Reason")));
    }

    [Fact]
    public async Task on_its_planned_date_it_asks_for_no_reason()
    {
        var id = await Demo.ApprovedAsync(factory, "Respite breaks, north west", new DateOnly(2026, 11, 26));
        var url = $"/procurement/opportunities/{id}/publish";
        var officer = await PortalClient.SignedInAsync(factory, Officer);

        var confirm = await officer.GetDocumentAsync(url);
        Assert.Equal("Are you sure you want to publish this opportunity now?", confirm.Heading());
        Assert.Null(confirm.GetElementById("Reason"));

        var response = await officer.PostFormAsync(url, url, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(OpportunityStatus.Published, await Status(id));
    }

    private static string? New(AuditEntry entry, string property) =>
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes)!.SingleOrDefault(c => c.Property == property)?.New;

    private Task<OpportunityStatus> Status(int id) => factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());
}
