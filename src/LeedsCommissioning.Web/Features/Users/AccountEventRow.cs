using LeedsCommissioning.Domain.Security;

namespace LeedsCommissioning.Web.Features.Users;

/// <summary>One line of an account's history on the user's page: locked or unlocked, by whom, when, and why.</summary>
public sealed record AccountEventRow(AccountEventKind Kind, string ByName, DateTime AtUtc, string? Reason)
{
    public string What => Kind == AccountEventKind.Locked ? "Account locked" : "Account unlocked";
}
