using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Features.Account;
using LeedsCommissioning.Web.Features.Shared;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Users;

/// <summary>Administrators manage who can use the portal. Accounts are locked, never deleted, so the audit trail keeps its names.</summary>
[Route("admin/users")]
[Authorize(Policies.ManageUsers)]
public sealed class UsersController(
    CommissioningDbContext db, UserManager<ApplicationUser> users, IEmailSender email, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? search, string? role, int page = 1)
    {
        var model = new UsersIndexViewModel { Search = search, Role = role, Page = Math.Max(1, page) };
        var query = Matching(search, role);
        model.TotalCount = await query.CountAsync();
        var now = clock.GetUtcNow();
        model.Rows = (await query.Skip((model.Page - 1) * model.PageSize).Take(model.PageSize).ToListAsync()).Select(x => x.Row(now)).ToList();
        return View(model);
    }

    /// <summary>Every user the filters match, as a CSV file or an Excel workbook.</summary>
    [HttpGet("export.csv")]
    public IActionResult ExportCsv(string? search, string? role) => UserRow.Export.Csv(All(search, role), clock.UkToday());

    [HttpGet("export.xlsx")]
    public IActionResult ExportXlsx(string? search, string? role) => UserRow.Export.Xlsx(All(search, role), clock.UkToday());

    private async IAsyncEnumerable<UserRow> All(string? search, string? role)
    {
        var now = clock.GetUtcNow();
        await foreach (var listed in Matching(search, role).AsAsyncEnumerable())
        {
            yield return listed.Row(now);
        }
    }

    /// <summary>The users whose name or e-mail contains the search and who have the role, by name.</summary>
    private IQueryable<UserListed> Matching(string? search, string? role)
    {
        var query = from u in db.Users.AsNoTracking()
                    join ur in db.UserRoles on u.Id equals ur.UserId into urs
                    from ur in urs.DefaultIfEmpty()
                    join r in db.Roles on ur.RoleId equals r.Id into rs
                    from r in rs.DefaultIfEmpty()
                    select new { u, RoleName = r == null ? "" : r.Name };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            query = query.Where(x => x.u.DisplayName.ToLower().Contains(term) || x.u.Email!.ToLower().Contains(term));
        }

        if (!string.IsNullOrEmpty(role))
        {
            query = query.Where(x => x.RoleName == role);
        }

        return query.OrderBy(x => x.u.DisplayName)
            .Select(x => new UserListed
            {
                Id = x.u.Id, DisplayName = x.u.DisplayName, Email = x.u.Email, RoleName = x.RoleName,
                Organisation = x.u.Provider != null ? x.u.Provider.Name : x.u.CommissioningOrganisation != null ? x.u.CommissioningOrganisation.Name : null,
                LockoutEnd = x.u.LockoutEnd, LastSignedInAtUtc = x.u.LastSignedInAtUtc, InvitationPending = x.u.PasswordHash == null,
            });
    }

    /// <summary>A user's columns as read; whether the lockout is current is decided here (SQLite cannot compare offsets).</summary>
    private sealed class UserListed
    {
        public string Id { get; init; } = "";

        public string DisplayName { get; init; } = "";

        public string? Email { get; init; }

        public string? RoleName { get; init; }

        public string? Organisation { get; init; }

        public DateTimeOffset? LockoutEnd { get; init; }

        public DateTime? LastSignedInAtUtc { get; init; }

        public bool InvitationPending { get; init; }

        public UserRow Row(DateTimeOffset now) =>
            new(Id, DisplayName, Email ?? "", RoleName ?? "", Organisation, LockoutEnd > now, InvitationPending, LastSignedInAtUtc);
    }

    [HttpGet("new")]
    public async Task<IActionResult> New() => View("Form", await WithOptions(new UserFormViewModel()));

    [HttpPost("new")]
    public async Task<IActionResult> New(UserFormViewModel model, [FromServices] IValidator<UserFormViewModel> validator)
    {
        model.Id = null;
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("Form", await WithOptions(model));
        }

        if (await users.FindByEmailAsync(model.Email!) is not null)
        {
            ModelState.AddModelError(nameof(model.Email), "There is already an account with this email address");
            return View("Form", await WithOptions(model));
        }

        var user = new ApplicationUser
        {
            UserName = model.Email!.Trim(),
            Email = model.Email.Trim(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        Apply(model, user);
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, model.Role!));
        await QueueInvitation(user);
        TempData["Success"] = $"{user.DisplayName} has been invited";
        TempData["SuccessBody"] = $"We have sent {user.Email} a link to choose a password.";
        return Redirect($"/admin/users/{user.Id}");
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id)
    {
        var user = await db.Users.AsNoTracking().Include(u => u.Provider).Include(u => u.CommissioningOrganisation)
            .SingleOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return NotFound();
        }

        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        var history = await db.AccountEvents.AsNoTracking().Where(e => e.UserId == id).OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Select(e => new AccountEventRow(e.Kind, e.ByName, e.AtUtc, e.Reason)).ToListAsync();
        return View(new UserDetailsViewModel(
            user.Id, user.DisplayName, user.Email ?? "", user.JobTitle, role,
            user.Provider?.Name, user.CommissioningOrganisation?.Name, user.LockoutEnd > clock.GetUtcNow(),
            user.PasswordHash is null, user.TwoFactorEnabled, user.CreatedAtUtc, user.LastSignedInAtUtc, user.Id == users.GetUserId(User), history));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var model = new UserFormViewModel
        {
            Id = user.Id,
            ConcurrencyStamp = user.ConcurrencyStamp,
            Name = user.DisplayName,
            Email = user.Email,
            JobTitle = user.JobTitle,
            Role = (await users.GetRolesAsync(user)).FirstOrDefault(),
            ProviderId = user.ProviderId,
            CommissioningOrganisationId = user.CommissioningOrganisationId,
        };
        return View("Form", await WithOptions(model));
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, UserFormViewModel model, [FromServices] IValidator<UserFormViewModel> validator)
    {
        model.Id = id;
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("Form", await WithOptions(model));
        }

        if (user.ConcurrencyStamp != model.ConcurrencyStamp)
        {
            return await ChangedAsync(model, user);
        }

        var existing = await users.FindByEmailAsync(model.Email!);
        if (existing is not null && existing.Id != user.Id)
        {
            ModelState.AddModelError(nameof(model.Email), "There is already an account with this email address");
            return View("Form", await WithOptions(model));
        }

        var currentRoles = await users.GetRolesAsync(user);
        try
        {
            LastAdministratorRule.EnsureAllowed(
                await CountActiveAdministrators(), await IsActiveAdministrator(user), model.Role == Roles.Administrator);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(model.Role), ex.Message);
            return View("Form", await WithOptions(model));
        }

        Apply(model, user);
        user.Email = user.UserName = model.Email!.Trim();
        var updated = await users.UpdateAsync(user);
        if (updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // Saved by someone else between this request's read and its write.
            return await ChangedAsync(model, await db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        }

        Check(updated);
        if (!currentRoles.SequenceEqual([model.Role!]))
        {
            Check(await users.RemoveFromRolesAsync(user, currentRoles));
            Check(await users.AddToRoleAsync(user, model.Role!));
            // Ends their other sessions within minutes, so the new role takes effect.
            Check(await users.UpdateSecurityStampAsync(user));
        }

        TempData["Success"] = $"{user.DisplayName}'s account has been updated";
        return Redirect($"/admin/users/{user.Id}");
    }

    /// <summary>"Lock account" only opens this page (docs/patterns.md, confirming an irreversible action).</summary>
    [HttpGet("{id}/lock")]
    public async Task<IActionResult> Lock(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : View("ConfirmAction", ConfirmLock(user, null));
    }

    /// <summary>Locks the account, from the confirmation page only, with the reason the administrator owes, kept in the account's history.</summary>
    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id, ConfirmActionForm form, [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var model = ConfirmLock(user, form.Reason);
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("ConfirmAction", model);
        }

        try
        {
            if (user.Id == users.GetUserId(User))
            {
                throw new DomainException("You cannot lock your own account.");
            }

            LastAdministratorRule.EnsureAllowed(await CountActiveAdministrators(), await IsActiveAdministrator(user), false);
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AccountEvents.Add(AccountEvent.Locked(user.Id, users.GetUserId(User)!, User.DisplayName(), clock.GetUtcNow().UtcDateTime, form.Reason));
            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, ApplicationUser.LockedByAdministrator));
            Check(await users.UpdateSecurityStampAsync(user));
            await transaction.CommitAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(ex);
            return View("ConfirmAction", model);
        }

        TempData["Success"] = $"{user.DisplayName}'s account has been locked";
        TempData["SuccessBody"] = "They are signed out within 5 minutes and cannot sign in until you unlock the account.";
        return Redirect($"/admin/users/{user.Id}");
    }

    /// <summary>"Unlock account" only opens this page.</summary>
    [HttpGet("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : View("ConfirmAction", ConfirmUnlock(user, null));
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id, ConfirmActionForm form, [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var model = ConfirmUnlock(user, form.Reason);
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("ConfirmAction", model);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AccountEvents.Add(AccountEvent.Unlocked(user.Id, users.GetUserId(User)!, User.DisplayName(), clock.GetUtcNow().UtcDateTime, form.Reason));
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            await transaction.CommitAsync();
        }

        TempData["Success"] = $"{user.DisplayName}'s account has been unlocked";
        return Redirect($"/admin/users/{user.Id}");
    }

    /// <summary>"Reset two-factor authentication" only opens this page: for someone who lost their phone and their recovery codes.</summary>
    [HttpGet("{id}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null || !user.TwoFactorEnabled ? NotFound() : View("ConfirmAction", ConfirmResetTwoFactor(user, null));
    }

    [HttpPost("{id}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id, ConfirmActionForm form, [FromServices] IValidator<ConfirmActionViewModel> validator)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || !user.TwoFactorEnabled)
        {
            return NotFound();
        }

        var model = ConfirmResetTwoFactor(user, form.Reason);
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("ConfirmAction", model);
        }

        if (user.Id == users.GetUserId(User))
        {
            ModelState.AddModelError(nameof(form.Reason), "You cannot reset your own two-factor authentication. Ask another administrator");
            return View("ConfirmAction", model);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AccountEvents.Add(AccountEvent.TwoFactorReset(user.Id, users.GetUserId(User)!, User.DisplayName(), clock.GetUtcNow().UtcDateTime, form.Reason));
            Check(await users.SetTwoFactorEnabledAsync(user, false));
            Check(await users.ResetAuthenticatorKeyAsync(user));
            await transaction.CommitAsync();
        }

        TempData["Success"] = $"{user.DisplayName}'s two-factor authentication has been reset";
        TempData["SuccessBody"] = "They sign in with their password and can set it up again from their account. If they are an administrator, they must set it up again when they next sign in.";
        return Redirect($"/admin/users/{user.Id}");
    }

    [HttpPost("{id}/send-invitation")]
    public async Task<IActionResult> SendInvitation(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await QueueInvitation(user);
        TempData["Success"] = $"A new link has been sent to {user.Email}";
        return Redirect($"/admin/users/{user.Id}");
    }

    private static ConfirmActionViewModel ConfirmLock(ApplicationUser user, string? reason) => new()
    {
        Caption = user.DisplayName,
        Question = $"Are you sure you want to lock {user.DisplayName}'s account?",
        WhatHappens =
        [
            $"{user.DisplayName} is signed out within 5 minutes and can no longer sign in",
            "everything they did stays, with their name on it: accounts are locked, never deleted",
            $"we do not e-mail {user.DisplayName}",
        ],
        CannotBeUndone = false,
        Warning = $"{user.DisplayName} cannot sign in again until an administrator unlocks the account.",
        Action = $"/admin/users/{user.Id}/lock",
        ReasonLabel = "Why are you locking this account?",
        ReasonHint = "This is kept in the account's history.",
        ReasonRequired = true,
        ReasonMissing = "Enter why you are locking this account",
        Reason = reason,
        Button = "Lock account",
        ButtonIsWarning = true,
        CancelHref = $"/admin/users/{user.Id}",
    };

    private static ConfirmActionViewModel ConfirmUnlock(ApplicationUser user, string? reason) => new()
    {
        Caption = user.DisplayName,
        Question = $"Are you sure you want to unlock {user.DisplayName}'s account?",
        WhatHappens =
        [
            $"{user.DisplayName} can sign in again with their password, with the role they had",
            "if they have forgotten their password, they can reset it from the sign-in page",
        ],
        CannotBeUndone = false,
        Action = $"/admin/users/{user.Id}/unlock",
        ReasonLabel = "Why are you unlocking this account?",
        ReasonHint = "This is kept in the account's history.",
        Reason = reason,
        Button = "Unlock account",
        CancelHref = $"/admin/users/{user.Id}",
    };

    private static ConfirmActionViewModel ConfirmResetTwoFactor(ApplicationUser user, string? reason) => new()
    {
        Caption = user.DisplayName,
        Question = $"Are you sure you want to reset {user.DisplayName}'s two-factor authentication?",
        WhatHappens =
        [
            $"{user.DisplayName} signs in with their password only, and their authenticator app and recovery codes stop working",
            "they are signed out within 5 minutes",
            "if they are an administrator, they must set it up again when they next sign in",
        ],
        CannotBeUndone = false,
        Warning = "Only do this when you are sure who is asking: someone who has their password could then sign in without the code.",
        Action = $"/admin/users/{user.Id}/reset-two-factor",
        ReasonLabel = "Why are you resetting it?",
        ReasonHint = "For example, how you checked who asked. This is kept in the account's history.",
        ReasonRequired = true,
        ReasonMissing = "Enter why you are resetting their two-factor authentication",
        Reason = reason,
        Button = "Reset two-factor authentication",
        ButtonIsWarning = true,
        CancelHref = $"/admin/users/{user.Id}",
    };

    private async Task QueueInvitation(ApplicationUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        email.Queue(EmailKinds.AccountInvitation, user.Email!, "Your Leeds Commissioning account",
            PasswordEmails.Invitation(user.DisplayName, User.DisplayName(), PasswordEmails.Link(Request, user.Email!, token)));
        await db.SaveChangesAsync();
    }

    private static void Apply(UserFormViewModel model, ApplicationUser user)
    {
        user.DisplayName = model.Name!.Trim();
        user.JobTitle = string.IsNullOrWhiteSpace(model.JobTitle) ? null : model.JobTitle.Trim();
        user.ProviderId = model.Role == Roles.ProviderUser ? model.ProviderId : null;
        user.CommissioningOrganisationId = model.Role == Roles.ProviderUser ? null : model.CommissioningOrganisationId;
    }

    private async Task<int> CountActiveAdministrators()
    {
        var now = clock.GetUtcNow();
        var admins = await users.GetUsersInRoleAsync(Roles.Administrator);
        return admins.Count(a => a.LockoutEnd is null || a.LockoutEnd <= now);
    }

    private async Task<bool> IsActiveAdministrator(ApplicationUser user) =>
        (user.LockoutEnd is null || user.LockoutEnd <= clock.GetUtcNow()) && await users.IsInRoleAsync(user, Roles.Administrator);

    private async Task<UserFormViewModel> WithOptions(UserFormViewModel model)
    {
        model.ProviderOptions = await db.Providers.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync();
        model.OrganisationOptions = await db.CommissioningOrganisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync();
        return model;
    }

    /// <summary>
    /// The form again after the account was changed since it was opened (by another administrator, or by the person themselves:
    /// signing in changes it too): what was typed kept, the account's current stamp carried, so saving again keeps it.
    /// Accounts are not in the audit trail, so the message cannot say who.
    /// </summary>
    private async Task<IActionResult> ChangedAsync(UserFormViewModel model, ApplicationUser current)
    {
        ModelState.AddModelError("", EditConflicts.Message(new EditConflict("Someone else", null, [], []), "account", EditConflicts.FormNotSaved));
        model.ConcurrencyStamp = current.ConcurrencyStamp;
        return View("Form", await WithOptions(model));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
