namespace LeedsCommissioning.Domain.Contracts;

/// <summary>How the provider is paid (domain.md section 2, "Payment").</summary>
public enum PaymentMechanism
{
    Block = 0,
    CostAndVolume = 1,
    Spot = 2,
    Blended = 3,

    /// <summary>Discouraged for small providers (KiL guide step 4, domain.md section 2).</summary>
    PaymentByResults = 4,
}
