using System.Text;
using FluentValidation;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.WebUtilities;

namespace LeedsCommissioning.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    CommissioningDbContext db,
    IEmailSender email,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    [Authorize(Policies.SignedIn)]
    public async Task<IActionResult> Index()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var roles = await userManager.GetRolesAsync(user);
        var off = await db.ReminderEmailOptOuts.AsNoTracking().Where(o => o.UserId == user.Id).Select(o => o.Kind).ToListAsync();
        var byEmail = Reminders.ReminderKindNames.All.Where(k => !off.Contains(k.ToString())).Select(k => Reminders.ReminderKindNames.ToDisplayName(k)).ToList();
        return View(new AccountViewModel(user.DisplayName, user.Email ?? "", user.JobTitle, roles.ToList(), byEmail, user.TwoFactorEnabled));
    }

    [HttpGet("sign-in")]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) => View(new SignInViewModel { ReturnUrl = returnUrl });

    [HttpPost("sign-in")]
    [EnableRateLimiting(SignInProtection.SignInAttempts)]
    [AllowAnonymous]
    public async Task<IActionResult> SignIn(SignInViewModel model, [FromServices] IValidator<SignInViewModel> validator)
    {
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var user = await userManager.FindByEmailAsync(model.Email!);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, model.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return Redirect("/account/sign-in/code" + (Url.IsLocalUrl(model.ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(model.ReturnUrl) : ""));
        }

        if (!result.Succeeded)
        {
            // One answer for an unknown address, a wrong password and a locked account, so the page never tells
            // anyone which addresses have accounts (docs/security.md). The page says how the lock-out works, and the
            // password reset e-mail, which only the mailbox's owner reads, says when an administrator has locked it.
            ModelState.AddModelError(nameof(model.Email), "Enter a correct email address and password");
            return View(model);
        }

        await RecordSignInAsync(userManager, user!, clock);
        return Url.IsLocalUrl(model.ReturnUrl) ? LocalRedirect(model.ReturnUrl) : Redirect("/");
    }

    /// <summary>Shown once the password is known to be right (the second step of signing in), so it gives nothing away.</summary>
    public const string LockedOutMessage =
        "Your account is locked because a password or code was entered wrongly too many times. Try again in 15 minutes, or reset your password";

    public static async Task RecordSignInAsync(UserManager<ApplicationUser> users, ApplicationUser user, TimeProvider clock)
    {
        user.LastSignedInAtUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
    }

    [HttpPost("sign-out")]
    [AllowAnonymous]
    public new async Task<IActionResult> SignOut()
    {
        await signInManager.SignOutAsync();
        TempData["Success"] = "You have signed out";
        return Redirect("/account/sign-in");
    }

    [HttpGet("access-denied")]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("forgot-password")]
    [AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(SignInProtection.SignInAttempts)]
    [AllowAnonymous]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordViewModel model, [FromServices] IValidator<ForgotPasswordViewModel> validator)
    {
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        // The same answer whether or not the account exists, so nobody can find out who has one.
        var user = await userManager.FindByEmailAsync(model.Email!);
        if (user is not null)
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            email.Queue(EmailKinds.PasswordReset, user.Email!, "Reset your Leeds Commissioning password", PasswordEmails.Reset(ResetLink(user, token), user.IsLockedByAdministrator));
            await db.SaveChangesAsync();
        }

        return View("ForgotPasswordSent", model);
    }

    [HttpGet("reset-password")]
    [AllowAnonymous]
    public IActionResult ResetPassword(string? email, string? token) =>
        string.IsNullOrEmpty(email) || string.IsNullOrEmpty(token)
            ? View("ResetPasswordInvalid")
            : View(new ResetPasswordViewModel { Email = email, Token = token });

    [HttpPost("reset-password")]
    [EnableRateLimiting(SignInProtection.SignInAttempts)]
    [AllowAnonymous]
    public async Task<IActionResult> ResetPassword(ResetPasswordViewModel model, [FromServices] IValidator<ResetPasswordViewModel> validator)
    {
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var user = string.IsNullOrEmpty(model.Email) ? null : await userManager.FindByEmailAsync(model.Email);
        if (user is null || string.IsNullOrEmpty(model.Token))
        {
            return View("ResetPasswordInvalid");
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(model.Token));
        }
        catch (FormatException)
        {
            return View("ResetPasswordInvalid");
        }

        var result = await userManager.ResetPasswordAsync(user, token, model.NewPassword!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                return View("ResetPasswordInvalid");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(model.NewPassword), error.Description);
            }

            return View(model);
        }

        // A reset also ends a lock-out for wrong passwords: the person has proved they own the mailbox.
        // It does not end a lock by an administrator, which only an administrator may lift.
        if (!user.IsLockedByAdministrator)
        {
            await userManager.SetLockoutEndDateAsync(user, null);
        }

        await userManager.ResetAccessFailedCountAsync(user);
        TempData["Success"] = "Your password has been set";
        TempData["SuccessBody"] = "Sign in with your new password.";
        return Redirect("/account/sign-in");
    }

    [HttpGet("change-password")]
    [Authorize(Policies.SignedIn)]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("change-password")]
    [Authorize(Policies.SignedIn)]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model, [FromServices] IValidator<ChangePasswordViewModel> validator)
    {
        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await userManager.ChangePasswordAsync(user, model.CurrentPassword!, model.NewPassword!);
        if (!result.Succeeded)
        {
            var key = result.Errors.Any(e => e.Code == "PasswordMismatch") ? nameof(model.CurrentPassword) : nameof(model.NewPassword);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(key, error.Code == "PasswordMismatch" ? "Your current password is not correct" : error.Description);
            }

            return View(model);
        }

        await signInManager.RefreshSignInAsync(user);
        TempData["Success"] = "Your password has been changed";
        return Redirect("/account");
    }

    private string ResetLink(ApplicationUser user, string token) =>
        PasswordEmails.Link(Request, user.Email!, token);
}
