using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>A name and an amount: one bar of a spend chart.</summary>
public sealed record Amount(string Name, decimal Value);

/// <summary>How many running contracts end in a quarter, and what they are worth a year.</summary>
public sealed record QuarterEndings(EndingQuarter Quarter, int Contracts, decimal AnnualValue);

/// <summary>One opportunity whose bid deadline has passed: how many bids, and how many from local and from small organisations.</summary>
public sealed record OpportunityBids(int Id, string Title, int Bids, int Local, int Small);

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
