using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Security;

/// <summary>
/// The portal always keeps at least one active administrator: nobody may lock the last one or take
/// away their role, or nobody could manage users again.
/// </summary>
public static class LastAdministratorRule
{
    /// <param name="activeAdministrators">How many unlocked administrators there are now.</param>
    /// <param name="targetIsActiveAdministrator">Whether the account being changed is one of them.</param>
    /// <param name="targetStaysActiveAdministrator">Whether it is still one after the change.</param>
    public static void EnsureAllowed(int activeAdministrators, bool targetIsActiveAdministrator, bool targetStaysActiveAdministrator)
    {
        if (targetIsActiveAdministrator && !targetStaysActiveAdministrator && activeAdministrators <= 1)
        {
            throw new DomainException(
                "This is the only active administrator. Make someone else an administrator first.");
        }
    }
}
