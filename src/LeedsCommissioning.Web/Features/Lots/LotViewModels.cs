using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Reference;
using FluentValidation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Lots;

public sealed class LotsViewModel
{
    /// <summary>The opportunity's version when the page was opened (see <see cref="LeedsCommissioning.Web.Features.Opportunities.OpportunityEdits"/>).</summary>
    public int Version { get; set; }

    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    public bool Editable { get; set; }

    public KeepItLocalPanel Panel { get; set; } = null!;

    public IReadOnlyList<LotRow> Lots { get; set; } = [];

    [Display(Name = "Why is the opportunity not divided into lots?")]
    public string? SingleLotReason { get; set; }

    /// <summary>For each lot (in order) the reason it goes ahead with no local provider able to bid.</summary>
    public List<string?> NoLocalBidderReasons { get; set; } = [];

    public List<int> LotIds { get; set; } = [];
}

public sealed class LotFormViewModel : IOpportunityForm
{
    /// <summary>The opportunity's version when the page was opened (see <see cref="LeedsCommissioning.Web.Features.Opportunities.OpportunityEdits"/>).</summary>
    public int Version { get; set; }

    public int OpportunityId { get; set; }

    public int? LotId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    [Display(Name = "Lot title")]
    public string? Title { get; set; }

    [Display(Name = "Description (optional)")]
    public string? Description { get; set; }

    [Display(Name = "Estimated annual value")]
    public string? AnnualValue { get; set; }

    [Display(Name = "Localities")]
    public List<string> Localities { get; set; } = [];

    public IEnumerable<SelectListItem> LocalityOptions =>
        Enum.GetValues<Locality>().Select(l => new SelectListItem(l.ToDisplayName(), l.ToString()));

    public bool IsNew => LotId is null;
}

public sealed class LotFormValidator : AbstractValidator<LotFormViewModel>
{
    public LotFormValidator()
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the lot's title")
            .MaximumLength(200).WithMessage("Lot title must be 200 characters or fewer");
        RuleFor(m => m.Description).MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer");
        RuleFor(m => m.AnnualValue).NotEmpty().WithMessage("Enter the lot's estimated annual value")
            .Must(FormValues.IsMoney).WithMessage("Estimated annual value must be an amount of money, like 250000")
            .When(m => !string.IsNullOrWhiteSpace(m.AnnualValue), ApplyConditionTo.CurrentValidator);
        RuleForEach(m => m.Localities).Must(l => Enum.TryParse<Locality>(l, out _)).WithMessage("Select localities from the list");
    }
}
