namespace LeedsCommissioning.Domain.Contracts;

/// <summary>A provider's part in a contract.</summary>
public enum ProviderRole
{
    Lead = 0,
    Partner = 1,
    Subcontractor = 2,
}
