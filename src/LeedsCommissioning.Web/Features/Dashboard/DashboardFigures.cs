using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>A name and an amount: one bar of a spend chart.</summary>
public sealed record Amount(string Name, decimal Value);

/// <summary>How many running contracts end in a quarter, and what they are worth a year.</summary>
public sealed record QuarterEndings(EndingQuarter Quarter, int Contracts, decimal AnnualValue);

/// <summary>One opportunity whose bid deadline has passed: how many bids, and how many from local and from small organisations.</summary>
public sealed record OpportunityBids(int Id, string Title, DateTime DeadlineUtc, int Bids, int Local, int Small)
{
    /// <summary>Every opportunity's bids as a download (docs/patterns.md "Downloads"): the rows the page sums up in its distribution.</summary>
    public static LeedsCommissioning.Web.Infrastructure.Exports.ListExport<OpportunityBids> Export { get; } =
        new LeedsCommissioning.Web.Infrastructure.Exports.ListExport<OpportunityBids>("dashboard-bids-per-opportunity", "Bids per opportunity")
            .Text("Opportunity", o => o.Title, 50)
            .DateTime("Bid deadline", o => o.DeadlineUtc, 18)
            .Number("All bids", o => o.Bids, 10)
            .Number("From Leeds-based organisations", o => o.Local, 16)
            .Number("From small organisations", o => o.Small, 16);
}

/// <summary>
/// A band of the "Opportunities by number of bids" chart: the opportunities with from <paramref name="From"/> to
/// <paramref name="To"/> bids (both included; <see cref="int.MaxValue"/> for "more than").
/// </summary>
public sealed record BidBand(string Name, int From, int To)
{
    /// <summary>No bids, 1, 2, 3 to 5, 6 to 10, more than 10: every number of bids falls in exactly one.</summary>
    public static IReadOnlyList<BidBand> All { get; } =
    [
        new("No bids", 0, 0),
        new("1 bid", 1, 1),
        new("2 bids", 2, 2),
        new("3 to 5 bids", 3, 5),
        new("6 to 10 bids", 6, 10),
        new("More than 10 bids", 11, int.MaxValue),
    ];

    public bool Holds(int bids) => bids >= From && bids <= To;
}

/// <summary>Everything the commissioners' dashboard shows for one organisation choice and financial year (DashboardQueries).</summary>
public sealed record StaffDashboard(DashboardOrganisation Organisation, FinancialYear Year, DateOnly Today)
{
    /// <summary>Annual value of every awarded contract for the part of the year it runs (see DashboardQueries.SpendAsync).</summary>
    public decimal TotalSpend { get; init; }

    public int ContractsCounted { get; init; }

    public IReadOnlyList<Amount> SpendByOrganisation { get; init; } = [];

    public IReadOnlyList<Amount> SpendByFunder { get; init; } = [];

    public IReadOnlyList<(ServiceArea Area, decimal Value)> SpendByServiceArea { get; init; } = [];

    public IReadOnlyList<Amount> SpendByProviderSize { get; init; } = [];

    /// <summary>The part of the spend whose providers are small (micro or small band) and Leeds-based.</summary>
    public decimal SmallAndLocalSpend { get; init; }

    /// <summary><see cref="SmallAndLocalSpend"/> as a percentage of <see cref="TotalSpend"/>; null when nothing was spent.</summary>
    public decimal? SmallAndLocalShare => TotalSpend == 0m ? null : decimal.Round(SmallAndLocalSpend / TotalSpend * 100m, 1);

    /// <summary>The configured aim for <see cref="SmallAndLocalShare"/> (DashboardOptions).</summary>
    public decimal SmallAndLocalAim { get; init; }

    public bool BelowAim => SmallAndLocalShare is { } share && share < SmallAndLocalAim;

    public IReadOnlyList<QuarterEndings> EndingByQuarter { get; init; } = [];

    /// <summary>Lots of the opportunities published in the year.</summary>
    public int LotsPublished { get; init; }

    public decimal? AverageLotSize { get; init; }

    /// <summary>Opportunities whose bid deadline fell in the year and has passed.</summary>
    public IReadOnlyList<OpportunityBids> Opportunities { get; init; } = [];

    /// <summary>How many of <see cref="Opportunities"/> fall in each <see cref="BidBand"/>, in the bands' order.</summary>
    public IReadOnlyList<int> OpportunitiesByBids => BidBand.All.Select(b => Opportunities.Count(o => b.Holds(o.Bids))).ToList();

    /// <summary>
    /// The opportunities with the fewest bids, the ones that may need attention: fewest first, then earliest deadline
    /// (the page shows <paramref name="count"/>; the download every one).
    /// </summary>
    public IReadOnlyList<OpportunityBids> FewestBids(int count) =>
        Opportunities.OrderBy(o => o.Bids).ThenBy(o => o.DeadlineUtc).ThenBy(o => o.Id).Take(count).ToList();

    /// <summary>Bids from Leeds-based organisations per opportunity whose deadline has passed; null when there is none.</summary>
    public decimal? LocalBiddersPerOpportunity =>
        Opportunities.Count == 0 ? null : decimal.Round(Opportunities.Sum(o => o.Local) / (decimal)Opportunities.Count, 1);

    /// <summary>Contracts starting in the year (awards), and how many of them are led by a third-sector provider.</summary>
    public int Awards { get; init; }

    public int AwardsToThirdSector { get; init; }

    /// <summary>Returns late, ratings and social value from quarterly monitoring.</summary>
    public MonitoringFigures Monitoring { get; init; } = new([], new Dictionary<LeedsCommissioning.Domain.Monitoring.Rag, int>(), [], []);

    public decimal? ThirdSectorAwardShare => Awards == 0 ? null : decimal.Round(AwardsToThirdSector / (decimal)Awards * 100m, 1);
}
