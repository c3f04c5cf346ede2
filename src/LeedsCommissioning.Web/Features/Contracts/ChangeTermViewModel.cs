using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// "Change term and extensions" (issue 19): the start and initial end dates, pending extensions to remove and one to
/// add, with the date the change takes effect and its reason. Recorded as a contract change (<see cref="Contract.ChangeTerm"/>).
/// Taking or declining an extension is its own page (ContractExtensionsController).
/// </summary>
public sealed class ChangeTermViewModel : IRecordedChangeForm
{
    public int Version { get; set; }

    public long OpenedAtTicks { get; set; }

    [Display(Name = "Start date")]
    public DateInputModel StartDate { get; set; } = new();

    [Display(Name = "Initial end date")]
    public DateInputModel InitialEndDate { get; set; } = new();

    [Display(Name = "Remove pending extensions")]
    public List<int> RemoveExtensions { get; set; } = [];

    [Display(Name = "Add an optional extension (optional)")]
    public NewExtensionRow NewExtension { get; set; } = new();

    public DateInputModel EffectiveDate { get; set; } = new();

    public string? Reason { get; set; }

    // Shown, never bound.
    public ContractHeading Contract { get; set; } = new(0, "", "");

    public IReadOnlyList<ExtensionRow> Extensions { get; set; } = [];

    public DateOnly CurrentEndDate { get; set; }

    public DateOnly ExampleDate { get; set; }

    public string EffectiveDateHint => $"For example, {RecordedChange.HintText(ExampleDate)}";

    public static ChangeTermViewModel From(Contract c, DateTime now) => new()
    {
        Version = c.Version,
        OpenedAtTicks = now.Ticks,
        StartDate = DateInputModel.From(c.StartDate),
        InitialEndDate = DateInputModel.From(c.InitialEndDate),
    };
}
