using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed class NewExtensionRow
{
    [Display(Name = "Length in months")]
    public string? Months { get; set; }

    [Display(Name = "Decide by")]
    public DateInputModel DecideBy { get; set; } = new();

    public bool IsBlank => string.IsNullOrWhiteSpace(Months) && DecideBy.IsEmpty;
}
