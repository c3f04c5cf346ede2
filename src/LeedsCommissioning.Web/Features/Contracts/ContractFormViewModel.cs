using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// The form for a new contract (an existing one is changed a part at a time: ChangeDetails, ChangeValue,
/// ChangeTerm, ChangeProviders). Property names match the field names the
/// entity's DomainExceptions use (Reference, InitialEndDate, AnnualValue, Providers, Funding), so a
/// refusal lands on its field. Money is bound as text so "1,250,000.505" is reported, not silently dropped.
/// Provider and funding rows are repeating groups that work without JavaScript: blank rows are ignored,
/// "Add another" posts back and re-renders with more.
/// </summary>
public sealed class ContractFormViewModel : IContractDetailsFields
{
    public const int BlankRows = 3;

    [Display(Name = "Reference")]
    public string? Reference { get; set; }

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Service area")]
    public ServiceArea? ServiceArea { get; set; }

    [Display(Name = "Commissioning organisation")]
    public int? CommissioningOrganisationId { get; set; }

    [Display(Name = "Responsible commissioner")]
    public string? ResponsibleCommissionerId { get; set; }

    [Display(Name = "Type of agreement")]
    public AgreementType? AgreementType { get; set; }

    [Display(Name = "Payment mechanism")]
    public PaymentMechanism? PaymentMechanism { get; set; }

    [Display(Name = "Procurement route")]
    public ContractAwardRoute? ProcurementRoute { get; set; }

    [Display(Name = "Start date")]
    public DateInputModel StartDate { get; set; } = new();

    [Display(Name = "Initial end date")]
    public DateInputModel InitialEndDate { get; set; } = new();

    [Display(Name = "Annual value")]
    public string? AnnualValue { get; set; }

    /// <summary>The required share for small community organisations, a percentage (optional; domain.md sections 2 and 3).</summary>
    [Display(Name = "Required share for small community organisations (optional)")]
    public string? RequiredSmallShare { get; set; }

    /// <summary><see cref="RequiredSmallShare"/> as a number: "30", "30%" and "12.5" are read; null when blank or not a number.</summary>
    public decimal? RequiredSmallSharePercent => ContractDetailsRules.Percent(RequiredSmallShare);

    public List<ProviderRow> Providers { get; set; } = [];

    public List<FundingRow> Funding { get; set; } = [];

    public List<NewExtensionRow> NewExtensions { get; set; } = [];

    [Display(Name = "Status")]
    public ContractStatus? Status { get; set; }

    /// <summary>Which "Add another" button was pressed, if any: "provider", "funding" or "extension".</summary>
    public string? Add { get; set; }

    // Options and read-only figures for the page, loaded by the controller (never bound).
    public IReadOnlyList<SelectListItem> OrganisationOptions { get; set; } = [];

    public IReadOnlyList<SelectListItem> FunderOptions { get; set; } = [];

    public IReadOnlyList<SelectListItem> CommissionerOptions { get; set; } = [];

    public IReadOnlyList<SelectListItem> ProviderOptions { get; set; } = [];

    /// <summary>The lead's share as the entity will derive it: the annual value less partners' and subcontractors' shares.</summary>
    public string? LeadShareText
    {
        get
        {
            if (MoneyText.Parse(AnnualValue) is not { } value)
            {
                return null;
            }

            var others = Providers.Where(p => !p.IsBlank && p.Role is not null and not ProviderRole.Lead)
                .Select(p => MoneyText.Parse(p.AnnualShare)).ToList();
            return others.Any(o => o is null) ? null : UkTime.Money(value - others.Sum(o => o!.Value));
        }
    }

    /// <summary>
    /// Ends each repeating group with blank rows (3 for providers and funding, 1 for extensions), and 3 more
    /// in the group whose "Add another" button was pressed. Rows are only appended, so posted rows keep their
    /// indexes and their errors.
    /// </summary>
    public void PadRows()
    {
        Pad(Providers, p => p.IsBlank, BlankRows, Add == "provider");
        Pad(Funding, f => f.IsBlank, BlankRows, Add == "funding");
        Pad(NewExtensions, e => e.IsBlank, 1, Add == "extension");
    }

    private static void Pad<T>(List<T> rows, Func<T, bool> isBlank, int blanks, bool adding)
        where T : new()
    {
        var count = Math.Max(0, blanks - rows.Count(isBlank)) + (adding ? BlankRows : 0);
        for (var i = 0; i < count; i++)
        {
            rows.Add(new T());
        }
    }
}
