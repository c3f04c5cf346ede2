using System.Security.Claims;
using FluentValidation;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;

namespace LeedsCommissioning.Web.Features.Account;

/// <summary>
/// Two-factor authentication with an authenticator app (issue 16, docs/security.md): setting it up from "Your account",
/// the second step of signing in (a code, or one of ten recovery codes), new recovery codes and turning it off.
/// Anyone may use it; administrators must (<see cref="SignInProtection.UseSecondFactorForAdministrators"/>) and may not
/// turn it off. Wrong codes count towards the same lock-out as wrong passwords.
/// </summary>
public sealed class TwoFactorController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    CommissioningDbContext db,
    TimeProvider clock) : Controller
{
    public const int RecoveryCodeCount = 10;

    private const string NewCodes = "RecoveryCodes";

    [HttpGet("account/sign-in/code")]
    [AllowAnonymous]
    public async Task<IActionResult> SignInCode(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? SignInAgain()
            : View(new SignInCodeViewModel { ReturnUrl = returnUrl });

    [HttpPost("account/sign-in/code")]
    [EnableRateLimiting(SignInProtection.SignInAttempts)]
    [AllowAnonymous]
    public async Task<IActionResult> SignInCode(SignInCodeViewModel model, [FromServices] IValidator<SignInCodeViewModel> validator)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInAgain();
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(AuthenticatorCodes.Normalise(model.Code)!, isPersistent: false, rememberClient: false);
        return await AfterSecondStepAsync(user, result, nameof(model.Code), "The code is not right. Enter the code your authenticator app shows now", model.ReturnUrl, model);
    }

    [HttpGet("account/sign-in/recovery-code")]
    [AllowAnonymous]
    public async Task<IActionResult> SignInRecoveryCode(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? SignInAgain()
            : View(new SignInRecoveryCodeViewModel { ReturnUrl = returnUrl });

    [HttpPost("account/sign-in/recovery-code")]
    [EnableRateLimiting(SignInProtection.SignInAttempts)]
    [AllowAnonymous]
    public async Task<IActionResult> SignInRecoveryCode(SignInRecoveryCodeViewModel model, [FromServices] IValidator<SignInRecoveryCodeViewModel> validator)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInAgain();
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View(model);
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(model.RecoveryCode!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        if (!result.Succeeded && !result.IsLockedOut)
        {
            // Identity does not count a wrong recovery code towards the lock-out; a wrong app code counts, and so does this.
            await userManager.AccessFailedAsync(user);
        }

        var outcome = await AfterSecondStepAsync(user, result, nameof(model.RecoveryCode), "That recovery code is not right, or it has been used. Each code works once", model.ReturnUrl, model);
        if (result.Succeeded)
        {
            var left = await userManager.CountRecoveryCodesAsync(user);
            TempData["Success"] = "You signed in with a recovery code";
            TempData["SuccessBody"] = left == 0
                ? "You have no recovery codes left. Make new ones from Your account, two-factor authentication."
                : $"You have {left} recovery code{(left == 1 ? "" : "s")} left. If you no longer have your authenticator app, set it up again from Your account.";
        }

        return outcome;
    }

    [HttpGet("account/two-factor")]
    [Authorize(Policies.SignedIn)]
    public async Task<IActionResult> Index()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return View("TwoFactorStatus", new TwoFactorStatusViewModel(await userManager.CountRecoveryCodesAsync(user), MayTurnOff()));
        }

        return View("TwoFactorSetup", await SetupAsync(user, new TwoFactorSetupViewModel()));
    }

    [HttpPost("account/two-factor")]
    [Authorize(Policies.SignedIn)]
    public async Task<IActionResult> Index(TwoFactorSetupViewModel model, [FromServices] IValidator<TwoFactorSetupViewModel> validator)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return Redirect("/account/two-factor");
        }

        if (!await ModelState.ValidateAsync(validator, model))
        {
            return View("TwoFactorSetup", await SetupAsync(user, model));
        }

        if (!await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, model.Code!))
        {
            ModelState.AddModelError(nameof(model.Code), "The code is not right. Check the key in your app, then enter the code it shows now");
            return View("TwoFactorSetup", await SetupAsync(user, model));
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToArray();
        db.AccountEvents.Add(AccountEvent.ByThemselves(user.Id, AccountEventKind.TwoFactorTurnedOn, user.DisplayName, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
        // Turning it on changed the security stamp: sign in again, as someone who has now used a second factor.
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(SignInProtection.AuthenticationMethod, SignInProtection.MultiFactor)]);
        TempData[NewCodes] = string.Join(' ', codes);
        TempData["Success"] = "Two-factor authentication is on";
        TempData["SuccessBody"] = "From now on you will enter a code from your authenticator app each time you sign in.";
        return Redirect("/account/two-factor/recovery-codes");
    }

    /// <summary>The recovery codes just made, shown once (kept in the encrypted TempData cookie for one read).</summary>
    [HttpGet("account/two-factor/recovery-codes")]
    [Authorize(Policies.SignedIn)]
    public IActionResult RecoveryCodes() =>
        TempData[NewCodes] is string codes
            ? View(codes.Split(' '))
            : Redirect("/account/two-factor");

    [HttpPost("account/two-factor/recovery-codes")]
    [Authorize(Policies.SignedIn)]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return Redirect("/account/two-factor");
        }

        var codes = (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToArray();
        db.AccountEvents.Add(AccountEvent.ByThemselves(user.Id, AccountEventKind.RecoveryCodesReplaced, user.DisplayName, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
        TempData[NewCodes] = string.Join(' ', codes);
        TempData["Success"] = "You have new recovery codes";
        TempData["SuccessBody"] = "Your old recovery codes no longer work.";
        return Redirect("/account/two-factor/recovery-codes");
    }

    [HttpPost("account/two-factor/turn-off")]
    [Authorize(Policies.SignedIn)]
    public async Task<IActionResult> TurnOff()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!MayTurnOff())
        {
            TempData["Error"] = "Administrators must use two-factor authentication";
            return Redirect("/account/two-factor");
        }

        if (user.TwoFactorEnabled)
        {
            await userManager.SetTwoFactorEnabledAsync(user, false);
            await userManager.ResetAuthenticatorKeyAsync(user);
            db.AccountEvents.Add(AccountEvent.ByThemselves(user.Id, AccountEventKind.TwoFactorTurnedOff, user.DisplayName, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
            await signInManager.RefreshSignInAsync(user);
            TempData["Success"] = "Two-factor authentication is off";
            TempData["SuccessBody"] = "You will sign in with your password only. You can turn it on again here.";
        }

        return Redirect("/account/two-factor");
    }

    private bool MayTurnOff() => !User.IsInRole(Roles.Administrator);

    private IActionResult SignInAgain()
    {
        TempData["Error"] = "Your sign-in timed out. Sign in again";
        return Redirect("/account/sign-in");
    }

    private async Task<IActionResult> AfterSecondStepAsync(ApplicationUser user, Microsoft.AspNetCore.Identity.SignInResult result, string field, string wrong, string? returnUrl, object model)
    {
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(field, AccountController.LockedOutMessage);
            return View(model);
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(field, wrong);
            return View(model);
        }

        await AccountController.RecordSignInAsync(userManager, user, clock);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect("/");
    }

    private async Task<TwoFactorSetupViewModel> SetupAsync(ApplicationUser user, TwoFactorSetupViewModel model)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            key = (await userManager.GetAuthenticatorKeyAsync(user))!;
        }

        model.Key = key;
        model.Required = SignInProtection.MustSetUpSecondFactor(User);
        var label = Uri.EscapeDataString("Leeds Commissioning:" + user.Email);
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString("Leeds Commissioning")}&digits={AuthenticatorCodes.Digits}";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        model.QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(4));
        return model;
    }
}
