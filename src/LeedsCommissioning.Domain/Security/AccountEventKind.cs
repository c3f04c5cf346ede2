namespace LeedsCommissioning.Domain.Security;

public enum AccountEventKind
{
    Locked = 0,
    Unlocked = 1,
}
