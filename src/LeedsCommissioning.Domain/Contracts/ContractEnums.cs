namespace LeedsCommissioning.Domain.Contracts;

/// <summary>The kind of agreement (issue 4; domain.md section 2 "grants versus contracts").</summary>
public enum AgreementType
{
    Contract = 0,
    Grant = 1,
    FrameworkCallOff = 2,
    Section75Agreement = 3,
}

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

/// <summary>
/// How the provider was chosen: the 2019 sources' routes (domain.md section 3), the Provider Selection
/// Regime's processes for NHS-funded health care from 1 January 2024 (section 9), and the Procurement
/// Act 2023's light-touch regime from 24 February 2025 (section 9).
/// </summary>
public enum ProcurementRoute
{
    OpenTender = 0,
    Framework = 1,
    DirectAwardCprWaiver = 2,
    GrantRound = 3,
    PsrDirectAwardA = 4,
    PsrDirectAwardB = 5,
    PsrDirectAwardC = 6,
    PsrMostSuitableProvider = 7,
    PsrCompetitive = 8,
    LightTouchProcurementAct2023 = 9,
}

/// <summary>A provider's part in a contract.</summary>
public enum ProviderRole
{
    Lead = 0,
    Partner = 1,
    Subcontractor = 2,
}

/// <summary>Where a funder's money comes from (domain.md section 2, "Funding").</summary>
public enum FundingStream
{
    LccBudget = 0,
    CcgBudget = 1,
    PooledSection75 = 2,
    Section256 = 3,
    BetterCareFund = 4,
    PublicHealthGrant = 5,
    OtherPartner = 6,
}

/// <summary>Whether an optional extension was taken (domain.md section 2, "Terms").</summary>
public enum ExtensionStatus
{
    Pending = 0,
    Taken = 1,
    Declined = 2,
}

public enum DocumentKind
{
    Specification = 0,
    Contract = 1,
    VariationLetter = 2,
    Other = 3,
}

public static class ContractEnumNames
{
    public static string ToDisplayName(this AgreementType value) => value switch
    {
        AgreementType.Contract => "Contract",
        AgreementType.Grant => "Grant",
        AgreementType.FrameworkCallOff => "Framework call-off",
        AgreementType.Section75Agreement => "Section 75 agreement",
        _ => value.ToString(),
    };

    public static string ToDisplayName(this PaymentMechanism value) => value switch
    {
        PaymentMechanism.Block => "Block",
        PaymentMechanism.CostAndVolume => "Cost and volume",
        PaymentMechanism.Spot => "Spot",
        PaymentMechanism.Blended => "Blended",
        PaymentMechanism.PaymentByResults => "Payment by results",
        _ => value.ToString(),
    };

    public static string ToDisplayName(this ProcurementRoute value) => value switch
    {
        ProcurementRoute.OpenTender => "Open tender",
        ProcurementRoute.Framework => "Framework",
        ProcurementRoute.DirectAwardCprWaiver => "Direct award under a CPR waiver",
        ProcurementRoute.GrantRound => "Grant round",
        ProcurementRoute.PsrDirectAwardA => "Provider Selection Regime: direct award process A",
        ProcurementRoute.PsrDirectAwardB => "Provider Selection Regime: direct award process B",
        ProcurementRoute.PsrDirectAwardC => "Provider Selection Regime: direct award process C",
        ProcurementRoute.PsrMostSuitableProvider => "Provider Selection Regime: most suitable provider process",
        ProcurementRoute.PsrCompetitive => "Provider Selection Regime: competitive process",
        ProcurementRoute.LightTouchProcurementAct2023 => "Light-touch regime (Procurement Act 2023)",
        _ => value.ToString(),
    };

    public static string ToDisplayName(this ProviderRole value) => value switch
    {
        ProviderRole.Lead => "Lead provider",
        ProviderRole.Partner => "Partner",
        ProviderRole.Subcontractor => "Subcontractor",
        _ => value.ToString(),
    };

    public static string ToDisplayName(this FundingStream value) => value switch
    {
        FundingStream.LccBudget => "LCC budget",
        FundingStream.CcgBudget => "NHS budget (ICB Leeds place, formerly CCG)",
        FundingStream.PooledSection75 => "Pooled budget (section 75)",
        FundingStream.Section256 => "Section 256 transfer",
        FundingStream.BetterCareFund => "Better Care Fund",
        FundingStream.PublicHealthGrant => "Public Health grant",
        FundingStream.OtherPartner => "Other partner",
        _ => value.ToString(),
    };

    public static string ToDisplayName(this ExtensionStatus value) => value switch
    {
        ExtensionStatus.Pending => "Pending",
        ExtensionStatus.Taken => "Taken",
        ExtensionStatus.Declined => "Declined",
        _ => value.ToString(),
    };

    public static string ToDisplayName(this DocumentKind value) => value switch
    {
        DocumentKind.Specification => "Specification",
        DocumentKind.Contract => "Contract",
        DocumentKind.VariationLetter => "Variation letter",
        DocumentKind.Other => "Other",
        _ => value.ToString(),
    };
}
