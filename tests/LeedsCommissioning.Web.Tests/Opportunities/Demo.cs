using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>The demo opportunities (Infrastructure/Seeding/OpportunitiesDemoData.cs) and a complete bid for the open one.</summary>
internal static class Demo
{
    public const string OpenTitle = "Community mental health wellbeing services";
    public const string ClosedTitle = "Neighbourhood networks for older people: inner east and outer north east";
    public const string DraftTitle = "Carers' short breaks";

    public static Task<(int Id, int FirstLotId, DateTime BidDeadlineUtc)> FindAsync(PortalFactory factory, string title) =>
        factory.WithDbAsync(async db =>
        {
            var o = await db.Opportunities.AsNoTracking().Include(x => x.Lots).SingleAsync(x => x.Title == title);
            return (o.Id, o.Lots.OrderBy(l => l.Number).First().Id, o.BidDeadlineUtc ?? default);
        });

    /// <summary>A complete bid on the open demo opportunity: 5 years of prices, 3 answers, 3 commitments.</summary>
    public static Dictionary<string, string> CompleteBid(string answer, string command = "submit")
    {
        var fields = new Dictionary<string, string> { ["Command"] = command };
        for (var i = 0; i < 5; i++)
        {
            fields[$"Prices[{i}]"] = "240,000";
        }

        fields["Answers[0]"] = answer;
        fields["Answers[1]"] = "A service-user panel meets monthly and co-designs every change.";
        fields["Answers[2]"] = "Shared referral pathways with GPs and a monthly partners' meeting.";
        for (var i = 0; i < 3; i++)
        {
            fields[$"Commitments[{i}]"] = "10";
        }

        return fields;
    }

    /// <summary>
    /// Saves a complete bid ("save"), or sends it as a provider does ("submit"): "Check and send your bid" saves it and
    /// leads to its check answers page, whose "Accept and send" sends it. The last response (a redirect to the
    /// confirmation once sent), or the first if it did not lead to the check answers page.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitBidAsync(PortalClient client, int id, int lotId, string answer, string command = "submit")
    {
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var response = await client.PostFormAsync(url, url, CompleteBid(answer, command));
        return command == "submit" && response.Headers.Location?.OriginalString == $"{url}/check-answers"
            ? await AcceptAndSendAsync(client, id, lotId)
            : response;
    }

    /// <summary>Presses "Accept and send" on the bid's check answers page (with the version the page carries).</summary>
    public static Task<HttpResponseMessage> AcceptAndSendAsync(PortalClient client, int id, int lotId) =>
        client.PostFormAsync($"/opportunities/{id}/lots/{lotId}/bid/check-answers", $"/opportunities/{id}/lots/{lotId}/bid/check-answers", []);

    /// <summary>
    /// A complete one-lot draft by the procurement officer (Grace Okafor), ready to submit for approval: made in the
    /// database, so a test can drive its approval through requests.
    /// </summary>
    public static async Task<int> ReadyDraftAsync(PortalFactory factory, string title)
    {
        var authorId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "procurement@example.org").Select(u => u.Id).SingleAsync());
        return await factory.WithDbAsync(async db =>
        {
            var now = PortalFactory.Now.UtcDateTime;
            var o = new Opportunity(title, "Breaks for young carers.", ServiceArea.SupportInTheCommunity, 1, authorId, "Grace Okafor", now);
            o.SetCommercials(400_000m, 36, [], ProcurementProcedure.LightTouch, false, true);
            o.SetTimetable(new DateOnly(2026, 12, 1), new DateTime(2026, 12, 14, 12, 0, 0, DateTimeKind.Utc), new DateTime(2027, 1, 8, 14, 0, 0, DateTimeKind.Utc),
                new DateOnly(2027, 2, 5), new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 1));
            var lot = o.AddLot("Young carers, north east", null, 110_000m, [Locality.NorthEast]);
            o.RecordSingleLotReason("One small service for the whole locality.");
            o.SetWeights(40, 50, 10);
            o.AddQualityQuestion("How will young carers shape the breaks?", 50, 500, "Young carers' panel");
            o.ChooseSocialValueCriteria([await db.SocialValueCriteria.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()]);
            db.Opportunities.Add(o);
            await db.SaveChangesAsync();
            o.RecordNoLocalBidderReason(lot.Id, "Market engagement found two local groups ready to bid together.");
            await db.SaveChangesAsync();
            return o.Id;
        });
    }

    /// <summary>A ready draft by Grace Okafor, submitted and approved by Ade Bello (made in the database), planned for <paramref name="publishOn"/> (1 December 2026 unless given).</summary>
    public static async Task<int> ApprovedAsync(PortalFactory factory, string title, DateOnly? publishOn = null)
    {
        var id = await Demo.ReadyDraftAsync(factory, title);
        await factory.WithDbAsync(async db =>
        {
            var director = await db.Users.Where(u => u.Email == "director@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
            var o = await db.Opportunities.AsSplitQuery().WithParts().SingleAsync(x => x.Id == id);
            if (publishOn is { } date)
            {
                o.SetTimetable(date, o.ClarificationDeadlineUtc!.Value, o.BidDeadlineUtc!.Value, o.EvaluationBy!.Value, o.AwardBy!.Value, o.ContractStart!.Value);
            }

            var local = o.Lots.ToDictionary(l => l.Number, _ => 2);
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            o.SubmitForApproval(o.AuthorUserId, o.AuthorName, local, now);
            o.Approve(director.Id, director.DisplayName, local, 500_000m, now);
            await db.SaveChangesAsync();
            return 0;
        });
        return id;
    }

    public static bool IsStageOpen(OpportunityStage stage) => stage == OpportunityStage.Open;
}
