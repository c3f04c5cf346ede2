namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>Who saved an aggregate while someone else was working on it, when, which parts, and each change in words.</summary>
public sealed record EditConflict(string ChangedBy, DateTime? ChangedAtUtc, IReadOnlyList<string> Parts, IReadOnlyList<string> Changes);
