using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Evaluation;

/// <summary>
/// One panel member's individual scores for one bid: a line per answer the panel scores, each 0 to 5
/// (<see cref="ScoreScale"/>) with a comment. Saved as a draft as often as wanted, then submitted once, complete;
/// a submitted sheet never changes (issue 13, "Individual scoring"). Started only through
/// <see cref="EvaluationPanel.StartSheet"/>, so never without a declaration of no conflict.
/// </summary>
public sealed class ScoreSheet : IAuditable, IVersioned
{
    private readonly List<ScoreLine> _lines = [];

    private ScoreSheet() { }

    internal ScoreSheet(int panelId, int bidId, string userId, string memberName, IReadOnlyList<ScoreItem> items, DateTime nowUtc)
    {
        if (items.Count == 0)
        {
            throw new DomainException("There is nothing for this panel to score");
        }

        EvaluationPanelId = panelId;
        BidId = bidId;
        UserId = userId;
        MemberName = memberName;
        StartedAtUtc = nowUtc;
        LastSavedAtUtc = nowUtc;
        _lines.AddRange(items.Select(i => new ScoreLine(i.Kind, i.ItemId)));
    }

    public int Id { get; private set; }

    public int EvaluationPanelId { get; private set; }

    public int BidId { get; private set; }

    public string UserId { get; private set; } = "";

    public string MemberName { get; private set; } = "";

    public DateTime StartedAtUtc { get; private set; }

    public DateTime LastSavedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public bool IsSubmitted => SubmittedAtUtc is not null;

    public int Version { get; private set; }

    public IReadOnlyList<ScoreLine> Lines => _lines;

    /// <summary>
    /// Saves what the member typed, line by line in the sheet's order: a score may be blank in a draft, but one given
    /// is on the scale; a comment is at most 4,000 characters. Every problem is reported at once (Scores[i], Comments[i]).
    /// </summary>
    public void SaveDraft(IReadOnlyList<(int? Score, string? Comment)> entries, DateTime nowUtc)
    {
        EnsureDraft();
        if (entries.Count != _lines.Count)
        {
            throw new DomainException("Score every answer on the sheet");
        }

        var errors = new DomainErrors();
        var comments = new string?[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Score is { } score && !ScoreScale.IsOnScale(score))
            {
                errors.Add($"Scores[{i}]", "Score must be a whole number from 0 to 5");
            }

            var index = i;
            errors.Collect(() => comments[index] = Text.Optional(entries[index].Comment, 4000, $"Comments[{index}]", "Comment"));
        }

        errors.ThrowIfAny();
        for (var i = 0; i < entries.Count; i++)
        {
            _lines[i].Set(entries[i].Score, comments[i]);
        }

        LastSavedAtUtc = nowUtc;
    }

    /// <summary>What stops submission: each answer needs a score and a comment (GOV.UK wording, against its field).</summary>
    public IReadOnlyList<DomainError> ProblemsBeforeSubmission()
    {
        var problems = new List<DomainError>();
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].Score is null)
            {
                problems.Add(new DomainError($"Scores[{i}]", "Select a score from 0 to 5"));
            }

            if (_lines[i].Comment is null)
            {
                problems.Add(new DomainError($"Comments[{i}]", "Enter a comment explaining the score"));
            }
        }

        return problems;
    }

    /// <summary>Submits the sheet, complete, once. After this the member may see the others' submitted scores.</summary>
    public void Submit(DateTime nowUtc)
    {
        EnsureDraft();
        var problems = ProblemsBeforeSubmission();
        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }

        SubmittedAtUtc = nowUtc;
        LastSavedAtUtc = nowUtc;
    }

    /// <summary>
    /// Whether the person whose own sheet for the bid is <paramref name="own"/> may read the other members' scores:
    /// only once they have submitted their own (issue 13: "members cannot see each other's scores until they have
    /// submitted their own"). Only other members' submitted sheets are ever shown.
    /// </summary>
    public static bool MayReadOthers(ScoreSheet? own) => own is { IsSubmitted: true };

    private void EnsureDraft()
    {
        if (IsSubmitted)
        {
            throw new DomainException("These scores have been submitted and cannot be changed");
        }
    }
}

public sealed class ScoreLine : IAuditable
{
    private ScoreLine() { }

    internal ScoreLine(ScoreItemKind kind, int itemId)
    {
        Kind = kind;
        ItemId = itemId;
    }

    public int Id { get; private set; }

    public int ScoreSheetId { get; private set; }

    public ScoreItemKind Kind { get; private set; }

    public int ItemId { get; private set; }

    public int? Score { get; private set; }

    public string? Comment { get; private set; }

    internal void Set(int? score, string? comment)
    {
        Score = score;
        Comment = comment;
    }
}
