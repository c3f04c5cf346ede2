

namespace LeedsCommissioning.Infrastructure.Auditing;

/// <summary>
/// One row of the append-only audit trail: who changed which record, when (UTC), and each changed
/// property with its old and new value (as JSON). Rows are only ever inserted.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>The entity's CLR type name, e.g. "Contract".</summary>
    public string EntityType { get; set; } = "";

    /// <summary>The primary key as text, e.g. "42".</summary>
    public string EntityKey { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>
    /// For a part of an aggregate (a row with a required, cascading foreign key to an IVersioned root,
    /// such as a contract's extension or document): the root's CLR type name, e.g. "Contract". Lets a
    /// contract's history include its parts' changes, even of parts since deleted. Null for roots.
    /// </summary>
    public string? ParentType { get; set; }

    /// <summary>The root's primary key as text, e.g. "42", alongside <see cref="ParentType"/>.</summary>
    public string? ParentKey { get; set; }

    /// <summary>JSON array of <see cref="AuditChange"/>.</summary>
    public string Changes { get; set; } = "[]";
}
