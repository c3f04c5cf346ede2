using FluentValidation;

namespace LeedsCommissioning.Web.Features.Award;

public sealed class RecommendValidator : AbstractValidator<RecommendViewModel>
{
    public RecommendValidator()
    {
        RuleFor(m => m.Choice).NotEmpty().WithMessage("Select the bid you recommend, or not to award the lot");
        RuleFor(m => m.Reason).MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
    }
}

public sealed class DecideAwardValidator : AbstractValidator<DecideAwardViewModel>
{
    public DecideAwardValidator()
    {
        RuleFor(m => m.Outcome).Must(o => o is "approve" or "send-back").WithMessage("Select whether you approve the recommendation or send it back");
        RuleFor(m => m.Reasons).NotEmpty().WithMessage("Enter the reasons for your decision")
            .MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
    }
}

public sealed class ContractAwardNoticeValidator : AbstractValidator<ContractAwardNoticeViewModel>
{
    public ContractAwardNoticeValidator() =>
        RuleFor(m => m.PublishedOn).Must(d => d.TryGetDate(out _))
            .WithMessage(m => m.PublishedOn.IsEmpty ? "Enter the date the contract award notice was published" : "The date the notice was published must be a real date, like 11 1 2027");
}

public sealed class CreateAwardContractValidator : AbstractValidator<CreateAwardContractViewModel>
{
    public CreateAwardContractValidator()
    {
        RuleFor(m => m.StartDate).Must(d => d.TryGetDate(out _))
            .WithMessage(m => m.StartDate.IsEmpty ? "Enter the contract start date" : "The contract start date must be a real date, like 1 4 2027");

        // A key performance indicator row that is started must be complete (issue 15); blank rows are skipped.
        RuleForEach(m => m.Kpis).Where(k => !k.IsBlank).ChildRules(row =>
        {
            row.RuleFor(k => k.Name).NotEmpty().WithMessage("Enter the key performance indicator's name")
                .MaximumLength(Domain.Performance.KeyPerformanceIndicator.MaxNameLength).WithMessage("The name must be 200 characters or fewer");
            row.RuleFor(k => k.Measure).NotEmpty().WithMessage("Enter how the key performance indicator is measured")
                .MaximumLength(Domain.Performance.KeyPerformanceIndicator.MaxMeasureLength).WithMessage("How it is measured must be 1,000 characters or fewer");
            row.RuleFor(k => k.Target).NotEmpty().WithMessage("Enter the key performance indicator's target")
                .MaximumLength(Domain.Performance.KeyPerformanceIndicator.MaxTargetLength).WithMessage("The target must be 500 characters or fewer");
        });
    }
}
