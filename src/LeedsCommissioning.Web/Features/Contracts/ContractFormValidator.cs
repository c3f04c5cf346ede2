using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

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
        Include(new ContractDetailsRules());
        RuleFor(m => m.Status).IsInEnum().WithMessage("Select the status");

        RuleFor(m => m.StartDate).Custom((date, context) => CheckDate(date, "start date", context));
        RuleFor(m => m.InitialEndDate).Custom((date, context) => CheckDate(date, "end date", context));
        RuleFor(m => m.InitialEndDate)
            .Must((m, end) => end.ToDateOnly() > m.StartDate.ToDateOnly())
            .WithMessage("The end date must be after the start date")
            .When(m => m.StartDate.ToDateOnly() is not null && m.InitialEndDate.ToDateOnly() is not null);

        RuleFor(m => m.AnnualValue).Custom((text, context) => AddIf(context, MoneyText.Check(text, "Annual value")));

        RuleFor(m => m).Custom((m, context) => CheckProviders(m.Providers, m.AnnualValue, m.ProviderOptions, context.AddFailure));
        RuleFor(m => m).Custom((m, context) => CheckFunding(m.Funding, m.AnnualValue, m.Status ?? ContractStatus.Planned, context.AddFailure));
        RuleFor(m => m).Custom(CheckExtensions);
    }

    /// <summary>The required share for small community organisations: blank, or a percentage more than 0 and at most 100.</summary>
    internal static string? CheckPercentage(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var percent = ContractDetailsRules.Percent(text);
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
    internal static void CheckProviders(List<ProviderRow> providers, string? annualValue, IReadOnlyList<SelectListItem> providerOptions, Action<string, string> fail)
    {
        var seen = new Dictionary<int, int>();
        var sharesKnown = true;
        var others = 0m;
        for (var i = 0; i < providers.Count; i++)
        {
            var row = providers[i];
            if (row.IsBlank)
            {
                continue;
            }

            var key = $"Providers[{i}]";
            var name = ProviderName(providerOptions, row.ProviderId);
            if (row.ProviderId is not { } providerId)
            {
                fail($"{key}.ProviderId", $"Select provider {i + 1}");
            }
            else if (seen.TryGetValue(providerId, out var first))
            {
                fail($"{key}.ProviderId", $"{name} is already provider {first + 1}: a provider can appear only once on a contract");
            }
            else
            {
                seen[providerId] = i;
            }

            if (row.Role is null || !Enum.IsDefined(row.Role.Value))
            {
                fail($"{key}.Role", $"Select the role of {name}");
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
                    fail($"{key}.AnnualShare", error);
                    sharesKnown = false;
                }
            }
        }

        var rows = providers.Where(p => !p.IsBlank).ToList();
        var leads = rows.Count(p => p.Role == ProviderRole.Lead);
        if (rows.Count > 0 && leads != 1 && rows.All(p => p.Role is not null))
        {
            fail("Providers", leads == 0 ? "Select a lead provider: one provider must have the role Lead provider" : "A contract can have only one lead provider");
        }

        if (sharesKnown && MoneyText.Parse(annualValue) is { } value && value >= 0 && others > value)
        {
            fail("Providers",
                $"Partners' and subcontractors' shares add up to {UkTime.Money(others)}, which is {UkTime.Money(others - value)} more than the annual value of {UkTime.Money(value)}");
        }
    }

    /// <summary>Issue 4 and domain.md section 2: each funder once per stream, and the contributions add up to the annual value.</summary>
    internal static void CheckFunding(List<FundingRow> funding, string? annualValue, ContractStatus status, Action<string, string> fail)
    {
        var total = 0m;
        var amountsKnown = true;
        var seen = new HashSet<(int?, string?, FundingStream?)>();
        for (var i = 0; i < funding.Count; i++)
        {
            var row = funding[i];
            if (row.IsBlank)
            {
                continue;
            }

            var key = $"Funding[{i}]";
            var hasPartner = !string.IsNullOrWhiteSpace(row.PartnerName);
            if (row.FunderOrganisationId is null && !hasPartner)
            {
                fail($"{key}.FunderOrganisationId", $"Select funder {i + 1} or enter the partner's name");
            }
            else if (row.FunderOrganisationId is not null && hasPartner)
            {
                fail($"{key}.PartnerName", $"Select a funder or enter a partner's name for funder {i + 1}, not both");
            }
            else if (hasPartner && row.PartnerName!.Trim().Length > 200)
            {
                fail($"{key}.PartnerName", "The partner's name must be 200 characters or fewer");
            }

            if (row.Stream is null || !Enum.IsDefined(row.Stream.Value))
            {
                fail($"{key}.Stream", $"Select the funding stream of funder {i + 1}");
            }
            else if (!seen.Add((row.FunderOrganisationId, row.PartnerName?.Trim().ToUpperInvariant(), row.Stream)))
            {
                fail($"{key}.Stream", $"Funder {i + 1} is already listed for this funding stream: list each funder once for each stream");
            }

            var error = MoneyText.Check(row.AnnualAmount, $"Annual amount of funder {i + 1}");
            if (error is null)
            {
                total += MoneyText.Parse(row.AnnualAmount)!.Value;
            }
            else
            {
                fail($"{key}.AnnualAmount", error);
                amountsKnown = false;
            }
        }

        var any = funding.Any(f => !f.IsBlank);
        if (!any && status != ContractStatus.Planned)
        {
            fail("Funding", $"Add the funding contributions: a contract that is {status.ToDisplayName().ToLowerInvariant()} must have funding that adds up to its annual value");
            return;
        }

        if (any && amountsKnown && MoneyText.Check(annualValue, "Annual value") is null && MoneyText.Parse(annualValue) is { } value && total != value)
        {
            fail("Funding", FundingRule.Message(total, value));
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

    private static string ProviderName(IReadOnlyList<SelectListItem> providerOptions, int? providerId) =>
        providerOptions.FirstOrDefault(o => o.Value == providerId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text
        ?? "the provider";
}
