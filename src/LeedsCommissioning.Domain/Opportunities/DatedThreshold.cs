namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>A threshold in force from <see cref="From"/> until the next one of the same kind.</summary>
public sealed record DatedThreshold(ThresholdKind Kind, DateOnly From, decimal Amount, string Source);
