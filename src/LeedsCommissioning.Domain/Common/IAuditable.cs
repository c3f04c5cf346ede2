namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// Marks a domain record whose every change is written to the append-only audit trail
/// (who, when in UTC, entity and key, each property's old and new value).
/// </summary>
public interface IAuditable;
