using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// "Change value and funding" (issue 19): the annual value and each funder's amount, typed by the user (nothing is
/// rescaled for them), with the date the change takes effect and its reason. Recorded as a contract change.
/// </summary>
public sealed class ChangeValueViewModel : IRecordedChangeForm, Decommissioning.ICompactNoticeForm
{
    public const int BlankRows = 1;

    public int Version { get; set; }

    public long OpenedAtTicks { get; set; }

    [Display(Name = "New annual value")]
    public string? AnnualValue { get; set; }

    public List<FundingRow> Funding { get; set; } = [];

    public DateInputModel EffectiveDate { get; set; } = new();

    public string? Reason { get; set; }

    public DateInputModel CompactGivenOn { get; set; } = new();

    public string? CompactHow { get; set; }

    public string? CompactShortNoticeReason { get; set; }

    /// <summary>A fall in value lowers a third-sector lead's share: the Compact check against the effective date (shown, never bound).</summary>
    public IReadOnlyList<CompactNoticeCheck> CompactChecks { get; set; } = [];

    /// <summary>"funding" when "Add another funder" was pressed.</summary>
    public string? Add { get; set; }

    // Shown, never bound.
    public ContractHeading Contract { get; set; } = new(0, "", "");

    public ContractStatus Status { get; set; }

    public decimal CurrentAnnualValue { get; set; }

    public decimal CurrentWholeLifeValue { get; set; }

    /// <summary>The key-decision threshold: an increase in whole-life value at or above it waits for a decision maker.</summary>
    public decimal DecisionThreshold { get; set; }

    /// <summary>The description of a value change waiting for a decision maker, if one is.</summary>
    public string? AwaitingDecision { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public IReadOnlyList<SelectListItem> FunderOptions { get; set; } = [];

    public DateOnly ExampleDate { get; set; }

    public string EffectiveDateHint =>
        $"The whole-life value counts the old annual value up to the day before this date and the new one from it. Between {UkTime.Date(StartDate)} and {UkTime.Date(EndDate)}, for example {RecordedChange.HintText(ExampleDate)}";

    public static ChangeValueViewModel From(Contract c, DateTime now) => new()
    {
        Version = c.Version,
        OpenedAtTicks = now.Ticks,
        AnnualValue = ContractChoices.MoneyValue(c.AnnualValue),
        Funding = c.Funding.OrderByDescending(f => f.AnnualAmount).Select(f => new FundingRow
        {
            FunderOrganisationId = f.FunderOrganisationId,
            PartnerName = f.PartnerName,
            Stream = f.Stream,
            AnnualAmount = ContractChoices.MoneyValue(f.AnnualAmount),
        }).ToList(),
    };

    /// <summary>Ends the funding rows with a blank one, and 3 more when "Add another funder" was pressed.</summary>
    public void PadRows()
    {
        var count = Math.Max(0, BlankRows - Funding.Count(f => f.IsBlank)) + (Add == "funding" ? 3 : 0);
        for (var i = 0; i < count; i++)
        {
            Funding.Add(new FundingRow());
        }
    }
}
