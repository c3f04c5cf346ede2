using FluentValidation;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed class UploadDocumentValidator : AbstractValidator<UploadDocumentViewModel>
{
    public UploadDocumentValidator()
    {
        RuleFor(m => m.Kind).NotNull().WithMessage("Select what kind of document it is")
            .IsInEnum().WithMessage("Select what kind of document it is");
        RuleFor(m => m.File).NotNull().WithMessage("Select a file");
        RuleFor(m => m.File!.FileName).MaximumLength(255).WithMessage("The file name must be 255 characters or fewer")
            .When(m => m.File is not null);
    }
}
