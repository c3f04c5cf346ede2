using System.Globalization;
using FluentValidation;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>Issue 4's provider rules, every row in one pass (the entity enforces them again when saving).</summary>
public sealed class ChangeProvidersValidator : AbstractValidator<ChangeProvidersViewModel>
{
    public ChangeProvidersValidator() =>
        RuleFor(m => m).Custom((m, context) => ContractFormValidator.CheckProviders(
            m.Providers, m.AnnualValue.ToString("0.00", CultureInfo.InvariantCulture), m.ProviderOptions, context.AddFailure));
}
