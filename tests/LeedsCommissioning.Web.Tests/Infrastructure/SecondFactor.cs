using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// The code a person's authenticator app shows, for tests that sign in as someone with two-factor authentication on
/// (the demo administrator, DemoData.AdministratorAuthenticatorKey). A code works once per 30-second step and the
/// tests' clock stands still, so when this person's code of the present step was used already, the record of that use
/// is removed first: what waiting 30 seconds for the next code would do, without moving the clock that other tests'
/// dates and times are read from. The tests of the once-only rule itself do not come through here.
/// </summary>
public static class SecondFactor
{
    /// <returns>Null when the person has not turned two-factor authentication on.</returns>
    public static async Task<string?> NextCodeAsync(IServiceProvider services, string email)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account for {email}");
        if (!user.TwoFactorEnabled)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{email} has no authenticator key");
        var last = await users.GetAuthenticationTokenAsync(user, ClockedAuthenticatorTokenProvider.TokenProvider, ClockedAuthenticatorTokenProvider.LastStepToken);
        if (last is not null && long.Parse(last, System.Globalization.CultureInfo.InvariantCulture) >= AuthenticatorCodes.StepAt(clock.GetUtcNow()))
        {
            await users.RemoveAuthenticationTokenAsync(user, ClockedAuthenticatorTokenProvider.TokenProvider, ClockedAuthenticatorTokenProvider.LastStepToken);
        }

        return AuthenticatorCodes.CodeAt(key, clock.GetUtcNow());
    }
}
