using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// The shape of the contract form, worded to GOV.UK's error guidance. The rules of issue 4 (end after
/// start; funding adds up to the annual value; partners' and subcontractors' shares never exceed it; a
/// provider once per contract; money non-negative with pence at most) are checked here too so every
/// mistake is reported at once, against its own field; the entity enforces them again when saving.
/// Provider names in messages come from <see cref="ContractFormViewModel.ProviderOptions"/>, so load the options first.
/// </summary>
public sealed class ContractFormValidator : AbstractValidator<ContractFormViewModel>
{
    public ContractFormValidator()
    {
        RuleFor(m => m.Reference).NotEmpty().WithMessage("Enter the contract reference")
            .MaximumLength(30).WithMessage("Reference must be 30 characters or fewer")
            .Matches("^[A-Za-z0-9][A-Za-z0-9/ -]*$").WithMessage("Reference must only include letters, numbers, hyphens, slashes and spaces");
        RuleFor(m => m.Title).NotEmpty().WithMessage("Enter the contract title")
            .MaximumLength(200).WithMessage("Title must be 200 characters or fewer");
        RuleFor(m => m.Description).MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer");
        RuleFor(m => m.ServiceArea).NotNull().WithMessage("Select the service area").IsInEnum().WithMessage("Select the service area");
        RuleFor(m => m.CommissioningOrganisationId).NotNull().WithMessage("Select the commissioning organisation");
        RuleFor(m => m.ResponsibleCommissionerId).NotEmpty().WithMessage("Select the responsible commissioner");
        RuleFor(m => m.AgreementType).NotNull().WithMessage("Select the type of agreement").IsInEnum().WithMessage("Select the type of agreement");
        RuleFor(m => m.PaymentMechanism).NotNull().WithMessage("Select the payment mechanism").IsInEnum().WithMessage("Select the payment mechanism");
        RuleFor(m => m.ProcurementRoute).NotNull().WithMessage("Select the procurement route").IsInEnum().WithMessage("Select the procurement route");
        RuleFor(m => m.Status).IsInEnum().WithMessage("Select the status");

        RuleFor(m => m.StartDate).Custom((date, context) => CheckDate(date, "start date", context));
        RuleFor(m => m.InitialEndDate).Custom((date, context) => CheckDate(date, "end date", context));
        RuleFor(m => m.InitialEndDate)
            .Must((m, end) => end.ToDateOnly() > m.StartDate.ToDateOnly())
            .WithMessage("The end date must be after the start date")
            .When(m => m.StartDate.ToDateOnly() is not null && m.InitialEndDate.ToDateOnly() is not null);

        RuleFor(m => m.AnnualValue).Custom((text, context) => AddIf(context, MoneyText.Check(text, "Annual value")));

        RuleFor(m => m.RequiredSmallShare).Custom((text, context) => AddIf(context, CheckPercentage(text)));

        RuleFor(m => m).Custom(CheckProviders);
        RuleFor(m => m).Custom(CheckFunding);
        RuleFor(m => m).Custom(CheckExtensions);
    }

    /// <summary>The required share for small community organisations: blank, or a percentage more than 0 and at most 100.</summary>
    private static string? CheckPercentage(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var percent = new ContractFormViewModel { RequiredSmallShare = text }.RequiredSmallSharePercent;
        return percent switch
        {
            null => "Required share for small community organisations must be a number, like 30",
            <= 0m or > 100m => "Required share for small community organisations must be more than 0% and no more than 100%",
            { } p when decimal.Round(p, 2) != p => "Required share for small community organisations must have no more than 2 decimal places",
            _ => null,
        };
    }

    private static void CheckDate(DateInputModel date, string name, ValidationContext<ContractFormViewModel> context)
    {
        if (date.IsEmpty)
        {
            context.AddFailure(context.PropertyPath, $"Enter the {name}");
        }
        else if (!date.TryGetDate(out _))
        {
            context.AddFailure(context.PropertyPath, $"The {name} must be a real date, like 1 4 2027");
        }
    }

    private static void AddIf(ValidationContext<ContractFormViewModel> context, string? message)
    {
        if (message is not null)
        {
            context.AddFailure(context.PropertyPath, message);
        }
    }

    /// <summary>Issue 4: a provider appears once; exactly one lead; partners' and subcontractors' shares fit in the annual value.</summary>
    private static void CheckProviders(ContractFormViewModel m, ValidationContext<ContractFormViewModel> context)
    {
        var seen = new Dictionary<int, int>();
        var sharesKnown = true;
        var others = 0m;
        for (var i = 0; i < m.Providers.Count; i++)
        {
            var row = m.Providers[i];
            if (row.IsBlank)
            {
                continue;
            }

            var key = $"Providers[{i}]";
            var name = ProviderName(m, row.ProviderId);
            if (row.ProviderId is not { } providerId)
            {
                context.AddFailure($"{key}.ProviderId", $"Select provider {i + 1}");
            }
            else if (seen.TryGetValue(providerId, out var first))
            {
                context.AddFailure($"{key}.ProviderId", $"{name} is already provider {first + 1}: a provider can appear only once on a contract");
            }
            else
            {
                seen[providerId] = i;
            }

            if (row.Role is null || !Enum.IsDefined(row.Role.Value))
            {
                context.AddFailure($"{key}.Role", $"Select the role of {name}");
                sharesKnown = false;
            }
            else if (row.Role != ProviderRole.Lead)
            {
                var error = MoneyText.Check(row.AnnualShare, $"Annual share of {name}");
                if (error is null)
                {
                    others += MoneyText.Parse(row.AnnualShare)!.Value;
                }
                else
                {
                    context.AddFailure($"{key}.AnnualShare", error);
                    sharesKnown = false;
                }
            }
        }

        var rows = m.Providers.Where(p => !p.IsBlank).ToList();
        var leads = rows.Count(p => p.Role == ProviderRole.Lead);
        if (rows.Count > 0 && leads != 1 && rows.All(p => p.Role is not null))
        {
            context.AddFailure("Providers", leads == 0 ? "Select a lead provider: one provider must have the role Lead provider" : "A contract can have only one lead provider");
        }

        if (sharesKnown && MoneyText.Parse(m.AnnualValue) is { } value && value >= 0 && others > value)
        {
            context.AddFailure("Providers",
                $"Partners' and subcontractors' shares add up to {UkTime.Money(others)}, which is {UkTime.Money(others - value)} more than the annual value of {UkTime.Money(value)}");
        }
    }

    /// <summary>Issue 4 and domain.md section 2: each funder once per stream, and the contributions add up to the annual value.</summary>
    private static void CheckFunding(ContractFormViewModel m, ValidationContext<ContractFormViewModel> context)
    {
        var total = 0m;
        var amountsKnown = true;
        var seen = new HashSet<(int?, string?, FundingStream?)>();
        for (var i = 0; i < m.Funding.Count; i++)
        {
            var row = m.Funding[i];
            if (row.IsBlank)
            {
                continue;
            }

            var key = $"Funding[{i}]";
            var hasPartner = !string.IsNullOrWhiteSpace(row.PartnerName);
            if (row.FunderOrganisationId is null && !hasPartner)
            {
                context.AddFailure($"{key}.FunderOrganisationId", $"Select funder {i + 1} or enter the partner's name");
            }
            else if (row.FunderOrganisationId is not null && hasPartner)
            {
                context.AddFailure($"{key}.PartnerName", $"Select a funder or enter a partner's name for funder {i + 1}, not both");
            }
            else if (hasPartner && row.PartnerName!.Trim().Length > 200)
            {
                context.AddFailure($"{key}.PartnerName", "The partner's name must be 200 characters or fewer");
            }

            if (row.Stream is null || !Enum.IsDefined(row.Stream.Value))
            {
                context.AddFailure($"{key}.Stream", $"Select the funding stream of funder {i + 1}");
            }
            else if (!seen.Add((row.FunderOrganisationId, row.PartnerName?.Trim().ToUpperInvariant(), row.Stream)))
            {
                context.AddFailure($"{key}.Stream", $"Funder {i + 1} is already listed for this funding stream: list each funder once for each stream");
            }

            var error = MoneyText.Check(row.AnnualAmount, $"Annual amount of funder {i + 1}");
            if (error is null)
            {
                total += MoneyText.Parse(row.AnnualAmount)!.Value;
            }
            else
            {
                context.AddFailure($"{key}.AnnualAmount", error);
                amountsKnown = false;
            }
        }

        var any = m.Funding.Any(f => !f.IsBlank);
        var status = m.Status ?? ContractStatus.Planned;
        if (!any && status != ContractStatus.Planned)
        {
            context.AddFailure("Funding", $"Add the funding contributions: a contract that is {status.ToDisplayName().ToLowerInvariant()} must have funding that adds up to its annual value");
            return;
        }

        if (any && amountsKnown && MoneyText.Check(m.AnnualValue, "Annual value") is null && MoneyText.Parse(m.AnnualValue) is { } value && total != value)
        {
            var difference = UkTime.Money(Math.Abs(total - value));
            context.AddFailure("Funding",
                $"Funding adds up to {UkTime.Money(total)}, which is {difference} {(total < value ? "less" : "more")} than the annual value of {UkTime.Money(value)}");
        }
    }

    private static void CheckExtensions(ContractFormViewModel m, ValidationContext<ContractFormViewModel> context)
    {
        for (var i = 0; i < m.NewExtensions.Count; i++)
        {
            var row = m.NewExtensions[i];
            if (row.IsBlank)
            {
                continue;
            }

            var key = $"NewExtensions[{i}]";
            if (NumberText.WholeNumber(row.Months) is not { } months || months < 1 || months > Contract.MaxExtensionMonths)
            {
                context.AddFailure($"{key}.Months", $"The extension's length must be a whole number of months between 1 and {Contract.MaxExtensionMonths}, like 24");
            }

            if (row.DecideBy.IsEmpty)
            {
                context.AddFailure($"{key}.DecideBy", "Enter the date by which to decide on the extension");
            }
            else if (!row.DecideBy.TryGetDate(out _))
            {
                context.AddFailure($"{key}.DecideBy", "The decide-by date must be a real date, like 30 9 2027");
            }
        }
    }

    private static string ProviderName(ContractFormViewModel m, int? providerId) =>
        m.ProviderOptions.FirstOrDefault(o => o.Value == providerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text
        ?? "the provider";
}
