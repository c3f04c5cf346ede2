using FluentValidation;
using FluentValidation.Results;
using LeedsCommissioning.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LeedsCommissioning.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Copies FluentValidation failures into ModelState, each against its field, in order.</summary>
    public static void AddFailures(this ModelStateDictionary modelState, ValidationResult result, string? prefix = null)
    {
        foreach (var failure in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? failure.PropertyName : $"{prefix}.{failure.PropertyName}";
            modelState.AddModelError(key, failure.ErrorMessage);
        }
    }

    /// <summary>Validates <paramref name="model"/> and copies any failures into ModelState. True when valid.</summary>
    public static async Task<bool> ValidateAsync<T>(this ModelStateDictionary modelState, IValidator<T> validator, T model, CancellationToken cancellationToken = default)
    {
        var result = await validator.ValidateAsync(model, cancellationToken);
        modelState.AddFailures(result);
        return modelState.IsValid;
    }

    /// <summary>Shows a rule's refusal against its field (or at the top of the page).</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException exception, string? prefix = null)
    {
        var key = exception.Field is null ? "" : string.IsNullOrEmpty(prefix) ? exception.Field : $"{prefix}.{exception.Field}";
        modelState.AddModelError(key, exception.Message);
    }
}
