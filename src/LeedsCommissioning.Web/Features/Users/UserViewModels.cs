using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Domain.Security;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Users;

public sealed record UserRow(string Id, string Name, string Email, string Role, string? Organisation, bool Locked, DateTime? LastSignedInAtUtc);

public sealed class UsersIndexViewModel
{
    public string? Search { get; set; }

    public string? Role { get; set; }

    public int Page { get; set; } = 1;

    public int TotalCount { get; set; }

    public int PageSize { get; set; } = 25;

    public IReadOnlyList<UserRow> Rows { get; set; } = [];

    public IEnumerable<SelectListItem> RoleOptions => UserForm.RoleItems(Role, includeAny: true);

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}

/// <summary>Create (invite) and edit share one form.</summary>
public sealed class UserFormViewModel
{
    public string? Id { get; set; }

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

public sealed class UserFormValidator : AbstractValidator<UserFormViewModel>
{
    public UserFormValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Enter the person's full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter the person's email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        RuleFor(m => m.JobTitle).MaximumLength(200).WithMessage("Job title must be 200 characters or fewer");
        RuleFor(m => m.Role).NotEmpty().WithMessage("Select a role")
            .Must(r => r is null || Roles.IsKnown(r)).WithMessage("Select a role from the list");
        RuleFor(m => m.ProviderId).NotNull().WithMessage("Select the provider organisation this person belongs to")
            .When(m => m.Role == Roles.ProviderUser);
        RuleFor(m => m.ProviderId).Null().WithMessage("Only provider users belong to a provider organisation")
            .When(m => m.Role != Roles.ProviderUser);
    }
}

internal static class UserForm
{
    public static IEnumerable<SelectListItem> RoleItems(string? selected, bool includeAny)
    {
        if (includeAny)
        {
            yield return new SelectListItem("All roles", "", string.IsNullOrEmpty(selected));
        }

        foreach (var role in Roles.All)
        {
            yield return new SelectListItem(Roles.Describe(role), role, role == selected);
        }
    }
}
