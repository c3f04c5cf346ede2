using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// People made for one test, so a test that locks or changes an account does not disturb the demo
/// accounts other tests in the class sign in with.
/// </summary>
public static class TestUsers
{
    /// <param name="twoFactor">Two-factor authentication on (with a key of its own); by default only for administrators, who must use it.</param>
    /// <param name="displayName">Their name; by default "Test" and the role.</param>
    public static async Task<ApplicationUser> CreateAsync(
        PortalFactory factory, string role, string? email = null, string? password = PortalClient.DemoPassword, bool? twoFactor = null, string? displayName = null)
    {
        using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        email ??= $"test-{Guid.NewGuid():N}@example.org";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName ?? "Test " + role,
            LockoutEnabled = true,
            CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
            ProviderId = role == Roles.ProviderUser ? await db.Providers.Select(p => (int?)p.Id).FirstAsync() : null,
        };
        Check(password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        if (twoFactor ?? role == Roles.Administrator)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return user;
    }

    public static async Task<ApplicationUser> FindAsync(PortalFactory factory, string email)
    {
        using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}");
    }

    public static async Task<IList<string>> RolesOfAsync(PortalFactory factory, string email)
    {
        using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync(await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}"));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
