

namespace LeedsCommissioning.Infrastructure.Auditing;

public sealed record AuditChange(string Property, string? Old, string? New);
