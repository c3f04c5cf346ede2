using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Users;

/// <summary>Create (invite) and edit share one form.</summary>
public sealed class UserFormViewModel
{
    public string? Id { get; set; }

    /// <summary>The account's ConcurrencyStamp (ASP.NET Core Identity's version) when the form was opened: a save over a later change is refused.</summary>
    public string? ConcurrencyStamp { get; set; }

    [Display(Name = "Full name")]
    public string? Name { get; set; }

    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Job title (optional)")]
    public string? JobTitle { get; set; }

    [Display(Name = "Role")]
    public string? Role { get; set; }

    [Display(Name = "Provider organisation")]
    public int? ProviderId { get; set; }

    [Display(Name = "Commissioning organisation (optional)")]
    public int? CommissioningOrganisationId { get; set; }

    public IEnumerable<SelectListItem> RoleOptions => UserForm.RoleItems(Role, includeAny: false);

    public IReadOnlyList<SelectListItem> ProviderOptions { get; set; } = [];

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; set; } = [];

    public bool IsNew => string.IsNullOrEmpty(Id);
}
