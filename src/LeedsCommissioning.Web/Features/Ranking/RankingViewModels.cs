using LeedsCommissioning.Web.Features.Scoring;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;

namespace LeedsCommissioning.Web.Features.Ranking;

/// <summary>A lot's ranking, with the lot's name.</summary>
public sealed record LotRankingView(int LotId, string Lot, LotRanking Ranking);

/// <summary>The ranking page: per lot, the bids best first with their totals.</summary>
public sealed class RankingViewModel
{
    public int OpportunityId { get; init; }

    public string OpportunityTitle { get; init; } = "";

    public int PriceWeight { get; init; }

    public int QualityWeight { get; init; }

    public int SocialValueWeight { get; init; }

    public decimal AbnormallyLowPercent { get; init; }

    public IReadOnlyList<LotRankingView> Lots { get; init; } = [];

    /// <summary>"Joint 1st", "2nd".</summary>
    public static string Place(RankedBid row) => (row.IsTied ? "Joint " : "") + Ordinal(row.Rank);

    public static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    /// <summary>A score to 2 decimal places, as the ranking compares totals.</summary>
    public static string Points(decimal score) => LotRanking.Compared(score).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A weight in points, to 2 places only when it has a fraction (a share of the social value weight).</summary>
    public static string Weight(decimal weight) => weight == decimal.Truncate(weight)
        ? weight.ToString("0", System.Globalization.CultureInfo.InvariantCulture)
        : Points(weight);

    public static string Money(decimal pounds) => Domain.Common.Money.Text(pounds);
}

/// <summary>
/// A ranked bid in the download of the ranking (docs/patterns.md "Downloads"): its lot, whether that lot's ranking is final,
/// then the page's columns, scores to 2 places as the ranking compares them. For those who may open bids, like the page.
/// </summary>
public sealed record RankedBidExportRow(string Lot, bool IsFinal, RankedBid Row)
{
    public static Infrastructure.Exports.ListExport<RankedBidExportRow> Export { get; } = new Infrastructure.Exports.ListExport<RankedBidExportRow>("ranking", "Ranking")
        .Text("Lot", r => r.Lot, 36)
        .YesNo("Ranking final", r => r.IsFinal, 10)
        .Text("Place", r => RankingViewModel.Place(r.Row), 12)
        .Text("Organisation", r => r.Row.ProviderName, 40)
        .YesNo("Abnormally low price", r => r.Row.IsAbnormallyLow, 12)
        .Money("Total price (£)", r => r.Row.TotalPrice)
        .Number("Price score", r => LotRanking.Compared(r.Row.PriceScore), 12)
        .Number("Quality score", r => LotRanking.Compared(r.Row.QualityScore), 12)
        .Number("Social value score", r => LotRanking.Compared(r.Row.SocialValueScore), 12)
        .Number("Total (of 100)", r => LotRanking.Compared(r.Row.Total), 12);

    public static IEnumerable<RankedBidExportRow> Of(RankingViewModel model) =>
        model.Lots.SelectMany(l => l.Ranking.Rows.Select(row => new RankedBidExportRow(l.Lot, l.Ranking.IsComplete, row)));
}

/// <summary>One answer of one bid in the report: individual scores, the agreed score with its rationale, and what the bid committed (social value).</summary>
public sealed record ReportItem(WeightedItem Item, string? Commitment, IReadOnlyList<MemberScore> Scores, string? Rationale, string? ModeratedBy);

public sealed record ReportBid(RankedBid Row, IReadOnlyList<ReportItem> Items);

public sealed record ReportLot(int LotId, string Lot, LotRanking Ranking, IReadOnlyList<ReportBid> Bids);

public sealed record ReportQuestion(int Number, string Text, string Kind, int Weight, string? Scorers);

public sealed record ReportCriterion(string Name, string Unit, decimal Weight);

public sealed record ReportOpenedBid(string Lot, string Provider, DateTime SubmittedAtUtc, string Receipt);

public sealed record ReportPanelMember(string Name, bool IsChair, bool IsExternal, DateTime? DeclaredAtUtc, IReadOnlyList<string> Conflicts);

public sealed record ReportPanel(string Name, string Lot, string Scores, string FormedBy, DateTime FormedAtUtc, IReadOnlyList<ReportPanelMember> Members);

/// <summary>The evaluation report (issue 13): printable on A4 like the waiver report; internal, so bidders are named.</summary>
public sealed class EvaluationReportViewModel
{
    public int OpportunityId { get; init; }

    public string OpportunityTitle { get; init; } = "";

    public DateOnly Date { get; init; }

    public DateTime? PublishedAtUtc { get; init; }

    public DateTime BidDeadlineUtc { get; init; }

    public int PriceWeight { get; init; }

    public int QualityWeight { get; init; }

    public int SocialValueWeight { get; init; }

    public string PriceFormula { get; init; } = "";

    public decimal AbnormallyLowPercent { get; init; }

    public IReadOnlyList<ReportQuestion> Questions { get; init; } = [];

    public IReadOnlyList<ReportCriterion> Criteria { get; init; } = [];

    public DateTime OpenedAtUtc { get; init; }

    public string OpenedBy { get; init; } = "";

    public string Witness { get; init; } = "";

    public IReadOnlyList<ReportOpenedBid> OpenedBids { get; init; } = [];

    public IReadOnlyList<ReportPanel> Panels { get; init; } = [];

    public IReadOnlyList<ReportLot> Lots { get; init; } = [];

    public static string DateText(DateOnly date) => UkTime.Date(date);
}
