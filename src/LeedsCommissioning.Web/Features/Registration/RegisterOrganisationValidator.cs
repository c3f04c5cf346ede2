using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Registration;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Registration;

public sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisationViewModel>
{
    public RegisterOrganisationValidator()
    {
        RuleFor(m => m.OrganisationName).NotEmpty().WithMessage("Enter your organisation's name")
            .MaximumLength(200).WithMessage("Organisation name must be 200 characters or fewer");
        RuleFor(m => m.Type).NotEmpty().WithMessage("Select what kind of organisation it is")
            .Must(t => Enum.TryParse<ProviderType>(t, out var type) && OrganisationApplication.TypesThatMayApply.Contains(type))
            .WithMessage("Select what kind of organisation it is").When(m => !string.IsNullOrEmpty(m.Type), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.CharityNumber).NotEmpty().WithMessage("Enter your charity number")
            .When(m => m.Type == nameof(ProviderType.RegisteredCharity));
        RuleFor(m => m.CompanyNumber).NotEmpty().WithMessage("Enter your company number: every community interest company has one")
            .When(m => m.Type == nameof(ProviderType.CommunityInterestCompany));
        RuleFor(m => m.Localities).NotEmpty().WithMessage("Select the parts of Leeds you work in").When(m => m.IsLeedsBased == true);
        RuleForEach(m => m.Localities).Must(l => Enum.TryParse<Locality>(l, out _)).WithMessage("Select the parts of Leeds you work in from the list");
        RuleFor(m => m.CharityNumber).Matches(@"^\d{6,8}(-\d{1,2})?$").WithMessage("Enter a charity number in the correct format, like 1123456")
            .When(m => !string.IsNullOrWhiteSpace(m.CharityNumber));
        RuleFor(m => m.CompanyNumber).Matches(@"^[A-Za-z0-9]{8}$").WithMessage("Enter a company number in the correct format, like 04567890")
            .When(m => !string.IsNullOrWhiteSpace(m.CompanyNumber));
        RuleFor(m => m.Postcode).NotEmpty().WithMessage("Enter your postcode")
            .Matches(@"^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$").WithMessage("Enter a real postcode, like LS7 3HB")
            .When(m => !string.IsNullOrWhiteSpace(m.Postcode), ApplyConditionTo.CurrentValidator);
        RuleFor(m => m.IsLeedsBased).NotNull().WithMessage("Select yes if your organisation is based in Leeds");
        RuleFor(m => m.AnnualIncome).Money("Annual income");
        RuleFor(m => m.Description).MaximumLength(2000).WithMessage("Description must be 2,000 characters or fewer");
        RuleFor(m => m.ApplicantName).NotEmpty().WithMessage("Enter your full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(m => m.ApplicantEmail).NotEmpty().WithMessage("Enter your email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        RuleFor(m => m.ApplicantJobTitle).MaximumLength(200).WithMessage("Job title must be 200 characters or fewer");
    }
}
