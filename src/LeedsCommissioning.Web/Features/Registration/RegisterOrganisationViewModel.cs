using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Registration;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Registration;

public sealed class RegisterOrganisationViewModel
{
    [Display(Name = "Organisation name")]
    public string? OrganisationName { get; set; }

    [Display(Name = "What kind of organisation is it?")]
    public string? Type { get; set; }

    [Display(Name = "Charity number (if a registered charity)")]
    public string? CharityNumber { get; set; }

    [Display(Name = "Company number (if a company or community interest company)")]
    public string? CompanyNumber { get; set; }

    [Display(Name = "Postcode of your main office")]
    public string? Postcode { get; set; }

    [Display(Name = "Is your organisation based in Leeds?")]
    public bool? IsLeedsBased { get; set; }

    [Display(Name = "Which parts of Leeds do you work in?")]
    public List<string> Localities { get; set; } = [];

    public static IEnumerable<SelectListItem> TypeOptions =>
        OrganisationApplication.TypesThatMayApply.Select(t => new SelectListItem(t.ToDisplayName(), t.ToString()));

    public static IEnumerable<SelectListItem> LocalityOptions =>
        Enum.GetValues<Locality>().Select(l => new SelectListItem(l.ToDisplayName(), l.ToString()));

    [Display(Name = "Annual income (optional)")]
    public string? AnnualIncome { get; set; }

    [Display(Name = "What does your organisation do? (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Your full name")]
    public string? ApplicantName { get; set; }

    [Display(Name = "Your email address")]
    public string? ApplicantEmail { get; set; }

    [Display(Name = "Your job title (optional)")]
    public string? ApplicantJobTitle { get; set; }
}
