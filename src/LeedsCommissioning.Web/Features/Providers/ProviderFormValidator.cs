using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>The shape of the commissioners' provider form, with messages worded to GOV.UK's error guidance.</summary>
public sealed partial class ProviderFormValidator : AbstractValidator<ProviderFormViewModel>
{
    public ProviderFormValidator(TimeProvider clock)
    {
        var thisYear = UkTime.ToUk(clock.GetUtcNow().UtcDateTime).Year;

        RuleFor(m => m.Name).NotEmpty().WithMessage("Enter the organisation's name")
            .MaximumLength(200).WithMessage("Organisation name must be 200 characters or fewer");
        RuleFor(m => m.Type).NotNull().WithMessage("Select the type of organisation")
            .IsInEnum().WithMessage("Select the type of organisation");
        RuleFor(m => m.CharityNumber).Must(n => CharityNumberPattern().IsMatch(n!.Trim()))
            .When(m => !string.IsNullOrWhiteSpace(m.CharityNumber))
            .WithMessage("Charity number must be 6 to 8 digits, like 1123456");
        RuleFor(m => m.CompanyNumber).Must(n => CompanyNumberPattern().IsMatch(n!.Trim()))
            .When(m => !string.IsNullOrWhiteSpace(m.CompanyNumber))
            .WithMessage("Company number must be 8 characters, like 04567890 or SC123456");

        // Money: pounds and pence, never negative (domain.md section 2).
        RuleFor(m => m.AnnualIncome).Money("Annual income");
        RuleFor(m => m.IncomeYear).Custom((text, context) =>
        {
            var model = context.InstanceToValidate;
            if (string.IsNullOrWhiteSpace(text))
            {
                if (!MoneyText.IsBlank(model.AnnualIncome))
                {
                    context.AddFailure("Enter the year the income was reported");
                }

                return;
            }

            var trimmed = text.Trim();
            if (trimmed.Length != 4 || !trimmed.All(char.IsAsciiDigit))
            {
                context.AddFailure("Year the income was reported must be 4 numbers, like 2025");
            }
            else if (int.Parse(trimmed, CultureInfo.InvariantCulture) > thisYear)
            {
                context.AddFailure($"Year the income was reported must be {thisYear} or earlier");
            }
            else if (int.Parse(trimmed, CultureInfo.InvariantCulture) < 2000)
            {
                context.AddFailure("Year the income was reported must be 2000 or later");
            }
            else if (MoneyText.IsBlank(model.AnnualIncome))
            {
                context.AddFailure("Enter the annual income, or remove the year");
            }
        });

        RuleFor(m => m.IsLeedsBased).NotNull().WithMessage("Select yes if the organisation is based in Leeds");
        RuleFor(m => m.VettingStatus).NotNull().WithMessage("Select the Leeds Directory vetting status")
            .IsInEnum().WithMessage("Select the Leeds Directory vetting status");
        RuleFor(m => m.VettingStatusDate).Custom((date, context) =>
        {
            if (context.InstanceToValidate.VettingStatus is null or VettingStatus.NotVetted)
            {
                return;
            }

            if (date.IsEmpty)
            {
                context.AddFailure("Enter the date of the vetting status");
            }
            else if (!date.TryGetDate(out _))
            {
                context.AddFailure("Date of the vetting status must be a real date");
            }
        });
        RuleFor(m => m.Description).MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer");

        RuleFor(m => m.Contacts).Custom((rows, context) => ContactRowsValidator.Validate(rows, nameof(ProviderFormViewModel.Contacts), context));
        RuleFor(m => m.CqcLocations).Custom((rows, context) =>
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (row.IsBlank)
                {
                    continue;
                }

                var key = $"{nameof(ProviderFormViewModel.CqcLocations)}[{i}]";
                var n = i + 1;
                if (string.IsNullOrWhiteSpace(row.Name))
                {
                    context.AddFailure($"{key}.Name", $"Enter the name of CQC location {n}");
                }

                if (string.IsNullOrWhiteSpace(row.LocationId))
                {
                    context.AddFailure($"{key}.LocationId", $"Enter the CQC location ID of location {n}");
                }
                else if (!CqcLocationIdPattern().IsMatch(row.LocationId.Trim()))
                {
                    context.AddFailure($"{key}.LocationId", $"CQC location ID of location {n} must be in the correct format, like 1-123456789");
                }

                if (row.Rating is null)
                {
                    context.AddFailure($"{key}.Rating", $"Select the rating of CQC location {n}");
                }
                else if (row.Rating != CqcRating.NotYetRated)
                {
                    if (row.RatingDate.IsEmpty)
                    {
                        context.AddFailure($"{key}.RatingDate", $"Enter the date of the rating of CQC location {n}");
                    }
                    else if (!row.RatingDate.TryGetDate(out _))
                    {
                        context.AddFailure($"{key}.RatingDate", $"Date of the rating of CQC location {n} must be a real date");
                    }
                }
            }

            var duplicates = rows.Where(r => !r.IsBlank && !string.IsNullOrWhiteSpace(r.LocationId))
                .GroupBy(r => r.LocationId!.Trim()).Any(g => g.Count() > 1);
            if (duplicates)
            {
                context.AddFailure(nameof(ProviderFormViewModel.CqcLocations), "Each CQC location can be listed only once");
            }
        });
    }

    [GeneratedRegex(@"^\d{6,8}(-\d{1,2})?$")]
    private static partial Regex CharityNumberPattern();

    [GeneratedRegex(@"^(\d{8}|[A-Za-z]{2}\d{6})$")]
    private static partial Regex CompanyNumberPattern();

    [GeneratedRegex(@"^1-\d{6,12}$")]
    private static partial Regex CqcLocationIdPattern();
}
