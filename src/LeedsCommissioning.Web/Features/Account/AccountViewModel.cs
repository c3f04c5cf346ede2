using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace LeedsCommissioning.Web.Features.Account;

public sealed record AccountViewModel(string Name, string Email, string? JobTitle, IReadOnlyList<string> Roles);
