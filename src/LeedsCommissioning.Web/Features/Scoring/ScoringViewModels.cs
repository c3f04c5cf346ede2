using LeedsCommissioning.Domain.Evaluation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Scoring;

/// <summary>What the signed-in person is asked to score: each panel they sit on, and each bid of its lot.</summary>
public sealed class ScoringIndexViewModel
{
    public IReadOnlyList<ScoringPanelGroup> Panels { get; init; } = [];
}

public sealed record ScoringPanelGroup(int PanelId, string OpportunityTitle, string Lot, string PanelName, string Scores, string Chair, bool IsChair,
    bool IsOpened, bool HasDeclared, IReadOnlyList<ScoringBidRow> Bids)
{
    /// <summary>The chair's moderation task per bid (empty for other members).</summary>
    public IReadOnlyList<ModerationRow> Moderations { get; init; } = [];
}

public enum ModerationStatus
{
    Conflict,
    WaitingForScores,
    NotStarted,
    Draft,
    Confirmed,
}

public sealed record ModerationRow(int BidId, string Provider, ModerationStatus Status);

public enum ScoringBidStatus
{
    Conflict,
    NotStarted,
    Draft,
    Submitted,
}

public sealed record ScoringBidRow(int BidId, string Provider, ScoringBidStatus Status);

/// <summary>A member's declarations about every bidder of the panel's lot, once.</summary>
public sealed class DeclareViewModel
{
    public int PanelId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public string PanelName { get; set; } = "";

    public string Lot { get; set; } = "";

    public List<int> BidIds { get; set; } = [];

    public List<string> Providers { get; set; } = [];

    /// <summary>"true" (a conflict) or "false" (none), per bidder.</summary>
    public List<string?> Conflicts { get; set; } = [];

    public List<string?> Details { get; set; } = [];

    /// <summary>Set once declared: the page then shows the declarations instead of the form.</summary>
    public DateTime? DeclaredAtUtc { get; set; }

    public static IReadOnlyList<SelectListItem> Choices { get; } =
    [
        new("No, I have no conflict of interest with this bidder", "false"),
        new("Yes, I have a conflict of interest with this bidder", "true"),
    ];
}

/// <summary>One answer on a score sheet: the question or criterion, and what the bid says.</summary>
public sealed record SheetItem(string Heading, string? Answer, string? Note);

/// <summary>
/// A panel member's submitted score for one answer, with their comment: what the other members see after submitting
/// their own, what the chair moderates from, and what the evaluation report prints.
/// </summary>
public sealed record MemberScore(string Member, int Score, string Comment)
{
    /// <summary>Each sheet's score for <paramref name="item"/>, in the sheets' order; a sheet without one is left out.</summary>
    public static List<MemberScore> For(IEnumerable<ScoreSheet> sheets, ScoreItem item) =>
        sheets.Select(s => s.Lines.SingleOrDefault(l => l.Kind == item.Kind && l.ItemId == item.ItemId) is { Score: { } score } line
                ? new MemberScore(s.MemberName, score, line.Comment ?? "") : null)
            .OfType<MemberScore>().ToList();
}

/// <summary>A member's score sheet for one bid: the answers they are asked to score, and their scores.</summary>
public sealed class SheetViewModel
{
    public int PanelId { get; set; }

    public int BidId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public string PanelName { get; set; } = "";

    public string Lot { get; set; } = "";

    public string Provider { get; set; } = "";

    public int Version { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public IReadOnlyList<SheetItem> Items { get; set; } = [];

    public List<string?> Scores { get; set; } = [];

    public List<string?> Comments { get; set; } = [];

    /// <summary>"save" keeps a draft; "submit" saves, then goes to the confirmation page when the sheet is complete.</summary>
    public string? Command { get; set; }

    /// <summary>The other members' submitted scores, per answer: shown only once this member has submitted their own.</summary>
    public IReadOnlyList<IReadOnlyList<MemberScore>> Others { get; set; } = [];

    public static IReadOnlyList<SelectListItem> ScoreChoices { get; } =
        LeedsCommissioning.Domain.Evaluation.ScoreScale.Points
            .Select(p => new SelectListItem($"{p.Score}: {p.Descriptor}", p.Score.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
