namespace LeedsCommissioning.Domain.Decisions;

/// <summary>A public procurement threshold for "other bodies" (sub-central authorities such as LCC), in force from a date.</summary>
public sealed record DatedThreshold(DateOnly From, decimal Amount, string Source);
