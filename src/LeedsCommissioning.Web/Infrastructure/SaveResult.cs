using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>The outcome of a version-checked save: saved, refused by a rule, or refused because someone else saved first.</summary>
public sealed record SaveResult(int Version, DomainException? Refusal, EditConflict? Conflict)
{
    public bool Saved => Refusal is null && Conflict is null;

    /// <summary>The sentence to show after a button was refused: the rule's, or who changed what and when.</summary>
    public string Explain(string what) =>
        Refusal?.Message ?? (Conflict is { } c ? EditConflicts.Message(c, what, EditConflicts.ActionNotDone) : "");
}
