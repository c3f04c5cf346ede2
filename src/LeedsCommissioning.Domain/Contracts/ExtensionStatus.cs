namespace LeedsCommissioning.Domain.Contracts;

/// <summary>Whether an optional extension was taken (domain.md section 2, "Terms").</summary>
public enum ExtensionStatus
{
    Pending = 0,
    Taken = 1,
    Declined = 2,
}
