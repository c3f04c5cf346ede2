namespace LeedsCommissioning.Domain.Providers;

/// <summary>Leeds Directory "Green Tick" vetting (domain.md section 3, "Micro-commissioning").</summary>
public enum VettingStatus
{
    NotVetted = 0,
    Pending = 1,
    Vetted = 2,
    Lapsed = 3,
}
