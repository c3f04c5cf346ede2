using FluentValidation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>
/// Every form that changes a draft opportunity (details, lots, reasons, evaluation model, questions) and the
/// approval carry the opportunity's version. A change to any part bumps it (the audit interceptor touches the
/// root), so an officer's stale form, or a director approving a Keep it Local panel that has since changed,
/// is refused with who changed it and when, and what the person typed stays in the form.
/// </summary>
public static class OpportunityEdits
{
    /// <summary>Saved, or not (the reason is in <paramref name="modelState"/>); <c>Version</c> is the one to put back in the form.</summary>
    public sealed record Result(bool Saved, int Version);

    public static async Task<Result> TrySaveAsync(CommissioningDbContext db, Opportunity opportunity, int seenVersion, Action change,
        ModelStateDictionary modelState)
    {
        var version = seenVersion;
        var saved = await db.TrySaveFormAsync(opportunity, seenVersion, modelState, "opportunity", v => version = v, change);
        return new Result(saved, version);
    }

    /// <summary>
    /// A form's POST: validates <paramref name="model"/>, then saves <paramref name="change"/> as
    /// <see cref="TrySaveAsync"/> does. False when either refuses (the reasons are in <paramref name="modelState"/>);
    /// the model then carries the version to save against next time.
    /// </summary>
    public static async Task<bool> ValidateAndSaveAsync<TModel>(CommissioningDbContext db, Opportunity opportunity, TModel model,
        IValidator<TModel> validator, Action change, ModelStateDictionary modelState)
        where TModel : IOpportunityForm
    {
        if (!await modelState.ValidateAsync(validator, model))
        {
            return false;
        }

        var saved = await TrySaveAsync(db, opportunity, model.Version, change, modelState);
        model.Version = saved.Version;
        return saved.Saved;
    }

    /// <summary>
    /// A button on a page (publish, return to draft, remove a lot or question, start evaluation): does
    /// <paramref name="action"/> to the loaded opportunity, saves, and goes back to <paramref name="redirectTo"/>
    /// with a success banner or the rule that refused it.
    /// </summary>
    public static async Task<IActionResult> ActAsync(Controller controller, CommissioningDbContext db, Opportunity? opportunity,
        Action<Opportunity> action, string success, string redirectTo, string? body = null)
    {
        if (opportunity is null)
        {
            return controller.NotFound();
        }

        var result = await db.SaveVersionedAsync(opportunity, opportunity.Version, () => action(opportunity));
        if (result.Saved)
        {
            controller.TempData["Success"] = success;
            if (body is not null)
            {
                controller.TempData["SuccessBody"] = body;
            }
        }
        else
        {
            controller.TempData["Error"] = result.Explain("opportunity");
        }

        return controller.Redirect(redirectTo);
    }
}
