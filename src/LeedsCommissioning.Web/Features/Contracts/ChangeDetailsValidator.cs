using FluentValidation;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed class ChangeDetailsValidator : AbstractValidator<ChangeDetailsViewModel>
{
    public ChangeDetailsValidator() => Include(new ContractDetailsRules());
}
