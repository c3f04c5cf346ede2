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

    /// <summary>Shows a rule's refusal: every problem it found against its field (or at the top of the page).</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException exception, string? prefix = null) =>
        modelState.AddDomainErrors(exception.Errors, prefix);

    /// <summary>
    /// Adds a rule's problems to what the validator found, in one pass (docs/patterns.md, "Question pages and
    /// validation"): each against its field, except a field that already has an error (its shape was wrong, so the
    /// rule could not read it), so one box never shows two messages.
    /// </summary>
    public static void AddDomainErrors(this ModelStateDictionary modelState, IEnumerable<DomainError> errors, string? prefix = null)
    {
        foreach (var error in errors)
        {
            var key = error.Field is null ? "" : string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            if (key.Length > 0 && modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            modelState.AddModelError(key, error.Message);
        }
    }
}
