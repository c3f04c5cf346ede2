using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Reference;
using FluentValidation;
using LeedsCommissioning.Domain.Opportunities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed record OpportunityListRow(
    int Id, string Title, ServiceArea ServiceArea, string Organisation, decimal EstimatedValue, DateTime BidDeadlineUtc,
    int LotCount, bool SuitableForSmallOrganisations);

public sealed class OpportunitiesIndexViewModel
{
    public string? Search { get; set; }

    public string? ServiceArea { get; set; }

    public string? Value { get; set; }

    public string? Closing { get; set; }

    public bool Small { get; set; }

    public int Page { get; set; } = 1;

    public int PageSize { get; } = 20;

    public int TotalCount { get; set; }

    public IReadOnlyList<OpportunityListRow> Rows { get; set; } = [];

    public IReadOnlyList<ServiceArea> ServiceAreas { get; set; } = [];

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public static IReadOnlyList<(string Value, string Text, decimal Min, decimal Max)> ValueBands { get; } =
    [
        ("under-100k", "Under £100,000", 0m, 100_000m),
        ("100k-500k", "£100,000 to £500,000", 100_000m, 500_000m),
        ("500k-2m", "£500,000 to £2 million", 500_000m, 2_000_000m),
        ("over-2m", "Over £2 million", 2_000_000m, decimal.MaxValue),
    ];

    public static IReadOnlyList<(string Value, string Text)> ClosingOptions { get; } =
    [
        ("7", "In the next 7 days"),
        ("14", "In the next 14 days"),
        ("30", "In the next 30 days"),
    ];

    public string QueryString(int page) =>
        $"?search={Uri.EscapeDataString(Search ?? "")}&serviceArea={Uri.EscapeDataString(ServiceArea ?? "")}&value={Value}&closing={Closing}&small={(Small ? "true" : "false")}&page={page}";
}

public sealed record LotRow(int Id, int Number, string Title, string? Description, decimal AnnualValue, IReadOnlyList<Locality> Localities);

public sealed record QualityQuestionRow(int Id, int Number, string Text, int Weight, int WordLimit, string? Scorers);

public sealed record CriterionRow(int Id, string Name, CharterPrinciple Principle, string Unit, string? Description);

public sealed record NoticeRow(int Number, string Text, DateTime PublishedAtUtc);

/// <summary>A published question and answer: deliberately without who asked.</summary>
public sealed record PublishedAnswerRow(string Question, string Answer, DateTime AnsweredAtUtc);

public sealed record YourBidRow(int LotId, BidStatus Status, DateTime? SubmittedAtUtc);

/// <summary>One opportunity as anyone sees it, plus, for a provider user, their own interest, questions and bids.</summary>
public sealed class OpportunityDetailsViewModel
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required string ServiceArea { get; init; }

    public required string Organisation { get; init; }

    public decimal EstimatedValue { get; init; }

    public required string TermShape { get; init; }

    public required string Route { get; init; }

    public OpportunityStage Stage { get; init; }

    public DateOnly? PublishOn { get; init; }

    public DateTime? ClarificationDeadlineUtc { get; init; }

    public DateTime? BidDeadlineUtc { get; init; }

    public DateOnly? EvaluationBy { get; init; }

    public DateOnly? AwardBy { get; init; }

    public DateOnly? ContractStart { get; init; }

    public int PriceWeight { get; init; }

    public int QualityWeight { get; init; }

    public int SocialValueWeight { get; init; }

    public bool ConsortiaAllowed { get; init; }

    public bool PaymentByResults { get; init; }

    public bool SuitableForSmallOrganisations { get; init; }

    public string? SingleLotReason { get; init; }

    public IReadOnlyList<LotRow> Lots { get; init; } = [];

    public IReadOnlyList<QualityQuestionRow> QualityQuestions { get; init; } = [];

    public IReadOnlyList<CriterionRow> SocialValue { get; init; } = [];

    public IReadOnlyList<NoticeRow> Clarifications { get; init; } = [];

    public IReadOnlyList<PublishedAnswerRow> Answers { get; init; } = [];

    public bool IsProvider { get; set; }

    public bool InterestRegistered { get; set; }

    public bool OpenForQuestions { get; init; }

    public IReadOnlyList<YourBidRow> YourBids { get; set; } = [];

    /// <summary>The provider's own questions still waiting for an answer.</summary>
    public IReadOnlyList<string> YourWaitingQuestions { get; set; } = [];

    public bool IsOpen => Stage == OpportunityStage.Open;
}

public sealed class AskQuestionViewModel
{
    public int OpportunityId { get; set; }

    public string OpportunityTitle { get; set; } = "";

    [Display(Name = "Your question")]
    public string? Text { get; set; }
}

public sealed class AskQuestionValidator : AbstractValidator<AskQuestionViewModel>
{
    public AskQuestionValidator()
    {
        RuleFor(m => m.Text).NotEmpty().WithMessage("Enter your question")
            .MaximumLength(2000).WithMessage("Your question must be 2,000 characters or fewer");
    }
}

public static class OpportunityLists
{
    public static IEnumerable<SelectListItem> Items(IEnumerable<ServiceArea> values, string? selected, string anyText) =>
        values.Select(v => new SelectListItem(v.ToDisplayName(), v.ToString(), v.ToString() == selected)).Prepend(new SelectListItem(anyText, "", string.IsNullOrEmpty(selected)));
}
