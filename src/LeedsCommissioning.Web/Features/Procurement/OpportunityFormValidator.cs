using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed class OpportunityFormValidator : AbstractValidator<OpportunityFormViewModel>
{
    public OpportunityFormValidator()
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the opportunity's title")
            .MaximumLength(200).WithMessage("Title must be 200 characters or fewer");
        RuleFor(m => m.Description).MaximumLength(8000).WithMessage("Description must be 8,000 characters or fewer");
        RuleFor(m => m.ServiceArea).NotEmpty().WithMessage("Select the service area")
            .Must(s => Enum.TryParse<LeedsCommissioning.Domain.Reference.ServiceArea>(s, out _)).WithMessage("Select the service area from the list")
            .When(m => !string.IsNullOrEmpty(m.ServiceArea), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.CommissioningOrganisationId).NotNull().WithMessage("Select the commissioning organisation");
        RuleFor(m => m.EstimatedValue).NotEmpty().WithMessage("Enter the estimated whole-life value")
            .Money("Estimated whole-life value");
        RuleFor(m => m.InitialTermMonths).NotEmpty().WithMessage("Enter the initial term in months")
            .Must(NumberText.IsWholeNumber).WithMessage("Initial term must be a whole number of months, like 36")
            .When(m => !string.IsNullOrWhiteSpace(m.InitialTermMonths), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.ExtensionMonths).Must(t => FormValues.Months(t) is not null)
            .WithMessage("Enter each extension as a number of months, separated by commas, like 12, 12");
        RuleFor(m => m.Route).NotEmpty().WithMessage("Select the procurement route")
            .Must(r => Enum.TryParse<ProcurementProcedure>(r, out _)).WithMessage("Select the procurement route")
            .When(m => !string.IsNullOrEmpty(m.Route), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.PaymentByResults).NotNull().WithMessage("Select yes if payment by results is proposed");
        RuleFor(m => m.ConsortiaAllowed).NotNull().WithMessage("Select yes if consortium bids are allowed");
        RealDate(m => m.PublishOn, "publication date");
        RealDate(m => m.ClarificationDeadline, "deadline for questions");
        RuleFor(m => m.ClarificationDeadlineTime).Must(FormValues.IsTime).WithMessage("Enter the time questions close, like 12:00 or 5pm");
        RealDate(m => m.BidDeadline, "deadline for bids");
        RuleFor(m => m.BidDeadlineTime).Must(FormValues.IsTime).WithMessage("Enter the time bids close, like 12:00 or 5pm");
        RealDate(m => m.EvaluationBy, "date evaluation is finished by");
        RealDate(m => m.AwardBy, "award date");
        RealDate(m => m.ContractStart, "contract start date");
    }

    private void RealDate(System.Linq.Expressions.Expression<Func<OpportunityFormViewModel, DateInputModel>> field, string name)
    {
        RuleFor(field).Must(d => !d.IsEmpty).WithMessage($"Enter the {name}")
            .Must(d => d.IsEmpty || d.TryGetDate(out _)).WithMessage($"The {name} must be a real date");
    }
}
