using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Evaluation;

/// <summary>
/// The demo opportunity in evaluation with the lead bid made the small organisation's equal: the same yearly price and
/// the same agreed scores, confirmed by both chairs. A class of its own: it changes the bids.
/// </summary>
public sealed class Ties_in_the_ranking(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Lead = "Community Links (Northern) Ltd";
    private const string Small = "Chapeltown Wellbeing Collective";

    [Fact]
    public async Task equal_totals_share_first_place_on_the_ranking_and_in_the_report()
    {
        var (id, bids, panels) = await Evaluations.InEvaluationAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"UPDATE \"BidPrice\" SET \"Amount\" = {168_000m} WHERE \"BidId\" = {bids[Lead]}");
            var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots).Include(x => x.QualityQuestions).Include(x => x.SocialValueCriteria).SingleAsync(x => x.Id == id);
            var lotPanels = await db.EvaluationPanels.Include(p => p.Members).Include(p => p.Declarations).Where(p => p.OpportunityId == id).ToListAsync();
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            foreach (var (name, scores) in new (string Name, int?[] Scores)[] { ("Steering group panel", [2, 2, 2]), ("Young people's panel", [5]) })
            {
                var panel = lotPanels.Single(p => p.Name == name);
                // The arrangement stands in for the members' submitted sheets: moderation waiting for them is tested elsewhere.
                var moderation = panel.StartModeration(panel.Chair!.UserId, bids[Lead], panel.ItemsToScore(o, lotPanels), panel.Members.Select(m => m.UserId).ToList(), now);
                moderation.SaveDraft(panel, panel.Chair.UserId, scores.Select(s => (s, (string?)"Agreed as for the other bid.")).ToList(), now);
                moderation.Confirm(panel, panel.Chair.UserId, now);
                db.Moderations.Add(moderation);
            }

            return await db.SaveChangesAsync();
        });
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");

        var ranking = await director.GetDocumentAsync($"/procurement/opportunities/{id}/ranking");
        var report = await director.GetDocumentAsync($"/procurement/opportunities/{id}/evaluation-report");

        var rows = ranking.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([("Joint 1st", Small + ": the working", "76.00"), ("Joint 1st", Lead + ": the working", "76.00")], rows.Select(r => (r[0], r[1], r[6])).OrderBy(r => r.Item2, StringComparer.Ordinal));
        Assert.DoesNotContain("The ranking is not final", ranking.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Lead + ": Joint 1st, 76.00 of 100", report.GetElementById($"bid-{bids[Lead]}")!.TextContent.Trim());
        Assert.Equal(Small + ": Joint 1st, 76.00 of 100", report.GetElementById($"bid-{bids[Small]}")!.TextContent.Trim());
    }
}
