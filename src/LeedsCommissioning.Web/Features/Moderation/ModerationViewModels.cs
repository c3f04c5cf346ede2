using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Web.Features.Scoring;

namespace LeedsCommissioning.Web.Features.Moderation;

/// <summary>One answer to moderate: what it is, each member's submitted score and comment, and their spread.</summary>
public sealed record ModerationItem(string Heading, IReadOnlyList<MemberScore> Scores)
{
    public ScoreSpread? Spread => ScoreSpread.Of(Scores.Select(s => s.Score));
}

/// <summary>The chair's moderation of one bid: the members' scores per answer, and the agreed score with its rationale.</summary>
public sealed class ModerateViewModel
{
    public int PanelId { get; set; }

    public int BidId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public string PanelName { get; set; } = "";

    public string Lot { get; set; } = "";

    public string Provider { get; set; } = "";

    public int Version { get; set; }

    /// <summary>Why moderation cannot start yet (sheets still to submit); the page then shows no form.</summary>
    public string? NotYet { get; set; }

    public DateTime? ConfirmedAtUtc { get; set; }

    public string? ConfirmedBy { get; set; }

    /// <summary>Members who declared a conflict with this bidder and so stood aside.</summary>
    public IReadOnlyList<string> StoodAside { get; set; } = [];

    public IReadOnlyList<ModerationItem> Items { get; set; } = [];

    public List<string?> Scores { get; set; } = [];

    public List<string?> Rationales { get; set; } = [];

    /// <summary>"save" keeps a draft; "confirm" saves, then goes to the confirmation page when every answer is agreed.</summary>
    public string? Command { get; set; }
}
