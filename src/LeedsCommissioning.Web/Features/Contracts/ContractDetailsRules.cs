using FluentValidation;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>The fields that describe a contract, on the new-contract form and on the "Change contract details" form.</summary>
public interface IContractDetailsFields
{
    string? Reference { get; }

    string? Title { get; }

    string? Description { get; }

    ServiceArea? ServiceArea { get; }

    int? CommissioningOrganisationId { get; }

    string? ResponsibleCommissionerId { get; }

    AgreementType? AgreementType { get; }

    PaymentMechanism? PaymentMechanism { get; }

    ContractAwardRoute? ProcurementRoute { get; }

    string? RequiredSmallShare { get; }
}

/// <summary>The shape of a contract's details, worded to GOV.UK's error guidance; included by both forms' validators.</summary>
public sealed class ContractDetailsRules : AbstractValidator<IContractDetailsFields>
{
    public ContractDetailsRules()
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
        RuleFor(m => m.RequiredSmallShare).Custom((text, context) =>
        {
            if (ContractFormValidator.CheckPercentage(text) is { } message)
            {
                context.AddFailure(context.PropertyPath, message);
            }
        });
    }

    /// <summary>"30", "30%" and "12.5" as a number; null when blank or not a number.</summary>
    public static decimal? Percent(string? text) =>
        decimal.TryParse(text?.Trim().TrimEnd('%').Trim(), System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out var percent) ? percent : null;
}
