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
/// Issue 11: the author checks a finished draft and submits it; every approver but the author is e-mailed and
/// sees it awaiting them; the author cannot approve it; a return needs a reason, which the author is e-mailed
/// and the overview shows until the draft is submitted again; then another person approves it. The audit
/// trail holds each of these requests' steps with who made them and when.
/// </summary>
public sealed class Approving_an_opportunity(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "procurement@example.org";

    /// <summary>The people the approval policy allows (commissioners, procurement officers, decision makers), less the author.</summary>
    private static readonly string[] ApproversButTheAuthor = ["ccg@example.org", "commissioner@example.org", "director@example.org"];

    [Fact]
    public async Task is_submitted_returned_with_a_reason_resubmitted_and_approved_by_someone_else_with_each_step_in_the_audit_trail()
    {
        var id = await Demo.ReadyDraftAsync(factory, "Young carers' breaks");
        var overview = $"/procurement/opportunities/{id}";
        var submitUrl = $"{overview}/submit";
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        var officerId = await UserId(Officer);

        // One click on the overview does not submit: it leads to the check page, which has a Change link for each part.
        var page = await officer.GetDocumentAsync(overview);
        Assert.NotNull(page.QuerySelector($"a[href='{submitUrl}']"));
        Assert.Null(page.QuerySelector($"form[action='{submitUrl}']"));
        var check = await officer.GetDocumentAsync(submitUrl);
        Assert.Equal("Check the opportunity before you submit it for approval", check.Heading());
        Assert.Equal([$"{overview}/edit", $"{overview}/lots", $"{overview}/evaluation"],
            check.QuerySelectorAll(".govuk-summary-card__action a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Lot 1: Young carers, north east", check.Body!.TextContent, StringComparison.Ordinal);

        // Submitted: each approver but the author is e-mailed a link, in the same save.
        var submittedAt = Now();
        var submitted = await officer.PostFormAsync(submitUrl, submitUrl, []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"{overview}/submit/confirmation", submitted.Headers.Location!.OriginalString);
        Assert.Equal(OpportunityStatus.SubmittedForApproval, await Status(id));
        var told = await Emails($"Awaiting your approval: Young carers' breaks");
        Assert.Equal(ApproversButTheAuthor, told.Select(m => m.To).Order());
        Assert.All(told, m => Assert.Contains($"{overview}", m.Body, StringComparison.Ordinal));
        // A confirmation page, not a banner: the panel with the opportunity's number, then who was told and what happens next.
        var confirmation = await officer.GetDocumentAsync($"{overview}/submit/confirmation");
        Assert.Equal("Submitted for approval", confirmation.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        Assert.Equal($"{id}", confirmation.QuerySelector(".govuk-panel__body strong")?.TextContent.Trim());
        Assert.Equal("What happens next", confirmation.QuerySelector("main h2")?.TextContent.Trim());
        Assert.Contains("We have e-mailed Helen Carter, Priya Shah and Tom Bennett", confirmation.Body!.TextContent, StringComparison.Ordinal);

        // The approvers see it awaiting them, on the procurement list and on their home page; the author does not.
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.Contains("Young carers' breaks", AwaitingList(await commissioner.GetDocumentAsync("/procurement")));
        Assert.Contains("Young carers' breaks", AwaitingList(await commissioner.GetDocumentAsync("/")));
        Assert.DoesNotContain("Young carers' breaks", AwaitingList(await officer.GetDocumentAsync("/procurement")));
        Assert.DoesNotContain("Young carers' breaks", AwaitingList(await officer.GetDocumentAsync("/")));

        // The author cannot approve it (the page offers them no button; the request is made as if it did).
        var own = await officer.PostAsync($"{overview}/approve", await WithToken(officer, overview, ("Version", (await Version(id)).ToString(CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(["You drafted this opportunity, so someone else must approve it"], (await PortalClient.ParseAsync(own)).ErrorSummary());
        Assert.Equal(OpportunityStatus.SubmittedForApproval, await Status(id));

        // A return without a reason is refused against its field, and tells nobody.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var returnUrl = $"{overview}/return";
        var empty = await commissioner.PostFormAsync(returnUrl, returnUrl, new() { ["Reason"] = " " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var refused = await PortalClient.ParseAsync(empty);
        Assert.Equal(["Enter why you are returning the opportunity"], refused.ErrorSummary());
        Assert.Equal("Enter why you are returning the opportunity", refused.FieldError("Reason"));
        Assert.Equal(OpportunityStatus.SubmittedForApproval, await Status(id));
        Assert.Empty(await Emails("Returned to you: Young carers' breaks"));

        // Returned with a reason: the author is e-mailed it and the overview shows it.
        var returnedAt = Now();
        const string Reason = "Lot 1 should include the outer north east wards.";
        var returned = await commissioner.PostFormAsync(returnUrl, returnUrl, new() { ["Reason"] = Reason });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(OpportunityStatus.Draft, await Status(id));
        var toAuthor = Assert.Single(await Emails("Returned to you: Young carers' breaks"));
        Assert.Equal(Officer, toAuthor.To);
        Assert.Contains($"Reason: {Reason}", toAuthor.Body, StringComparison.Ordinal);
        var shown = await officer.GetDocumentAsync(overview);
        Assert.Equal($"Returned by Priya Shah on 26 November 2026 at 11:00am: {Reason}", shown.QuerySelector(".app-returned")!.TextContent.Trim());

        // The author changes the draft and submits it again: the reason is no longer shown.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var lotId = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Lots).Select(l => l.Id).SingleAsync());
        var lotUrl = $"{overview}/lots/{lotId}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(lotUrl, lotUrl,
            new() { ["Title"] = "Young carers, north east and outer north east", ["AnnualValue"] = "120000", ["Localities"] = "NorthEast" })).StatusCode);
        var resubmittedAt = Now();
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(submitUrl, submitUrl, [])).StatusCode);
        Assert.Equal(OpportunityStatus.SubmittedForApproval, await Status(id));
        Assert.Null((await officer.GetDocumentAsync(overview)).QuerySelector(".app-returned"));
        Assert.Equal(2, (await Emails("Awaiting your approval: Young carers' breaks")).Count(m => m.To == "director@example.org"));

        // Someone else approves it; the author is told.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        var approvedAt = Now();
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostFormAsync($"{overview}/approve", $"{overview}/approve", [])).StatusCode);
        Assert.Equal(OpportunityStatus.Approved, await Status(id));
        Assert.Equal(Officer, Assert.Single(await Emails("Approved to publish: Young carers' breaks")).To);
        Assert.DoesNotContain("Young carers' breaks", AwaitingList(await commissioner.GetDocumentAsync("/procurement")));

        // The audit trail: the steps these requests made, each by whoever made it, at the time they made it.
        var commissionerId = await UserId("commissioner@example.org");
        var directorId = await UserId("director@example.org");
        var steps = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(ApprovalStep) && a.ParentType == nameof(Opportunity) && a.ParentKey == id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(
            [
                (AuditAction.Added, officerId, Officer, submittedAt, "Submitted", (string?)null),
                (AuditAction.Added, commissionerId, "commissioner@example.org", returnedAt, "Returned", Reason),
                (AuditAction.Added, officerId, Officer, resubmittedAt, "Submitted", null),
                (AuditAction.Added, directorId, "director@example.org", approvedAt, "Approved", null),
            ],
            steps.Select(a => (a.Action, a.UserId, a.UserName, a.OccurredAtUtc, New(a, "Kind"), New(a, "Reason"))));
        var statusChanges = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Opportunity) && a.EntityKey == id.ToString(CultureInfo.InvariantCulture)
                && a.Action == AuditAction.Modified && a.Changes.Contains("\"Status\""))
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(
            [
                (officerId, submittedAt, "Draft", "SubmittedForApproval"),
                (commissionerId, returnedAt, "SubmittedForApproval", "Draft"),
                (officerId, resubmittedAt, "Draft", "SubmittedForApproval"),
                (directorId, approvedAt, "SubmittedForApproval", "Approved"),
            ],
            statusChanges.Select(a => (a.UserId, a.OccurredAtUtc, Change(a, "Status")!.Old, Change(a, "Status")!.New)));

        // The overview's approval history tells the same story, newest first.
        var history = (await director.GetDocumentAsync(overview)).QuerySelectorAll(".app-approval-history li").Select(li => Squash(li.TextContent)).ToList();
        Assert.Equal(
            [
                "Approved to publish by Helen Carter 26 November 2026 at 1:00pm",
                "Submitted for approval by Grace Okafor 26 November 2026 at midday",
                $"Returned to the author by Priya Shah 26 November 2026 at 11:00am Reason: {Reason}",
                "Submitted for approval by Grace Okafor 26 November 2026 at 10:00am",
            ],
            history);
    }

    [Fact]
    public async Task the_author_withdraws_a_submission_to_change_it_and_nobody_can_change_it_while_it_waits()
    {
        var id = await Demo.ReadyDraftAsync(factory, "Carers' advice line");
        var overview = $"/procurement/opportunities/{id}";
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        await officer.PostFormAsync($"{overview}/submit", $"{overview}/submit", []);

        // While it waits, a change is refused and nothing changes.
        var editUrl = $"{overview}/edit";
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var edit = await commissioner.PostFormAsync(editUrl, editUrl, Fields(await factory.WithDbAsync(db => db.Opportunities.SingleAsync(o => o.Id == id)), "Renamed while waiting"));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Contains("This opportunity is waiting for approval", (await PortalClient.ParseAsync(edit)).ErrorSummary().Single(), StringComparison.Ordinal);

        // An approver cannot withdraw it; its author can.
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync(overview, $"{overview}/withdraw", [])).StatusCode);
        Assert.StartsWith("Only Grace Okafor, who submitted this opportunity, can withdraw it", (await commissioner.GetDocumentAsync(overview)).PageError(), StringComparison.Ordinal);
        Assert.Equal(OpportunityStatus.SubmittedForApproval, await Status(id));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(overview, $"{overview}/withdraw", [])).StatusCode);
        Assert.Equal(OpportunityStatus.Draft, await Status(id));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(editUrl, editUrl, Fields(await factory.WithDbAsync(db => db.Opportunities.SingleAsync(o => o.Id == id)), "Carers' advice and support line"))).StatusCode);
        Assert.Equal("Carers' advice and support line", await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Title).SingleAsync()));
        Assert.DoesNotContain("Carers' advice", AwaitingList(await commissioner.GetDocumentAsync("/procurement")));
    }

    [Fact]
    public async Task an_incomplete_draft_cannot_be_submitted_and_the_check_page_links_each_problem_to_where_it_is_put_right()
    {
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        var authorId = await UserId(Officer);
        var id = await factory.WithDbAsync(async db =>
        {
            var o = new Opportunity("Unfinished draft", null, ServiceArea.SupportInTheCommunity, 1, authorId, "Grace Okafor", PortalFactory.Now.UtcDateTime);
            db.Opportunities.Add(o);
            await db.SaveChangesAsync();
            return o.Id;
        });
        var submitUrl = $"/procurement/opportunities/{id}/submit";

        var check = await officer.GetDocumentAsync(submitUrl);
        Assert.Null(check.QuerySelector($"form[action='{submitUrl}']"));
        var posted = await PortalClient.ParseAsync(await officer.PostAsync(submitUrl,
            await WithToken(officer, submitUrl, ("Version", (await Version(id)).ToString(CultureInfo.InvariantCulture)))));

        Assert.Contains("Enter the estimated whole-life value", posted.ErrorSummary());
        Assert.Contains("Add at least one lot", posted.ErrorSummary());
        Assert.Equal($"/procurement/opportunities/{id}/lots", posted.QuerySelectorAll(".govuk-error-summary__list a").Single(a => a.TextContent == "Add at least one lot").GetAttribute("href"));
        Assert.Equal(OpportunityStatus.Draft, await Status(id));
        Assert.Empty(await Emails("Awaiting your approval: Unfinished draft"));
    }

    private static Dictionary<string, string> Fields(Opportunity o, string title) => new()
    {
        ["Title"] = title, ["Description"] = o.Description ?? "", ["ServiceArea"] = o.ServiceArea.ToString(),
        ["CommissioningOrganisationId"] = o.CommissioningOrganisationId.ToString(CultureInfo.InvariantCulture),
        ["EstimatedValue"] = "400000", ["InitialTermMonths"] = "36", ["ExtensionMonths"] = "", ["Route"] = "LightTouch",
        ["PaymentByResults"] = "false", ["ConsortiaAllowed"] = "true",
        ["PublishOn.Day"] = "1", ["PublishOn.Month"] = "12", ["PublishOn.Year"] = "2026",
        ["ClarificationDeadline.Day"] = "14", ["ClarificationDeadline.Month"] = "12", ["ClarificationDeadline.Year"] = "2026", ["ClarificationDeadlineTime"] = "12:00",
        ["BidDeadline.Day"] = "8", ["BidDeadline.Month"] = "1", ["BidDeadline.Year"] = "2027", ["BidDeadlineTime"] = "2pm",
        ["EvaluationBy.Day"] = "5", ["EvaluationBy.Month"] = "2", ["EvaluationBy.Year"] = "2027",
        ["AwardBy.Day"] = "1", ["AwardBy.Month"] = "3", ["AwardBy.Year"] = "2027",
        ["ContractStart.Day"] = "1", ["ContractStart.Month"] = "4", ["ContractStart.Year"] = "2027",
    };

    private DateTime Now() => factory.Clock.GetUtcNow().UtcDateTime;

    private static IReadOnlyList<string> AwaitingList(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".app-awaiting-approval a").Select(a => a.TextContent.Trim()).ToList();

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static AuditChange? Change(AuditEntry entry, string property) =>
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes)!.SingleOrDefault(c => c.Property == property);

    private static string? New(AuditEntry entry, string property) => Change(entry, property)?.New;

    private Task<string> UserId(string email) => factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<OpportunityStatus> Status(int id) => factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());

    private Task<int> Version(int id) => factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Version).SingleAsync());

    private Task<List<LeedsCommissioning.Infrastructure.Email.EmailMessage>> Emails(string subject) =>
        factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.Subject == subject).ToListAsync());

    private static async Task<List<KeyValuePair<string, string>>> WithToken(PortalClient client, string page, params (string Name, string Value)[] fields)
    {
        var doc = await client.GetDocumentAsync(page);
        return fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)).ToList();
    }
}
