namespace LeedsCommissioning.Web.Features.Panels;

/// <summary>An opportunity's panels: who sits on each, and how far each member has got (never their scores).</summary>
public sealed class PanelsViewModel
{
    public int OpportunityId { get; init; }

    public required string OpportunityTitle { get; init; }

    public bool IsOpened { get; init; }

    public bool CanForm { get; init; }

    public IReadOnlyList<PanelCard> Panels { get; init; } = [];
}

public sealed record PanelCard(int Id, string Name, string Lot, string Scores, int BidsInLot, IReadOnlyList<PanelMemberRow> Members);

/// <summary>A member's progress: whether they have declared, how many conflicts, how many score sheets submitted.</summary>
public sealed record PanelMemberRow(string Name, bool IsChair, bool IsExternal, DateTime? DeclaredAtUtc, int Conflicts, int Submitted, int Drafts);
