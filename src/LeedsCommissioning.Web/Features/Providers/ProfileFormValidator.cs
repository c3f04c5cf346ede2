using FluentValidation;

namespace LeedsCommissioning.Web.Features.Providers;

public sealed class ProfileFormValidator : AbstractValidator<ProfileFormViewModel>
{
    public ProfileFormValidator()
    {
        RuleFor(m => m.Description).MaximumLength(4000).WithMessage("Description must be 4,000 characters or fewer");
        RuleFor(m => m.Contacts).Custom((rows, context) => ContactRowsValidator.Validate(rows, nameof(ProfileFormViewModel.Contacts), context));
    }
}
