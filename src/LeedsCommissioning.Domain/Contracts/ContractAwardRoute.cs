namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// How the provider was chosen: the 2019 sources' routes (domain.md section 3), the Provider Selection
/// Regime's processes for NHS-funded health care from 1 January 2024 (section 9), and the Procurement
/// Act 2023's light-touch regime from 24 February 2025 (section 9).
/// </summary>
public enum ContractAwardRoute
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
