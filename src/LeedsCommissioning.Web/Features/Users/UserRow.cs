using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Users;

public sealed record UserRow(string Id, string Name, string Email, string Role, string? Organisation, bool Locked, bool InvitationPending, DateTime? LastSignedInAtUtc)
{
    /// <summary>"Locked", "Invited" or "Active", as the list's tag says (_AccountStatusTag.cshtml).</summary>
    public string Status => Locked ? "Locked" : InvitationPending ? "Invited" : "Active";

    /// <summary>The users list as a download (administrators only, like the list).</summary>
    public static ListExport<UserRow> Export { get; } = new ListExport<UserRow>("users", "Users")
        .Text("Name", r => r.Name, 30)
        .Text("Email address", r => r.Email, 36)
        .Text("Role", r => Roles.Describe(r.Role), 26)
        .Text("Organisation", r => r.Organisation, 36)
        .Text("Status", r => r.Status, 12)
        .DateTime("Last signed in", r => r.LastSignedInAtUtc);
}
