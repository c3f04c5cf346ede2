using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>The term's dates, the new extension when one is entered, the effective date and the reason, in one pass.</summary>
public sealed class ChangeTermValidator : AbstractValidator<ChangeTermViewModel>
{
    public ChangeTermValidator()
    {
        RuleFor(m => m.StartDate).Custom((date, context) => CheckDate(date, "start date", "1 4 2027", context.PropertyPath, context.AddFailure));
        RuleFor(m => m.InitialEndDate).Custom((date, context) => CheckDate(date, "end date", "31 3 2032", context.PropertyPath, context.AddFailure));
        RuleFor(m => m.InitialEndDate)
            .Must((m, end) => end.ToDateOnly() > m.StartDate.ToDateOnly())
            .WithMessage("The end date must be after the start date")
            .When(m => m.StartDate.ToDateOnly() is not null && m.InitialEndDate.ToDateOnly() is not null);
        RuleFor(m => m.NewExtension).Custom((row, context) =>
        {
            if (row.IsBlank)
            {
                return;
            }

            if (NumberText.WholeNumber(row.Months) is not { } months || months < 1 || months > Contract.MaxExtensionMonths)
            {
                context.AddFailure("NewExtension.Months", $"The extension's length must be a whole number of months between 1 and {Contract.MaxExtensionMonths}, like 24");
            }

            CheckDate(row.DecideBy, "date by which to decide on the extension", "30 9 2031", "NewExtension.DecideBy", context.AddFailure);
        });
        Include(new RecordedChangeValidator());
    }

    private static void CheckDate(DateInputModel date, string name, string example, string key, Action<string, string> fail)
    {
        if (date.IsEmpty)
        {
            fail(key, $"Enter the {name}");
        }
        else if (!date.TryGetDate(out _))
        {
            fail(key, $"The {name} must be a real date, like {example}");
        }
    }
}
