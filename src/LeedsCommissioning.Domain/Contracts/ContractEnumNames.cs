namespace LeedsCommissioning.Domain.Contracts;

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

    public static string ToDisplayName(this ContractAwardRoute value) => value switch
    {
        ContractAwardRoute.OpenTender => "Open tender",
        ContractAwardRoute.Framework => "Framework",
        ContractAwardRoute.DirectAwardCprWaiver => "Direct award under a CPR waiver",
        ContractAwardRoute.GrantRound => "Grant round",
        ContractAwardRoute.PsrDirectAwardA => "Provider Selection Regime: direct award process A",
        ContractAwardRoute.PsrDirectAwardB => "Provider Selection Regime: direct award process B",
        ContractAwardRoute.PsrDirectAwardC => "Provider Selection Regime: direct award process C",
        ContractAwardRoute.PsrMostSuitableProvider => "Provider Selection Regime: most suitable provider process",
        ContractAwardRoute.PsrCompetitive => "Provider Selection Regime: competitive process",
        ContractAwardRoute.LightTouchProcurementAct2023 => "Light-touch regime (Procurement Act 2023)",
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
