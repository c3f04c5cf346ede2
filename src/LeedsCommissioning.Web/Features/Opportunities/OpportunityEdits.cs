using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

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
        ModelStateDictionary modelState, string whatNow = "Your changes have not been saved. They are still in the form below: check the opportunity, then save again.")
    {
        if (opportunity.Version == seenVersion)
        {
            db.ExpectVersion(opportunity, seenVersion);
            try
            {
                change();
                await db.SaveChangesAsync();
                return new Result(true, opportunity.Version);
            }
            catch (DomainException ex)
            {
                modelState.AddDomainError(ex);
                return new Result(false, seenVersion);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved between our read and our write: fall through to the conflict.
            }
        }

        db.ChangeTracker.Clear();
        modelState.AddModelError("", await MessageAsync(db, opportunity.Id, whatNow));
        return new Result(false, await db.Opportunities.AsNoTracking().Where(o => o.Id == opportunity.Id).Select(o => o.Version).SingleAsync());
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

        try
        {
            action(opportunity);
            await db.SaveChangesAsync();
            controller.TempData["Success"] = success;
            if (body is not null)
            {
                controller.TempData["SuccessBody"] = body;
            }
        }
        catch (DomainException ex)
        {
            controller.TempData["Error"] = ex.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            controller.TempData["Error"] = "Someone else changed this opportunity at the same time. Check it and try again.";
        }

        return controller.Redirect(redirectTo);
    }

    public static Task<string> MessageAsync(CommissioningDbContext db, int id, string whatNow) =>
        EditConflicts.MessageAsync(db, nameof(Opportunity), id, "opportunity", whatNow);
}

/// <summary>A form that changes an opportunity and carries the version it was opened at.</summary>
public interface IOpportunityForm
{
    int Version { get; set; }
}
