using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Users;

public sealed record UserDetailsViewModel(
    string Id, string Name, string Email, string? JobTitle, string Role, string? Provider, string? Organisation,
    bool Locked, bool InvitationPending, bool TwoFactor, DateTime CreatedAtUtc, DateTime? LastSignedInAtUtc, bool IsYou, IReadOnlyList<AccountEventRow> History);
