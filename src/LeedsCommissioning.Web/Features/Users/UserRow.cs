namespace LeedsCommissioning.Web.Features.Users;

public sealed record UserRow(string Id, string Name, string Email, string Role, string? Organisation, bool Locked, bool InvitationPending, DateTime? LastSignedInAtUtc);
