using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>
/// The dashboard's charts, each built from <see cref="StaffDashboard"/> the same way for the page and for its CSV
/// download (docs/patterns.md, "Charts"), so the two cannot disagree.
/// </summary>
public static class DashboardCharts
{
    public const string ByOrganisation = "spend-by-organisation";
    public const string ByFunder = "spend-by-funder";
    public const string ByServiceArea = "spend-by-service-area";
    public const string ByProviderSize = "spend-by-provider-size";
    public const string EndingByQuarter = "contracts-ending-by-quarter";
    public const string OpportunitiesByBids = "opportunities-by-bids";
    public const string SocialValue = "social-value";
    public const string ReturnsByQuarter = "returns-by-quarter";
    public const string LatestRatings = "latest-ratings";

    public static IReadOnlyList<string> Ids { get; } =
        [ByOrganisation, ByFunder, ByServiceArea, ByProviderSize, EndingByQuarter, OpportunitiesByBids, SocialValue, ReturnsByQuarter, LatestRatings];

    /// <summary>The chart with this id, with its download link carrying the page's filters; null for an unknown id.</summary>
    public static ChartModel? For(string id, StaffDashboard d)
    {
        var chart = id switch
        {
            ByOrganisation => Spend(ByOrganisation, "Spend by commissioning organisation", "Commissioning organisation", d.SpendByOrganisation, d),
            ByFunder => Spend(ByFunder, "Spend by funder", "Funder", d.SpendByFunder, d) with
            {
                Description = $"What each funder pays towards these contracts in {d.Year.Name}, from each contract's funding lines (joint contracts have several funders).",
            },
            ByServiceArea => Spend(ByServiceArea, "Spend by service area", "Service area",
                d.SpendByServiceArea.Select(a => new Amount(a.Area.ToDisplayName(), a.Value)).ToList(), d),
            ByProviderSize => Spend(ByProviderSize, "Spend by size of provider", "Size of provider (annual income)", d.SpendByProviderSize, d) with
            {
                Description = $"Each provider’s share of the contracts it leads, partners or subcontracts on, by the NCVO income band of the provider, in {d.Year.Name}.",
            },
            EndingByQuarter => new ChartModel(EndingByQuarter, "Contracts ending by quarter", ChartKind.Bar, ChartUnit.Count, "Quarter",
                d.EndingByQuarter.Select(q => q.Quarter.Name).ToList(),
                [new ChartSeries("Contracts ending", d.EndingByQuarter.Select(q => (decimal?)q.Contracts).ToList())])
            {
                CountOf = "contracts",
                Description = "Running contracts whose current end date falls in each of the next eight quarters, this quarter first.",
            },
            OpportunitiesByBids => new ChartModel(OpportunitiesByBids, "Opportunities by number of bids", ChartKind.Bar, ChartUnit.Count, "Bids received",
                BidBand.All.Select(b => b.Name).ToList(),
                [new ChartSeries("Opportunities", d.OpportunitiesByBids.Select(n => (decimal?)n).ToList())])
            {
                CountOf = "opportunities",
                HeadingLevel = 3,
                Description = $"Opportunities whose bid deadline fell in {d.Year.Name} and has passed, by how many bids each received. Bids are counted only after the deadline.",
            },
            SocialValue => new ChartModel(SocialValue, "Social value committed and delivered", ChartKind.Bar, ChartUnit.Count,
                "Charter principle (unit)",
                d.Monitoring.SocialValue.Select(v => $"{(v.Principle is { } p ? p.ToDisplayName() : "No Charter principle recorded")} ({v.Unit})").ToList(),
                [
                    new ChartSeries("Committed", d.Monitoring.SocialValue.Select(v => (decimal?)v.Committed).ToList()),
                    new ChartSeries("Delivered", d.Monitoring.SocialValue.Select(v => (decimal?)v.Delivered).ToList()),
                ])
            {
                CountOf = "in each row’s unit",
                Description = $"Per Leeds Social Value Charter principle and unit: what the winning bids of the contracts counted in {d.Year.Name} committed, and what their submitted returns report delivered up to 31 March {d.Year.StartYear + 1}.",
            },
            ReturnsByQuarter => new ChartModel(ReturnsByQuarter, "Quarterly returns", ChartKind.Bar, ChartUnit.Count, "Quarter",
                d.Monitoring.Quarters.Select(q => $"{q.Quarter.Label} ({q.Quarter.Months})").ToList(),
                [
                    new ChartSeries("Submitted on time", d.Monitoring.Quarters.Select(q => (decimal?)q.OnTime).ToList()),
                    new ChartSeries("Submitted late", d.Monitoring.Quarters.Select(q => (decimal?)q.SubmittedLate).ToList()),
                    new ChartSeries("Late, not submitted", d.Monitoring.Quarters.Select(q => (decimal?)q.LateNotSubmitted).ToList()),
                    new ChartSeries("Not yet due", d.Monitoring.Quarters.Select(q => (decimal?)q.NotYetDue).ToList()),
                ])
            {
                CountOf = "returns",
                HeadingLevel = 3,
            },
            LatestRatings => new ChartModel(LatestRatings, "Latest rating of each contract", ChartKind.Bar, ChartUnit.Count, "Rating",
                ["Red", "Amber", "Green"],
                [new ChartSeries("Contracts", new[] { Rag.Red, Rag.Amber, Rag.Green }.Select(r => (decimal?)d.Monitoring.LatestRatings.GetValueOrDefault(r)).ToList())])
            {
                CountOf = "contracts",
                HeadingLevel = 3,
                Description = $"Each contract’s rating at its latest review of a return for {d.Year.Name}.",
            },
            _ => null,
        };
        return chart is null ? null : chart with { CsvHref = $"/dashboard/{id}.csv{DashboardFilter.QueryString(d.Organisation, d.Year)}" };
    }

    private static ChartModel Spend(string id, string title, string heading, IReadOnlyList<Amount> amounts, StaffDashboard d) =>
        new(id, title, ChartKind.Bar, ChartUnit.Money, heading, amounts.Select(a => a.Name).ToList(),
            [new ChartSeries($"Spend in {d.Year.Name}", amounts.Select(a => (decimal?)a.Value).ToList())])
        {
            HeadingLevel = 3,
        };
}
