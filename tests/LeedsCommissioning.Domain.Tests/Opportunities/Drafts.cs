using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

/// <summary>A ready-to-approve two-lot opportunity, and the clock the tests start from.</summary>
internal static class Drafts
{
    public static readonly DateTime Now = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime ClarificationDeadline = new(2026, 12, 10, 12, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime BidDeadline = new(2026, 12, 17, 12, 0, 0, DateTimeKind.Utc);

    public static Opportunity Ready(int lots = 2)
    {
        var o = new Opportunity("Community mental health wellbeing", "Wellbeing services by locality", ServiceArea.SupportInTheCommunity, 1, "author", "Grace Okafor", Now);
        o.SetCommercials(1_500_000m, 36, [12, 12], ProcurementProcedure.LightTouch, false, true);
        o.SetTimetable(new DateOnly(2026, 11, 27), ClarificationDeadline, BidDeadline,
            new DateOnly(2027, 1, 15), new DateOnly(2027, 2, 15), new DateOnly(2027, 4, 1));
        for (var i = 1; i <= lots; i++)
        {
            o.AddLot($"Lot {i}", null, 100_000m, [Locality.NorthEast]);
        }

        if (lots == 1)
        {
            o.RecordSingleLotReason("One city-wide service");
        }

        o.SetWeights(40, 50, 10);
        o.AddQualityQuestion("How will you reach people?", 30, 500, "Evaluation panel");
        o.AddQualityQuestion("How will service users shape the service?", 20, 300, "Service-user panel");
        o.ChooseSocialValueCriteria([1, 2]);
        return o;
    }

    public static Dictionary<int, int> LocalBidders(params int[] counts) =>
        counts.Select((c, i) => (Number: i + 1, c)).ToDictionary(x => x.Number, x => x.c);

    /// <summary>A ready draft its author ("author", Grace Okafor) has submitted for approval.</summary>
    public static Opportunity Submitted(int lots = 2)
    {
        var o = Ready(lots);
        o.SubmitForApproval("author", "Grace Okafor", LocalBidders(Enumerable.Repeat(3, lots).ToArray()), Now);
        return o;
    }

    public static Opportunity Published(int lots = 2)
    {
        var o = Submitted(lots);
        o.Approve("approver", "Priya Shah", LocalBidders(Enumerable.Repeat(3, lots).ToArray()), 500_000m, Now);
        o.Publish("officer", "Tom Bennett", Now, "A day before its planned date, for the providers' forum.");
        return o;
    }
}
