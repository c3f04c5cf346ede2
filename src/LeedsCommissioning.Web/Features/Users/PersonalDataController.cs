using FluentValidation;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Users;

/// <summary>
/// An administrator, from a person's page, downloads their personal data or erases it where the law allows (issue 16,
/// docs/security.md "Personal data"). Both are kept in the account's history.
/// </summary>
[Route("admin/users/{id}")]
[Authorize(Policies.ManageUsers)]
public sealed class PersonalDataController(CommissioningDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : Controller
{
    /// <summary>The person's data as one JSON file; the download is recorded in their account's history before it is written.</summary>
    [HttpGet("personal-data.json")]
    public async Task<IActionResult> Download(string id)
    {
        var user = await db.Users.Include(u => u.Provider).Include(u => u.CommissioningOrganisation).SingleOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return NotFound();
        }

        var roles = (await users.GetRolesAsync(user)).ToList();
        db.AccountEvents.Add(AccountEvent.PersonalDataExported(user.Id, users.GetUserId(User)!, User.DisplayName(), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
        var now = clock.GetUtcNow();
        var name = $"personal-data-{UkTime.DateOf(now.UtcDateTime):yyyy-MM-dd}.json";
        return new PersonalDataResult(name, (body, cancellationToken) => PersonalData.WriteAsync(db, user, roles, now, body, cancellationToken));
    }

    /// <summary>
    /// The records whose typed text names the person (their name or e-mail address, or what the administrator types instead):
    /// what erasure does not change, for the administrator to review with each record's owner before or after erasing.
    /// </summary>
    [HttpGet("named-in-text")]
    public async Task<IActionResult> NamedInText(string id, string? lookFor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var erased = await ErasedAsync(id);
        lookFor = string.IsNullOrWhiteSpace(lookFor) ? null : lookFor.Trim();
        if (lookFor is { Length: < Users.NamedInText.ShortestLookedFor or > 200 })
        {
            ModelState.AddModelError(nameof(NamedInTextViewModel.LookFor), lookFor.Length > 200
                ? "The name or email address to look for must be 200 characters or fewer"
                : $"Enter at least {Users.NamedInText.ShortestLookedFor} characters of a name or email address to look for");
            return View(new NamedInTextViewModel { Id = id, Name = user.DisplayName, Erased = erased, LookFor = lookFor });
        }

        var terms = lookFor is null ? Users.NamedInText.Defaults(user, erased) : [lookFor];
        var (mentions, more) = await Users.NamedInText.FindAsync(db, terms, cancellationToken);
        return View(new NamedInTextViewModel
        {
            Id = id, Name = user.DisplayName, Erased = erased, LookFor = lookFor, LookedFor = terms, Mentions = mentions, More = more,
        });
    }

    /// <summary>"Erase personal data" only opens this page; it says first when the law keeps the name on a record.</summary>
    [HttpGet("erase")]
    public async Task<IActionResult> Erase(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || await ErasedAsync(id))
        {
            return NotFound();
        }

        var model = ConfirmErase(user, null);
        await RefuseAsync(user);
        return View("ConfirmAction", model);
    }

    [HttpPost("erase")]
    public async Task<IActionResult> Erase(string id, ConfirmActionForm form, [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || await ErasedAsync(id))
        {
            return NotFound();
        }

        var model = ConfirmErase(user, form.Reason);
        if (!await ModelState.ValidateAsync(validator, model) | await RefuseAsync(user))
        {
            return View("ConfirmAction", model);
        }

        var name = user.DisplayName;
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            try
            {
                if (await ErasedAsync(id))
                {
                    // Erased by someone else at the same moment.
                    return Redirect($"/admin/users/{user.Id}");
                }

                if (await EraseAsync(user, form.Reason!))
                {
                    await transaction.CommitAsync();
                    break;
                }
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The database refused the pseudonym's sign-in name: another erasure saved it first (see EraseAsync).
            }

            await transaction.RollbackAsync();
            if (attempt == 3)
            {
                throw new InvalidOperationException($"Three erasures at the same moment took the pseudonym chosen for {id}");
            }

            // Start again with the next number.
            db.ChangeTracker.Clear();
            user = await users.FindByIdAsync(id) ?? throw new InvalidOperationException($"No user {id}");
        }

        TempData["Success"] = $"{name}'s personal data has been erased";
        TempData["SuccessBody"] = $"They are now {user.DisplayName}. Everything they did keeps that name, and they cannot sign in.";
        return Redirect($"/admin/users/{user.Id}");
    }

    /// <summary>
    /// Erases the person inside the caller's transaction, as "Former user N" and former-user-N@erased.invalid. N is the next
    /// number after the erasures so far that no account's sign-in name holds. Two erasures at the same moment may both choose
    /// it: the sign-in name is unique in the database (Identity's UserNameIndex, on every provider), so only one can save it,
    /// and the other fails (<see cref="DbUpdateException"/>, or false when Identity sees it first) and is tried again. The
    /// pseudonym's name and address are set together from the same N, so the name is as unique.
    /// </summary>
    private async Task<bool> EraseAsync(ApplicationUser user, string reason)
    {
        var number = await db.AccountEvents.CountAsync(e => e.Kind == AccountEventKind.PersonalDataErased) + 1;
        while (await users.FindByNameAsync(PseudonymEmail(number)) is not null || await users.FindByEmailAsync(PseudonymEmail(number)) is not null)
        {
            number++;
        }

        var pseudonym = $"Former user {number}";
        var email = user.Email;
        user.DisplayName = pseudonym;
        user.JobTitle = null;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.Email = user.UserName = PseudonymEmail(number);
        user.PasswordHash = null;
        user.TwoFactorEnabled = false;
        user.LockoutEnabled = true;
        user.LockoutEnd = ApplicationUser.LockedByAdministrator;
        if (Taken(await users.UpdateAsync(user)))
        {
            return false;
        }

        Check(await users.UpdateSecurityStampAsync(user));
        await PersonalData.PseudonymiseRecordsAsync(db, user.Id, email, pseudonym, PseudonymEmail(number));
        db.AccountEvents.Add(AccountEvent.PersonalDataErased(user.Id, users.GetUserId(User)!, User.DisplayName(), clock.GetUtcNow().UtcDateTime, reason));
        await db.SaveChangesAsync();
        // The authenticator key and recovery codes, and any other sign-in the account had.
        await db.UserTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync();
        await db.UserLogins.Where(l => l.UserId == user.Id).ExecuteDeleteAsync();
        await db.UserClaims.Where(c => c.UserId == user.Id).ExecuteDeleteAsync();
        return true;
    }

    private static string PseudonymEmail(int number) => $"former-user-{number}@erased.invalid";

    private Task<bool> ErasedAsync(string id) =>
        db.AccountEvents.AnyAsync(e => e.UserId == id && e.Kind == AccountEventKind.PersonalDataErased);

    /// <summary>True, with the reason on the page, when the person may not be erased: the administrator themselves, or a record keeps their name.</summary>
    private async Task<bool> RefuseAsync(ApplicationUser user)
    {
        var refusal = user.Id == users.GetUserId(User)
            ? "You cannot erase your own personal data. Ask another administrator"
            : await PersonalData.RefusalAsync(db, user.Id, clock.UkToday());
        if (refusal is null)
        {
            return false;
        }

        ModelState.AddModelError("", refusal);
        return true;
    }

    private static ConfirmActionViewModel ConfirmErase(ApplicationUser user, string? reason) => new()
    {
        Caption = user.DisplayName,
        Question = $"Are you sure you want to erase {user.DisplayName}'s personal data?",
        WhatHappens =
        [
            "their name becomes \u201cFormer user\u201d and a number everywhere the portal shows it: the users list, the audit trail, contract histories and the records they made",
            "their email address, phone number and job title are removed, and so are the e-mails sent to them",
            "they can no longer sign in: their password, two-factor authentication and recovery codes are removed",
            "the records they made and the audit trail stay, pointing at the same account",
        ],
        Warning = "Download their personal data first if they have asked for a copy.",
        Action = $"/admin/users/{user.Id}/erase",
        ReasonLabel = "Why are you erasing their personal data?",
        ReasonHint = "For example, the request's reference. This is kept in the account's history.",
        ReasonRequired = true,
        ReasonMissing = "Enter why you are erasing this person's personal data",
        Reason = reason,
        Button = "Erase personal data",
        ButtonIsWarning = true,
        CancelHref = $"/admin/users/{user.Id}",
        FieldsPartial = "~/Features/Users/_NamedInTextLink.cshtml",
        FieldsModel = user.Id,
    };

    /// <summary>Identity's own check found the pseudonym's address taken, or the account changed, since it was chosen; other failures throw.</summary>
    private static bool Taken(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)
                or nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return true;
        }

        Check(result);
        return false;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>The JSON download, written as it is read (Content-Disposition attachment, so it is saved, never shown).</summary>
    private sealed class PersonalDataResult(string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.ContentType = "application/json; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            await write(response.Body, context.HttpContext.RequestAborted);
        }
    }
}
