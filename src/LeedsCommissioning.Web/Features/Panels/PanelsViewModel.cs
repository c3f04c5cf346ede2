using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Panels;

/// <summary>An opportunity's panels: who sits on each, and how far each member has got (never their scores).</summary>
public sealed class PanelsViewModel
{
    public int OpportunityId { get; init; }

    public required string OpportunityTitle { get; init; }

    public bool IsOpened { get; init; }

    public bool CanForm { get; set; }

    public IReadOnlyList<PanelCard> Panels { get; init; } = [];
}

public sealed record PanelCard(int Id, string Name, string Lot, string Scores, int BidsInLot, IReadOnlyList<PanelMemberRow> Members);

/// <summary>A member's progress: whether they have declared, how many conflicts, how many score sheets submitted.</summary>
public sealed record PanelMemberRow(string Name, bool IsChair, bool IsExternal, DateTime? DeclaredAtUtc, int Conflicts, int Submitted, int Drafts);

/// <summary>
/// One member of one panel, as the panels page lists them (docs/patterns.md "Downloads"): the panel's lot, what it scores
/// and how many bids it has, then the member's declaration and progress. Never a score.
/// </summary>
public sealed record PanelMemberExportRow(PanelCard Panel, PanelMemberRow Member, bool IsOpened)
{
    public static ListExport<PanelMemberExportRow> Export { get; } = new ListExport<PanelMemberExportRow>("evaluation-panels", "Evaluation panels")
        .Text("Panel", r => r.Panel.Name, 30)
        .Text("Lot", r => r.Panel.Lot, 40)
        .Text("Scores", r => r.Panel.Scores, 36)
        .Text("Bids to score", r => r.IsOpened ? r.Panel.BidsInLot.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Not opened yet", 16)
        .Text("Member", r => r.Member.Name, 30)
        .YesNo("Chair", r => r.Member.IsChair, 10)
        .YesNo("External", r => r.Member.IsExternal, 10)
        .DateTime("Interests declared", r => r.Member.DeclaredAtUtc)
        .Number("Conflicts declared", r => r.Member.Conflicts, 12)
        .Number("Bids scored and submitted", r => r.Member.Submitted, 14)
        .Number("Bids in draft", r => r.Member.Drafts, 12);

    public static IEnumerable<PanelMemberExportRow> Of(PanelsViewModel model) =>
        model.Panels.SelectMany(p => p.Members.Select(m => new PanelMemberExportRow(p, m, model.IsOpened)));
}
