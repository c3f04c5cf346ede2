using LeedsCommissioning.Domain.Security;

namespace LeedsCommissioning.Web.Features.Users;

/// <summary>One line of an account's history on the user's page: locked, unlocked or its two-factor authentication changed, by whom, when, and why.</summary>
public sealed record AccountEventRow(AccountEventKind Kind, string ByName, DateTime AtUtc, string? Reason)
{
    public string What => Kind switch
    {
        AccountEventKind.Locked => "Account locked",
        AccountEventKind.Unlocked => "Account unlocked",
        AccountEventKind.TwoFactorTurnedOn => "Two-factor authentication turned on",
        AccountEventKind.TwoFactorTurnedOff => "Two-factor authentication turned off",
        AccountEventKind.RecoveryCodesReplaced => "New recovery codes made",
        AccountEventKind.TwoFactorReset => "Two-factor authentication reset",
        AccountEventKind.PersonalDataExported => "Personal data downloaded",
        AccountEventKind.PersonalDataErased => "Personal data erased",
        _ => Kind.ToString(),
    };
}
