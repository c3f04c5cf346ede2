using System.Net;
using System.Text.Json;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LeedsCommissioning.Web.Tests.Waivers.WaiverTestData;

namespace LeedsCommissioning.Web.Tests.Waivers;

/// <summary>
/// The audit trail of a waiver decision, driven through real requests (issue 11): the procurement officer submits a
/// new waiver, two hours later the director approves it, and the trail says who did what, and when. The waiver is
/// new, so nothing seeded can satisfy these checks. Its own class (and app), because it moves the clock.
/// </summary>
[Collection("Waivers")]
public sealed class Deciding_a_waiver_leaves_an_audit_trail(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task submission_and_decision_are_recorded_with_who_what_and_when()
    {
        var submittedAt = factory.Clock.GetUtcNow().UtcDateTime;
        var id = await SubmittedWaiverAsync(factory, "Audited waiver decision");
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var decidedAt = factory.Clock.GetUtcNow().UtcDateTime;
        var director = await UserAsync(Director);
        var procurement = await UserAsync(Procurement);
        var client = await PortalClient.SignedInAsync(factory, Director);

        var response = await client.PostFormAsync($"/waivers/{id}/decide", $"/waivers/{id}/decide",
            new() { ["Outcome"] = "approve", ["Reasons"] = "Small, local and time-limited." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var waiver = await Load(factory, id);
        var waiverEntries = await EntriesAsync("CprWaiver", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var decisionEntries = await EntriesAsync("DecisionRecord", waiver.DecisionRecordId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Submitted: by the procurement officer, at the time of the request, Draft → Submitted.
        var submitted = Assert.Single(waiverEntries, e => Changes(e).Any(c => c == new AuditChange("Status", "Draft", "Submitted")));
        Assert.Equal(procurement.Id, submitted.UserId);
        Assert.Equal(procurement.UserName, submitted.UserName);
        Assert.Equal(submittedAt, submitted.OccurredAtUtc);
        Assert.Contains(new AuditChange("SubmittedOn", null, "2026-11-26"), Changes(submitted));

        // Decided: the waiver by the director, two hours later, Submitted → Approved ...
        var approved = Assert.Single(waiverEntries, e => Changes(e).Any(c => c.Property == "Status" && c.New == "Approved"));
        Assert.Equal(director.Id, approved.UserId);
        Assert.Equal(director.UserName, approved.UserName);
        Assert.Equal(decidedAt, approved.OccurredAtUtc);
        Assert.Contains(new AuditChange("Status", "Submitted", "Approved"), Changes(approved));

        // ... and its decision record, in the same save: the outcome, the date, the reasons and the decision maker.
        var decided = Assert.Single(decisionEntries, e => e.Action == AuditAction.Modified);
        Assert.Equal(director.Id, decided.UserId);
        Assert.Equal(decidedAt, decided.OccurredAtUtc);
        var changes = Changes(decided);
        Assert.Contains(new AuditChange("Outcome", "Pending", "Approved"), changes);
        Assert.Contains(new AuditChange("OutcomeOn", null, "2026-11-26"), changes);
        Assert.Contains(new AuditChange("OutcomeReasons", null, "Small, local and time-limited."), changes);
        Assert.Contains(new AuditChange("DecisionMakerName", null, "Helen Carter"), changes);
        Assert.Contains(new AuditChange("DecisionMakerUserId", null, director.Id), changes);
        Assert.Contains(new AuditChange("PublishedOn", null, "2026-11-26"), changes);

        // Nobody else touched it after the decision.
        Assert.DoesNotContain(waiverEntries.Concat(decisionEntries), e => e.OccurredAtUtc > decidedAt);
    }

    private Task<(string Id, string UserName)> UserAsync(string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => new ValueTuple<string, string>(u.Id, u.UserName!)).SingleAsync());

    private Task<List<AuditEntry>> EntriesAsync(string type, string key) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == type && a.EntityKey == key).OrderBy(a => a.Id).ToListAsync());

    private static List<AuditChange> Changes(AuditEntry entry) => JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes)!;
}
