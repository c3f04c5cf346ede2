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
