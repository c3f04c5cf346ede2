using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Evaluation;

/// <summary>
/// The panel's agreed scores for one bid, recorded by the panel's chair (issue 13, "Moderation: the chair records the
/// agreed score per answer with a rationale; the spread of individual scores is shown"): a line per answer the panel
/// scores, each an agreed score 0 to 5 (<see cref="ScoreScale"/>) with the rationale for it. Started only through
/// <see cref="EvaluationPanel.StartModeration"/>, so only by the chair and only once every member free of a conflict
/// with the bidder has submitted their sheet. Saved as a draft as often as wanted, then confirmed once, complete; a
/// confirmed moderation never changes, and only confirmed agreed scores count in the ranking.
/// </summary>
public sealed class BidModeration : IAuditable, IVersioned
{
    private readonly List<ModeratedScore> _lines = [];

    private BidModeration() { }

    internal BidModeration(int panelId, int bidId, string chairUserId, string chairName, IReadOnlyList<ScoreItem> items, DateTime nowUtc)
    {
        if (items.Count == 0)
        {
            throw new DomainException("There is nothing for this panel to moderate");
        }

        EvaluationPanelId = panelId;
        BidId = bidId;
        ModeratedByUserId = chairUserId;
        ModeratedByName = chairName;
        StartedAtUtc = nowUtc;
        LastSavedAtUtc = nowUtc;
        _lines.AddRange(items.Select(i => new ModeratedScore(i.Kind, i.ItemId)));
    }

    public int Id { get; private set; }

    public int EvaluationPanelId { get; private set; }

    public int BidId { get; private set; }

    /// <summary>The chair who last saved the agreed scores (and, once confirmed, who confirmed them).</summary>
    public string ModeratedByUserId { get; private set; } = "";

    public string ModeratedByName { get; private set; } = "";

    public DateTime StartedAtUtc { get; private set; }

    public DateTime LastSavedAtUtc { get; private set; }

    public DateTime? ConfirmedAtUtc { get; private set; }

    public bool IsConfirmed => ConfirmedAtUtc is not null;

    public int Version { get; private set; }

    public IReadOnlyList<ModeratedScore> Lines => _lines;

    /// <summary>
    /// Saves what the chair typed, line by line in the moderation's order: a score may be blank in a draft, but one
    /// given is on the scale; a rationale is at most 4,000 characters. Every problem is reported at once
    /// (Scores[i], Rationales[i]). Only the panel's chair, and never once confirmed.
    /// </summary>
    public void SaveDraft(EvaluationPanel panel, string userId, IReadOnlyList<(int? Score, string? Rationale)> entries, DateTime nowUtc)
    {
        EnsureChairOfDraft(panel, userId);
        if (entries.Count != _lines.Count)
        {
            throw new DomainException("Give an agreed score for every answer");
        }

        var errors = new DomainErrors();
        var rationales = new string?[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Score is { } score && !ScoreScale.IsOnScale(score))
            {
                errors.Add($"Scores[{i}]", "Agreed score must be a whole number from 0 to 5");
            }

            var index = i;
            errors.Collect(() => rationales[index] = Text.Optional(entries[index].Rationale, 4000, $"Rationales[{index}]", "Rationale"));
        }

        errors.ThrowIfAny();
        for (var i = 0; i < entries.Count; i++)
        {
            _lines[i].Set(entries[i].Score, rationales[i]);
        }

        ModeratedByUserId = userId;
        ModeratedByName = panel.Chair!.Name;
        LastSavedAtUtc = nowUtc;
    }

    /// <summary>What stops confirmation: each answer needs an agreed score and a rationale (GOV.UK wording, against its field).</summary>
    public IReadOnlyList<DomainError> ProblemsBeforeConfirmation()
    {
        var problems = new List<DomainError>();
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].AgreedScore is null)
            {
                problems.Add(new DomainError($"Scores[{i}]", "Select the agreed score from 0 to 5"));
            }

            if (_lines[i].Rationale is null)
            {
                problems.Add(new DomainError($"Rationales[{i}]", "Enter the rationale for the agreed score"));
            }
        }

        return problems;
    }

    /// <summary>Confirms the agreed scores, complete, once, by the panel's chair. After this they count in the ranking and never change.</summary>
    public void Confirm(EvaluationPanel panel, string userId, DateTime nowUtc)
    {
        EnsureChairOfDraft(panel, userId);
        var problems = ProblemsBeforeConfirmation();
        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }

        ModeratedByUserId = userId;
        ModeratedByName = panel.Chair!.Name;
        ConfirmedAtUtc = nowUtc;
        LastSavedAtUtc = nowUtc;
    }

    /// <summary>
    /// A bid's agreed scores for the ranking, from confirmed moderations only: each answer takes the agreed score of the
    /// panel that owns it (<see cref="EvaluationPanel.Owns"/>); when two panels of the lot own the same answer, the one
    /// formed first counts. <paramref name="lotPanels"/> are the panels of the bid's lot.
    /// </summary>
    public static IReadOnlyDictionary<ScoreItem, int> AgreedScores(int bidId, IReadOnlyList<EvaluationPanel> lotPanels, IEnumerable<BidModeration> moderations)
    {
        var owned = EvaluationPanel.QuestionsWithOwnPanel(lotPanels);
        var scores = new Dictionary<ScoreItem, int>();
        foreach (var moderation in moderations.Where(m => m.BidId == bidId && m.IsConfirmed)
                     .Join(lotPanels, m => m.EvaluationPanelId, p => p.Id, (m, p) => (Moderation: m, Panel: p))
                     .OrderBy(x => x.Panel.FormedAtUtc).ThenBy(x => x.Panel.Id))
        {
            foreach (var line in moderation.Moderation.Lines)
            {
                var item = new ScoreItem(line.Kind, line.ItemId);
                if (line.AgreedScore is { } agreed && moderation.Panel.Owns(item, owned))
                {
                    scores.TryAdd(item, agreed);
                }
            }
        }

        return scores;
    }

    /// <summary>The agreed score for an answer, or null while it is not given.</summary>
    public int? AgreedScoreFor(ScoreItem item) =>
        _lines.SingleOrDefault(l => l.Kind == item.Kind && l.ItemId == item.ItemId)?.AgreedScore;

    private void EnsureChairOfDraft(EvaluationPanel panel, string userId)
    {
        if (panel.Id != EvaluationPanelId)
        {
            throw new DomainException("This moderation belongs to another panel");
        }

        if (panel.Chair?.UserId != userId)
        {
            throw new DomainException("Only the panel's chair records the agreed scores");
        }

        if (IsConfirmed)
        {
            throw new DomainException("The moderated scores have been confirmed and cannot be changed");
        }
    }
}

/// <summary>The agreed score for one answer of a bid, with the chair's rationale.</summary>
public sealed class ModeratedScore : IAuditable
{
    private ModeratedScore() { }

    internal ModeratedScore(ScoreItemKind kind, int itemId)
    {
        Kind = kind;
        ItemId = itemId;
    }

    public int Id { get; private set; }

    public int ModerationId { get; private set; }

    public ScoreItemKind Kind { get; private set; }

    public int ItemId { get; private set; }

    public int? AgreedScore { get; private set; }

    public string? Rationale { get; private set; }

    internal void Set(int? score, string? rationale)
    {
        AgreedScore = score;
        Rationale = rationale;
    }
}
