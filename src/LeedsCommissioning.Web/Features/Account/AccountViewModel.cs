using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace LeedsCommissioning.Web.Features.Account;

/// <param name="RemindersByEmail">The kinds of reminder the user also gets by e-mail (issue 14), by name; empty when none.</param>
public sealed record AccountViewModel(string Name, string Email, string? JobTitle, IReadOnlyList<string> Roles, IReadOnlyList<string> RemindersByEmail, bool TwoFactor = false);
