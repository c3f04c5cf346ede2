namespace LeedsCommissioning.Domain.Security;

public enum AccountEventKind
{
    Locked = 0,
    Unlocked = 1,
    TwoFactorTurnedOn = 2,
    TwoFactorTurnedOff = 3,
    RecoveryCodesReplaced = 4,
    TwoFactorReset = 5,
    PersonalDataExported = 6,
    PersonalDataErased = 7,
}
