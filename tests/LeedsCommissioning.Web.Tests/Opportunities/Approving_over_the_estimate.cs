using System.Globalization;
using System.Net;
using System.Text.Json;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// Issue 19: "Approve to publish" opens a confirmation page. When the lots are worth more than the estimate the page
/// says so and asks why; without a reason nothing is approved, and the reason is kept in the approval history and
/// the audit trail.
/// </summary>
public sealed class Approving_over_the_estimate(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Director = "director@example.org";

    [Fact]
    public async Task the_button_opens_a_page_that_says_the_lots_are_worth_more_and_approves_nothing()
    {
        var id = await SubmittedOverEstimateAsync("Young carers' breaks, over the estimate");
        var overview = $"/procurement/opportunities/{id}";
        var director = await PortalClient.SignedInAsync(factory, Director);

        var page = await director.GetDocumentAsync(overview);
        Assert.NotNull(page.QuerySelector($"a[href^='{overview}/approve']"));
        Assert.Null(page.QuerySelector($"form[action='{overview}/approve']"));

        var confirm = await director.GetDocumentAsync($"{overview}/approve");
        Assert.Equal("Are you sure you want to approve this opportunity although its lots are worth more than its estimate?", confirm.Heading());
        Assert.Contains("more than the estimated whole-life value of £300,000", confirm.QuerySelector(".govuk-warning-text__text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("we e-mail Grace Okafor, who drafted it, that you approved it", confirm.QuerySelectorAll(".app-what-happens li").Select(li => li.TextContent.Trim()));
        Assert.Equal("Why are you approving it although its lots are worth more than its estimate?", confirm.QuerySelector("label[for=Reason]")!.TextContent.Trim());
        Assert.Equal(OpportunityStatus.SubmittedForApproval, await Status(id));
    }

    [Fact]
    public async Task without_a_reason_it_is_not_approved_and_nobody_is_told()
    {
        var id = await SubmittedOverEstimateAsync("Young carers' breaks, no reason");
        var url = $"/procurement/opportunities/{id}/approve";
        var director = await PortalClient.SignedInAsync(factory, Director);

        var response = await director.PostFormAsync(url, url, new() { ["Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        const string Message = "Enter why you are approving it although its lots are worth more than its estimate";
        Assert.Equal([Message], page.ErrorSummary());
        Assert.Equal(Message, page.FieldError("Reason"));
        Assert.Equal(OpportunityStatus.SubmittedForApproval, await Status(id));
        Assert.Empty(await factory.WithDbAsync(db => db.EmailMessages.Where(m => m.Subject == "Approved to publish: Young carers' breaks, no reason").ToListAsync()));
    }

    [Fact]
    public async Task with_a_reason_it_is_approved_and_the_reason_is_in_the_approval_history_and_the_audit_trail()
    {
        var id = await SubmittedOverEstimateAsync("Young carers' breaks, with a reason");
        var overview = $"/procurement/opportunities/{id}";
        var url = $"{overview}/approve";
        var director = await PortalClient.SignedInAsync(factory, Director);
        const string Reason = "The estimate predates the uplift agreed by the board; it is being revised.";

        var response = await director.PostFormAsync(url, url, new() { ["Reason"] = Reason });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(OpportunityStatus.Approved, await Status(id));
        var directorName = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == Director).Select(u => u.DisplayName).SingleAsync());
        var latest = (await director.GetDocumentAsync(overview)).QuerySelector(".app-approval-history li")!.TextContent;
        Assert.Contains($"Approved to publish by {directorName}", latest, StringComparison.Ordinal);
        Assert.Contains($"Reason: {Reason}", latest, StringComparison.Ordinal);
        var approved = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(ApprovalStep) && a.ParentKey == id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(("Approved", Reason), (New(approved[^1], "Kind"), New(approved[^1], "Reason")));
        Assert.Equal(Director, approved[^1].UserName);
    }

    /// <summary>A ready draft whose one lot (£110,000 a year for 36 months) is worth more than its £300,000 estimate, submitted by its author.</summary>
    private async Task<int> SubmittedOverEstimateAsync(string title)
    {
        var id = await Demo.ReadyDraftAsync(factory, title);
        await factory.WithDbAsync(async db =>
        {
            var o = await db.Opportunities.AsSplitQuery().Include(x => x.Lots).Include(x => x.ApprovalSteps).Include(x => x.QualityQuestions)
                .Include(x => x.SocialValueCriteria).SingleAsync(x => x.Id == id);
            o.SetCommercials(300_000m, 36, [], ProcurementProcedure.LightTouch, false, true);
            o.SubmitForApproval(o.AuthorUserId, o.AuthorName, o.Lots.ToDictionary(l => l.Number, _ => 2), factory.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            return 0;
        });
        return id;
    }

    private static string? New(AuditEntry entry, string property) =>
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes)!.SingleOrDefault(c => c.Property == property)?.New;

    private Task<OpportunityStatus> Status(int id) => factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());
}
