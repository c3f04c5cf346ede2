using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Infrastructure.Identity;

/// <summary>
/// Identity's user manager with lock-out on the app's <see cref="TimeProvider"/>. In ASP.NET Core Identity 10,
/// <see cref="UserManager{TUser}.AccessFailedAsync"/> and <see cref="UserManager{TUser}.IsLockedOutAsync"/> read
/// <see cref="DateTimeOffset.UtcNow"/> (dotnet/aspnetcore#62796, fixed in 11), so "locked for 15 minutes" could not
/// be tested with a fake clock. These two overrides are the base methods with the clock swapped; drop the class
/// when the project moves to .NET 11.
/// </summary>
public sealed class ClockedUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger,
    TimeProvider clock)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<ApplicationUser> LockoutStore =>
        Store as IUserLockoutStore<ApplicationUser> ?? throw new NotSupportedException("The user store does not support lock-out.");

    public override async Task<bool> IsLockedOutAsync(ApplicationUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken))
        {
            return false;
        }

        var lockoutEnd = await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken);
        return lockoutEnd >= clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(ApplicationUser user)
    {
        ThrowIfDisposed();
        ArgumentNullException.ThrowIfNull(user);
        var count = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count < Options.Lockout.MaxFailedAccessAttempts)
        {
            return await UpdateUserAsync(user);
        }

        await LockoutStore.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
        await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        return await UpdateUserAsync(user);
    }
}
