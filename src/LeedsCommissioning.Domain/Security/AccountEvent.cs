using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Security;

/// <summary>
/// Something an administrator did to a person's account that governance asks a reason for (issue 19): locking it
/// (reason required) or unlocking it (reason optional). Shown as the account's history on the user's page, and
/// written to the audit trail. Only ever added.
/// </summary>
public sealed class AccountEvent : IAuditable
{
    private AccountEvent() { }

    private AccountEvent(string userId, AccountEventKind kind, string byUserId, string byName, DateTime atUtc, string? reason)
    {
        UserId = userId;
        Kind = kind;
        ByUserId = byUserId;
        ByName = byName;
        AtUtc = atUtc;
        Reason = reason;
    }

    public int Id { get; private set; }

    /// <summary>The account it happened to.</summary>
    public string UserId { get; private set; } = "";

    public AccountEventKind Kind { get; private set; }

    public string ByUserId { get; private set; } = "";

    public string ByName { get; private set; } = "";

    public DateTime AtUtc { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>An account locked by an administrator, who owes the reason.</summary>
    public static AccountEvent Locked(string userId, string byUserId, string byName, DateTime atUtc, string? reason) =>
        new(userId, AccountEventKind.Locked, byUserId, byName, atUtc,
            Text.Required(reason, 2000, "Reason", "Enter why you are locking this account", "Reason"));

    public static AccountEvent Unlocked(string userId, string byUserId, string byName, DateTime atUtc, string? reason) =>
        new(userId, AccountEventKind.Unlocked, byUserId, byName, atUtc, Text.Optional(reason, 2000, "Reason", "Reason"));

    /// <summary>An administrator turned off someone's two-factor authentication (a lost phone and no recovery codes left), with the reason they owe.</summary>
    public static AccountEvent TwoFactorReset(string userId, string byUserId, string byName, DateTime atUtc, string? reason) =>
        new(userId, AccountEventKind.TwoFactorReset, byUserId, byName, atUtc,
            Text.Required(reason, 2000, "Reason", "Enter why you are resetting their two-factor authentication", "Reason"));

    /// <summary>An administrator downloaded the person's personal data (a subject access request, issue 16): kept so the person can be told who has had it.</summary>
    public static AccountEvent PersonalDataExported(string userId, string byUserId, string byName, DateTime atUtc) =>
        new(userId, AccountEventKind.PersonalDataExported, byUserId, byName, atUtc, null);

    /// <summary>An administrator erased the person's personal data (name, e-mail address, phone replaced by a pseudonym), with the reason they owe.</summary>
    public static AccountEvent PersonalDataErased(string userId, string byUserId, string byName, DateTime atUtc, string? reason) =>
        new(userId, AccountEventKind.PersonalDataErased, byUserId, byName, atUtc,
            Text.Required(reason, 2000, "Reason", "Enter why you are erasing this person's personal data", "Reason"));

    /// <summary>Something a person did to their own sign-in (two-factor authentication on or off, new recovery codes): by themselves, no reason owed.</summary>
    public static AccountEvent ByThemselves(string userId, AccountEventKind kind, string name, DateTime atUtc) =>
        kind is AccountEventKind.TwoFactorTurnedOn or AccountEventKind.TwoFactorTurnedOff or AccountEventKind.RecoveryCodesReplaced
            ? new(userId, kind, userId, name, atUtc, null)
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Locking and unlocking are done by an administrator, with a reason");
}
