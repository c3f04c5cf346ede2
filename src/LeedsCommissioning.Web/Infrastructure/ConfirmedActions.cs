using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>The POST of a confirmation page (docs/patterns.md, "Confirming an irreversible action, with a reason").</summary>
public static class ConfirmedActions
{
    /// <summary>
    /// Checks the reason (<see cref="ConfirmActionValidator"/>), then does <paramref name="change"/> to
    /// <paramref name="entity"/> and saves it only while it is still at the version the page showed
    /// (<see cref="ConfirmActionViewModel.Version"/>, or the loaded one when the page carries none). False when
    /// anything refuses: the reason's error, the rule's refusal (on its field) or who changed the record since
    /// ("nothing has been changed") is in <paramref name="modelState"/>, and <paramref name="model"/> carries the
    /// version to act on next, so the page can be shown again with what was typed.
    /// </summary>
    public static async Task<bool> TryConfirmAsync<T>(this CommissioningDbContext db, T entity, ConfirmActionViewModel model,
        IValidator<ConfirmActionViewModel> validator, ModelStateDictionary modelState, string what, Action change)
        where T : class, IVersioned
    {
        // A record changed since the page was shown is refused first: the person has not seen what they would confirm.
        var current = model.Version is null || model.Version == entity.Version;
        if (current && !await modelState.ValidateAsync(validator, model))
        {
            return false;
        }

        var result = await db.SaveVersionedAsync(entity, model.Version ?? entity.Version, change);
        if (result.Refusal is { } refusal)
        {
            modelState.AddDomainError(refusal);
        }
        else if (result.Conflict is { } conflict)
        {
            modelState.AddModelError("", EditConflicts.Message(conflict, what, EditConflicts.ActionNotDone));
        }

        model.Version = result.Version;
        return result.Saved;
    }
}
