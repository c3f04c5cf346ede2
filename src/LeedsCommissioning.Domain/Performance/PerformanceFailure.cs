using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Performance;

/// <summary>
/// A breach of contract or persistent poor performance (issue 15; domain.md section 9, UK9 "breaches and failures"), with
/// the date it happened, what happened and the steps taken. Made only through <c>Contract.RecordFailure</c>.
/// </summary>
public sealed class PerformanceFailure
{
    public const int MaxTextLength = 4000;

    private PerformanceFailure() { }

    internal PerformanceFailure(PerformanceFailureKind kind, DateOnly occurredOn, string? description, string? stepsTaken,
        string? userId, string userName, DateTime recordedAtUtc)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Select whether it is a breach of contract or persistent poor performance", nameof(Kind));
        }

        Kind = kind;
        OccurredOn = occurredOn;
        Description = Text.Required(description, MaxTextLength, nameof(Description), "Enter what happened", "Description");
        StepsTaken = Text.Required(stepsTaken, MaxTextLength, nameof(StepsTaken), "Enter the steps taken", "Steps taken");
        RecordedByUserId = string.IsNullOrWhiteSpace(userId) ? null : userId;
        RecordedByName = string.IsNullOrWhiteSpace(userName) ? "Unknown" : userName.Trim();
        RecordedAtUtc = recordedAtUtc;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public PerformanceFailureKind Kind { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public string Description { get; private set; } = "";

    public string StepsTaken { get; private set; } = "";

    public string? RecordedByUserId { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTime RecordedAtUtc { get; private set; }
}
