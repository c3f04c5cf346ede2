using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>The confirmation form for taking or declining an extension.</summary>
public sealed class ExtensionDecisionViewModel : Decommissioning.ICompactNoticeForm
{
    public int ContractId { get; set; }

    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public int Number { get; set; }

    public int Months { get; set; }

    public DateOnly DecideBy { get; set; }

    public DateOnly CurrentEndDate { get; set; }

    public DateOnly EndDateIfTaken { get; set; }

    /// <summary>"take" or "decline".</summary>
    public string Decision { get; set; } = "take";

    public int Version { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Date of the decision")]
    public DateInputModel DecidedOn { get; set; } = new();

    public bool Taking => Decision == "take";

    public DateInputModel CompactGivenOn { get; set; } = new();

    public string? CompactHow { get; set; }

    public string? CompactShortNoticeReason { get; set; }

    /// <summary>Declining ends the funding on the current end date: the Compact check for each third-sector organisation (shown, never bound).</summary>
    public IReadOnlyList<Domain.Contracts.CompactNoticeCheck> CompactChecks { get; set; } = [];
}
