using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Monitoring;

/// <summary>
/// The commissioner's review of a quarterly return (domain.md section 7, MPS: "Commissioners then compile feedback for
/// providers, which includes, examples of best practice and challenges being encountered"): feedback, good practice,
/// challenges, a red/amber/green rating with its reason, and actions with owners and due dates. The provider sees it.
/// </summary>
public sealed class MonitoringReview : IAuditable
{
    public const int MaxActions = 10;

    private readonly List<MonitoringAction> _actions = [];

    internal MonitoringReview() { }

    public int Id { get; private set; }

    public int QuarterlyReturnId { get; private set; }

    public string Feedback { get; private set; } = "";

    public string? GoodPractice { get; private set; }

    public string? Challenges { get; private set; }

    public Rag Rating { get; private set; }

    public string? RatingReason { get; private set; }

    public string ReviewerUserId { get; private set; } = "";

    public string ReviewerName { get; private set; } = "";

    public DateTime ReviewedAtUtc { get; private set; }

    public IReadOnlyList<MonitoringAction> Actions => _actions;

    internal void Record(
        string? feedback, string? goodPractice, string? challenges, Rag? rating, string? ratingReason,
        IEnumerable<ActionLine> actions, string reviewerUserId, string reviewerName, DateTime nowUtc)
    {
        var errors = new DomainErrors();
        string? cleanFeedback = null, cleanGood = null, cleanChallenges = null, cleanReason = null;
        errors.Collect(() => cleanFeedback = Text.Required(feedback, QuarterlyReturn.MaxTextLength, nameof(Feedback), "Enter your feedback to the provider", "The feedback"));
        errors.Collect(() => cleanGood = Text.Optional(goodPractice, QuarterlyReturn.MaxTextLength, nameof(GoodPractice), "The good practice"));
        errors.Collect(() => cleanChallenges = Text.Optional(challenges, QuarterlyReturn.MaxTextLength, nameof(Challenges), "The challenges"));
        if (rating is null || !Enum.IsDefined(rating.Value))
        {
            errors.Add(nameof(Rating), "Select a rating: red, amber or green");
        }
        else
        {
            errors.Collect(() => cleanReason = RagRules.Reason(rating.Value, ratingReason, nameof(RatingReason)));
        }

        var lines = actions.Where(a => !a.IsBlank).ToList();
        if (lines.Count > MaxActions)
        {
            errors.Add("Actions[0].Description", $"Enter {MaxActions} actions or fewer");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            errors.Collect(() => Text.Required(line.Description, QuarterlyReturn.MaxTextLength, $"Actions[{i}].Description", "Enter what the action is", "The action"));
            errors.Collect(() => Text.Required(line.Owner, MonitoringPlan.MaxNameLength, $"Actions[{i}].Owner", "Enter who owns the action", "The owner"));
            if (line.DueOn is null)
            {
                errors.Add($"Actions[{i}].DueOn", "Enter the date the action is due");
            }
        }

        errors.ThrowIfAny();
        Feedback = cleanFeedback!;
        GoodPractice = cleanGood;
        Challenges = cleanChallenges;
        Rating = rating!.Value;
        RatingReason = cleanReason;
        ReviewerUserId = reviewerUserId;
        ReviewerName = reviewerName.Trim();
        ReviewedAtUtc = nowUtc;
        var done = _actions.Where(a => a.DoneOn is not null).ToDictionary(a => a.Description, a => a.DoneOn);
        _actions.Clear();
        var number = 0;
        _actions.AddRange(lines.Select(l => new MonitoringAction(++number, l.Description!.Trim(), l.Owner!.Trim(), l.DueOn!.Value,
            l.Done ? done.GetValueOrDefault(l.Description!.Trim()) ?? UkTime.DateOf(nowUtc) : null)));
    }
}

/// <summary>An action set at a review: what, who owns it, by when, and when it was done.</summary>
public sealed class MonitoringAction : IAuditable
{
    private MonitoringAction() { }

    internal MonitoringAction(int number, string description, string owner, DateOnly dueOn, DateOnly? doneOn)
    {
        Number = number;
        Description = description;
        Owner = owner;
        DueOn = dueOn;
        DoneOn = doneOn;
    }

    public int Id { get; private set; }

    public int MonitoringReviewId { get; private set; }

    public int Number { get; private set; }

    public string Description { get; private set; } = "";

    public string Owner { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public bool IsOverdue(DateOnly today) => DoneOn is null && today > DueOn;
}

public sealed record ActionLine(string? Description, string? Owner, DateOnly? DueOn, bool Done)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && DueOn is null;
}

/// <summary>The rule of a red/amber/green rating (domain.md section 7; docs/domain.md "Monitoring").</summary>
public static class RagRules
{
    /// <summary>A red or amber rating says why; a green one may.</summary>
    public static bool ReasonRequired(Rag rating) => rating != Rag.Green;

    /// <summary>The reason to keep, or a refusal when red or amber comes without one.</summary>
    public static string? Reason(Rag rating, string? reason, string field)
    {
        if (ReasonRequired(rating) && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException($"Enter the reason for rating this quarter {rating.ToString().ToLowerInvariant()}", field);
        }

        return Text.Optional(reason, QuarterlyReturn.MaxTextLength, field, "The reason");
    }
}
