using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace LeedsCommissioning.Infrastructure.Identity;

/// <summary>
/// Checks an authenticator app's code (two-factor authentication, issue 16) on the app's <see cref="TimeProvider"/>,
/// so it can be tested with a fake clock, and only once: Identity's own provider reads the system clock and accepts
/// the same code again for as long as it is valid (OWASP ASVS 2.8.4 asks for a code to be used once). A code of the
/// step before or after now is accepted too (30 seconds of clock drift either way); the last step used is kept in the
/// person's Identity tokens, so a code of that step or an earlier one is refused.
/// </summary>
public sealed class ClockedAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<ApplicationUser>
{
    public const string TokenProvider = "LeedsCommissioning";

    public const string LastStepToken = "AuthenticatorLastStep";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = AuthenticatorCodes.Normalise(token);
        if (string.IsNullOrWhiteSpace(key) || code is null)
        {
            return false;
        }

        var keyBytes = AuthenticatorCodes.FromBase32(key);
        var now = AuthenticatorCodes.StepAt(clock.GetUtcNow());
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : long.MinValue;
        for (var step = now - 1; step <= now + 1; step++)
        {
            if (step > last && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(AuthenticatorCodes.Code(keyBytes, step)), System.Text.Encoding.ASCII.GetBytes(code)))
            {
                await manager.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return true;
            }
        }

        return false;
    }
}
