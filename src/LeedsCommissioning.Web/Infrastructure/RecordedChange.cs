using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Security;
using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// A short form whose change is recorded with when it takes effect and why (docs/patterns.md, "Changing a record"):
/// the form's view model implements it, its validator includes <see cref="RecordedChangeValidator"/>, its view renders
/// <c>Features/Shared/_RecordedChangeQuestions.cshtml</c>, and its action passes <see cref="RecordedChange.From"/> to the
/// entity's method.
/// </summary>
public interface IRecordedChangeForm
{
    /// <summary>When the change takes effect (a UK date input).</summary>
    [Display(Name = "When does the change take effect?")]
    DateInputModel EffectiveDate { get; }

    /// <summary>Why the change is made: kept in the record's history.</summary>
    [Display(Name = "Why is the change being made?")]
    string? Reason { get; }

    /// <summary>The question's hint: what the date means for this change.</summary>
    string EffectiveDateHint { get; }
}

/// <summary>The effective date and the reason, worded to GOV.UK's error guidance: every form that records a change includes it.</summary>
public sealed class RecordedChangeValidator : AbstractValidator<IRecordedChangeForm>
{
    public RecordedChangeValidator()
    {
        RuleFor(m => m.EffectiveDate).Custom((date, context) =>
        {
            if (date.IsEmpty)
            {
                context.AddFailure(nameof(IRecordedChangeForm.EffectiveDate), "Enter the date the change takes effect");
            }
            else if (!date.TryGetDate(out _))
            {
                context.AddFailure(nameof(IRecordedChangeForm.EffectiveDate), "The date the change takes effect must be a real date, like 1 4 2027");
            }
        });
        RuleFor(m => m.Reason).NotEmpty().WithMessage("Enter the reason for the change")
            .MaximumLength(ContractChange.MaxReasonLength).WithMessage("The reason must be 2,000 characters or fewer");
    }
}

public static class RecordedChange
{
    /// <summary>A date for a hint's "for example": the first of next month, kept within <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static DateOnly ExampleDate(TimeProvider clock, DateOnly from, DateOnly to)
    {
        var today = clock.UkToday();
        var next = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        return next < from ? from : next > to ? to : next;
    }

    /// <summary>"1 4 2027", as a GOV.UK date hint writes an example.</summary>
    public static string HintText(DateOnly date) => $"{date.Day} {date.Month} {date.Year}";

    /// <summary>Who, when (UTC, from the clock), from when and why: what the entity records with the change. Validate the form first.</summary>
    public static ChangeRecord From(IRecordedChangeForm form, ClaimsPrincipal user, TimeProvider clock) =>
        new(form.EffectiveDate.ToDateOnly()!.Value, form.Reason, user.FindFirstValue(ClaimTypes.NameIdentifier), user.DisplayName(),
            clock.GetUtcNow().UtcDateTime);
}
