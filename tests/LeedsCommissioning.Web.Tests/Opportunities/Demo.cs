using LeedsCommissioning.Domain.Opportunities;
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

    public static async Task<HttpResponseMessage> SubmitBidAsync(PortalClient client, int id, int lotId, string answer, string command = "submit")
    {
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        return await client.PostFormAsync(url, url, CompleteBid(answer, command));
    }

    public static bool IsStageOpen(OpportunityStage stage) => stage == OpportunityStage.Open;
}
