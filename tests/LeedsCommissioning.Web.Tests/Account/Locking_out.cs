using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Account;

/// <summary>
/// Five wrong passwords lock an account for 15 minutes, measured on the app's clock
/// (<see cref="ClockedUserManager"/>), so the test moves the fake clock instead of waiting. The page answers a locked
/// account as it answers a wrong password or an unknown address (no one learns which addresses have accounts), and
/// says how the lock-out works on every view.
/// </summary>
public sealed class Locking_out(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string LockedMessage = "Enter a correct email address and password";

    [Fact]
    public async Task five_wrong_passwords_lock_the_account_and_the_page_says_how_the_lock_out_works()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var client = PortalClient.For(factory);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var page = await PortalClient.ParseAsync(await client.SignInAsync(user.Email!, "wrong password " + attempt));
            Assert.Equal([LockedMessage], page.ErrorSummary());
            Assert.Equal(LockedMessage, page.FieldError("Email"));
            Assert.Contains("After 5 wrong attempts an account is locked for 15 minutes. To unlock it sooner, reset your password.", page.Body!.TextContent);
        }

        Assert.Equal(factory.Clock.GetUtcNow().AddMinutes(15), (await TestUsers.FindAsync(factory, user.Email!)).LockoutEnd);
    }

    [Fact]
    public async Task an_unknown_address_a_wrong_password_and_a_locked_account_get_the_same_answer()
    {
        var locked = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var client = PortalClient.For(factory);
        await FailFiveTimes(client, locked.Email!);
        var other = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);

        var unknown = await PortalClient.ParseAsync(await client.SignInAsync("nobody-" + Guid.NewGuid().ToString("N") + "@example.org", "a wrong password"));
        var wrong = await PortalClient.ParseAsync(await client.SignInAsync(other.Email!, "a wrong password"));
        var lockedWithTheRightPassword = await PortalClient.ParseAsync(await client.SignInAsync(locked.Email!, PortalClient.DemoPassword));

        Assert.Equal([LockedMessage], unknown.ErrorSummary());
        Assert.Equal(unknown.QuerySelector("main")!.TextContent, wrong.QuerySelector("main")!.TextContent);
        Assert.Equal(unknown.QuerySelector("main")!.TextContent, lockedWithTheRightPassword.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task a_locked_account_refuses_the_right_password_too()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.ProcurementOfficer);
        var client = PortalClient.For(factory);
        await FailFiveTimes(client, user.Email!);

        var response = await client.SignInAsync(user.Email!, PortalClient.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([LockedMessage], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task lasts_15_minutes_after_which_the_right_password_works()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var client = PortalClient.For(factory);
        await FailFiveTimes(client, user.Email!);

        using (var scope = factory.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var locked = await users.FindByIdAsync(user.Id);
            Assert.Equal(factory.Clock.GetUtcNow().AddMinutes(15), locked!.LockoutEnd);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal([LockedMessage], (await PortalClient.ParseAsync(await client.SignInAsync(user.Email!, PortalClient.DemoPassword))).ErrorSummary());
        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        var response = await client.SignInAsync(user.Email!, PortalClient.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    private static async Task FailFiveTimes(PortalClient client, string email)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.SignInAsync(email, "wrong password " + attempt);
        }
    }
}
