namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// Why, from when and by whom a change to a contract is made: what every recorded change
/// (<see cref="ContractChange"/>) carries besides the figures.
/// </summary>
/// <param name="EffectiveDate">The day the change takes effect (UK date).</param>
/// <param name="Reason">Why the change is made (required; kept in the contract's history).</param>
/// <param name="UserId">The person's user id, if they have an account.</param>
/// <param name="UserName">The person's name as the history shows it.</param>
/// <param name="RecordedAtUtc">When it was recorded (UTC, from the clock).</param>
public sealed record ChangeRecord(DateOnly EffectiveDate, string? Reason, string? UserId, string UserName, DateTime RecordedAtUtc);
