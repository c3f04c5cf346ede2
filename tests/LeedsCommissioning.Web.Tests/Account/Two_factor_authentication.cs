using System.Net;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Account;

/// <summary>
/// Two-factor authentication with an authenticator app (issue 16, docs/security.md): anyone may turn it on from their
/// account, administrators must, a code works once, wrong codes lock the account like wrong passwords, recovery codes
/// work once each, and an administrator can reset it for someone who lost their phone. Codes are made on the app's
/// fake clock (<see cref="AuthenticatorCodes"/>, RFC 6238).
/// </summary>
public sealed class Two_factor_authentication(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_demo_administrator_signs_in_with_a_password_and_then_a_code()
    {
        var client = PortalClient.For(factory);

        var afterPassword = await client.SignInAsync("admin@example.org", PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        Assert.Equal("/account/sign-in/code", afterPassword.Headers.Location?.OriginalString);
        // Not signed in yet: the password alone opens nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/admin/users")).StatusCode);

        var wrong = await client.PostFormAsync("/account/sign-in/code", "/account/sign-in/code", new() { ["Code"] = "000000" });
        var wrongPage = await PortalClient.ParseAsync(wrong);
        Assert.Equal(["The code is not right. Enter the code your authenticator app shows now"], wrongPage.ErrorSummary());
        Assert.Equal("000000", wrongPage.Value("Code"));

        var code = await SecondFactor.NextCodeAsync(factory.Services, "admin@example.org");
        var signedIn = await client.PostFormAsync("/account/sign-in/code", "/account/sign-in/code", new() { ["Code"] = code! });

        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/users")).StatusCode);
    }

    [Theory]
    [InlineData("", "Enter the 6-digit code your authenticator app shows")]
    [InlineData("12345", "The code must be 6 digits, like 123456")]
    [InlineData("12345a", "The code must be 6 digits, like 123456")]
    [InlineData("<script>alert(1)</script>", "The code must be 6 digits, like 123456")]
    public async Task a_code_that_is_not_six_digits_is_refused_with_a_message(string typed, string message)
    {
        var client = PortalClient.For(factory);
        await client.SignInAsync("admin@example.org", PortalClient.DemoPassword);

        var page = await PortalClient.ParseAsync(await client.PostFormAsync("/account/sign-in/code", "/account/sign-in/code", new() { ["Code"] = typed }));

        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal(message, page.FieldError("Code"));
        Assert.Equal(typed, page.Value("Code"));
    }

    [Fact]
    public async Task a_code_works_only_once()
    {
        var first = PortalClient.For(factory);
        await first.SignInAsync("admin@example.org", PortalClient.DemoPassword);
        var code = (await SecondFactor.NextCodeAsync(factory.Services, "admin@example.org"))!;
        Assert.Equal("/", (await first.PostFormAsync("/account/sign-in/code", "/account/sign-in/code", new() { ["Code"] = code })).Headers.Location?.OriginalString);

        // Someone who watched it typed tries it within the same 30 seconds.
        var second = PortalClient.For(factory);
        await second.SignInAsync("admin@example.org", PortalClient.DemoPassword);
        var replayed = await PortalClient.ParseAsync(await second.PostFormAsync("/account/sign-in/code", "/account/sign-in/code", new() { ["Code"] = code }));

        Assert.Equal(["The code is not right. Enter the code your authenticator app shows now"], replayed.ErrorSummary());
    }

    [Fact]
    public async Task a_staff_member_turns_it_on_keeps_recovery_codes_and_then_signs_in_with_a_code_or_a_recovery_code()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.ProcurementOfficer);
        var client = await PortalClient.SignedInAsync(factory, user.Email!);
        var account = await client.GetDocumentAsync("/account");
        Assert.Contains("Off", Row(account, "Two-factor authentication"));

        var setup = await client.GetDocumentAsync("/account/two-factor");
        Assert.Equal("Set up two-factor authentication", setup.Heading());
        Assert.StartsWith("data:image/png;base64,", setup.QuerySelector("img.app-qr-code")!.GetAttribute("src"));
        var key = KeyOn(setup);

        var wrong = await PortalClient.ParseAsync(await client.PostFormAsync("/account/two-factor", "/account/two-factor", new() { ["Code"] = "123456" }));
        Assert.Equal(["The code is not right. Check the key in your app, then enter the code it shows now"], wrong.ErrorSummary());
        Assert.Equal(key, KeyOn(wrong));

        var on = await client.PostFormAsync("/account/two-factor", "/account/two-factor", new() { ["Code"] = AuthenticatorCodes.CodeAt(key, factory.Clock.GetUtcNow()) });
        Assert.Equal("/account/two-factor/recovery-codes", on.Headers.Location?.OriginalString);
        var codesPage = await client.GetDocumentAsync("/account/two-factor/recovery-codes");
        Assert.Equal("Two-factor authentication is on", codesPage.SuccessBanner());
        var recoveryCodes = codesPage.QuerySelectorAll(".app-recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Distinct().Count());
        // Shown once: a second look finds the status page instead.
        Assert.Equal("/account/two-factor", (await client.Http.GetAsync("/account/two-factor/recovery-codes")).Headers.Location?.OriginalString);
        Assert.Contains("On", Row(await client.GetDocumentAsync("/account"), "Two-factor authentication"));
        Assert.Contains(await factory.WithDbAsync(db => db.AccountEvents.AsNoTracking().Where(e => e.UserId == user.Id).Select(e => e.Kind).ToListAsync()),
            k => k == AccountEventKind.TwoFactorTurnedOn);

        // Next time: password, then a code.
        factory.Clock.Advance(TimeSpan.FromSeconds(AuthenticatorCodes.StepSeconds));
        var withCode = PortalClient.For(factory);
        Assert.Equal("/account/sign-in/code", (await withCode.SignInAsync(user.Email!, PortalClient.DemoPassword)).Headers.Location?.OriginalString);
        Assert.Equal("/", (await withCode.PostFormAsync("/account/sign-in/code", "/account/sign-in/code",
            new() { ["Code"] = AuthenticatorCodes.CodeAt(key, factory.Clock.GetUtcNow()) })).Headers.Location?.OriginalString);

        // Without the phone: a recovery code, once.
        var withRecovery = PortalClient.For(factory);
        await withRecovery.SignInAsync(user.Email!, PortalClient.DemoPassword);
        var recovered = await withRecovery.PostFormAsync("/account/sign-in/recovery-code", "/account/sign-in/recovery-code", new() { ["RecoveryCode"] = recoveryCodes[3].ToLowerInvariant() });
        Assert.Equal("/", recovered.Headers.Location?.OriginalString);
        Assert.Equal("You signed in with a recovery code", (await withRecovery.GetDocumentAsync("/")).SuccessBanner());

        var again = PortalClient.For(factory);
        await again.SignInAsync(user.Email!, PortalClient.DemoPassword);
        var used = await PortalClient.ParseAsync(await again.PostFormAsync("/account/sign-in/recovery-code", "/account/sign-in/recovery-code", new() { ["RecoveryCode"] = recoveryCodes[3] }));
        Assert.Equal(["That recovery code is not right, or it has been used. Each code works once"], used.ErrorSummary());

        // Turned off, the password is enough again.
        Assert.Equal("/account/two-factor", (await client.PostFormAsync("/account/two-factor", "/account/two-factor/turn-off", [])).Headers.Location?.OriginalString);
        var plain = PortalClient.For(factory);
        Assert.Equal("/", (await plain.SignInAsync(user.Email!, PortalClient.DemoPassword)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task five_wrong_codes_lock_the_account_like_five_wrong_passwords()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var key = await TurnOnAsync(user.Email!);
        var client = PortalClient.For(factory);
        await client.SignInAsync(user.Email!, PortalClient.DemoPassword);

        IDocument? page = null;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            page = await PortalClient.ParseAsync(await client.PostFormAsync("/account/sign-in/code", "/account/sign-in/code", new() { ["Code"] = "99999" + attempt }));
        }

        Assert.Equal(["Your account is locked because a password or code was entered wrongly too many times. Try again in 15 minutes, or reset your password"], page!.ErrorSummary());
        factory.Clock.Advance(TimeSpan.FromSeconds(AuthenticatorCodes.StepSeconds));
        var right = await PortalClient.ParseAsync(await client.PostFormAsync("/account/sign-in/code", "/account/sign-in/code",
            new() { ["Code"] = AuthenticatorCodes.CodeAt(key, factory.Clock.GetUtcNow()) }));
        Assert.Equal(["Your account is locked because a password or code was entered wrongly too many times. Try again in 15 minutes, or reset your password"], right.ErrorSummary());
    }

    [Fact]
    public async Task a_new_administrator_must_set_it_up_before_using_any_page_and_cannot_turn_it_off()
    {
        var admin = await TestUsers.CreateAsync(factory, Roles.Administrator, twoFactor: false);
        var client = PortalClient.For(factory);
        Assert.Equal("/", (await client.SignInAsync(admin.Email!, PortalClient.DemoPassword)).Headers.Location?.OriginalString);

        foreach (var path in new[] { "/", "/admin/users", "/contracts", "/account" })
        {
            Assert.Equal("/account/two-factor", (await client.Http.GetAsync(path)).Headers.Location?.OriginalString);
        }

        var setup = await client.GetDocumentAsync("/account/two-factor");
        Assert.Contains("Administrators must use two-factor authentication. Set it up to continue.", setup.QuerySelector(".govuk-notification-banner")!.TextContent);
        var key = KeyOn(setup);
        await client.PostFormAsync("/account/two-factor", "/account/two-factor", new() { ["Code"] = AuthenticatorCodes.CodeAt(key, factory.Clock.GetUtcNow()) });

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/users")).StatusCode);
        var status = await client.GetDocumentAsync("/account/two-factor");
        Assert.Null(status.QuerySelector("form[action='/account/two-factor/turn-off']"));
        await client.PostFormAsync("/account/two-factor", "/account/two-factor/recovery-codes", []);
        Assert.True((await TestUsers.FindAsync(factory, admin.Email!)).TwoFactorEnabled);
        var refused = await client.PostFormAsync("/account/two-factor", "/account/two-factor/recovery-codes", []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task an_administrator_who_used_a_code_stays_signed_in_with_it_past_the_five_minute_account_check()
    {
        var client = await PortalClient.SignedInAsync(factory, "admin@example.org");

        // Identity rebuilds the person's claims every five minutes (the security stamp check).
        factory.Clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task an_administrator_resets_it_for_someone_who_lost_their_phone_with_a_reason()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.DecisionMaker);
        await TurnOnAsync(user.Email!);
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var details = await admin.GetDocumentAsync($"/admin/users/{user.Id}");
        Assert.Equal("On", Row(details, "Two-factor authentication"));

        var missing = await PortalClient.ParseAsync(await admin.PostFormAsync($"/admin/users/{user.Id}/reset-two-factor", $"/admin/users/{user.Id}/reset-two-factor", new() { ["Reason"] = "" }));
        Assert.Equal(["Enter why you are resetting their two-factor authentication"], missing.ErrorSummary());
        Assert.True((await TestUsers.FindAsync(factory, user.Email!)).TwoFactorEnabled);

        var reset = await admin.PostFormAsync($"/admin/users/{user.Id}/reset-two-factor", $"/admin/users/{user.Id}/reset-two-factor",
            new() { ["Reason"] = "Lost phone; identity checked by a video call with her manager." });
        Assert.Equal($"/admin/users/{user.Id}", reset.Headers.Location?.OriginalString);
        var after = await admin.GetDocumentAsync($"/admin/users/{user.Id}");
        Assert.Equal("Off", Row(after, "Two-factor authentication"));
        Assert.Contains("Two-factor authentication reset", after.QuerySelector(".app-account-history")!.TextContent);
        Assert.Contains("Lost phone; identity checked by a video call with her manager.", after.QuerySelector(".app-account-history")!.TextContent);
        Assert.Equal("/", (await PortalClient.For(factory).SignInAsync(user.Email!, PortalClient.DemoPassword)).Headers.Location?.OriginalString);
    }

    private async Task<string> TurnOnAsync(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        var key = KeyOn(await client.GetDocumentAsync("/account/two-factor"));
        var on = await client.PostFormAsync("/account/two-factor", "/account/two-factor", new() { ["Code"] = AuthenticatorCodes.CodeAt(key, factory.Clock.GetUtcNow()) });
        Assert.Equal("/account/two-factor/recovery-codes", on.Headers.Location?.OriginalString);
        factory.Clock.Advance(TimeSpan.FromSeconds(AuthenticatorCodes.StepSeconds));
        return key;
    }

    private static string KeyOn(IDocument page) => page.QuerySelector(".app-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static string Row(IDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == key).QuerySelector("dd")!.TextContent.Trim();
}
