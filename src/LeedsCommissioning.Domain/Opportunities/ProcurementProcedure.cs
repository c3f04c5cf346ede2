namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// How the opportunity is procured (domain.md sections 3 and 9): the Procurement Act 2023 open and
/// restricted (competitive flexible) procedures and its light-touch regime for most social and health
/// care services; the Provider Selection Regime's competitive and most suitable provider processes for
/// NHS-funded health care; a grant round; a call-off from a framework.
/// </summary>
public enum ProcurementProcedure
{
    Open = 0,
    Restricted = 1,
    LightTouch = 2,
    PsrCompetitive = 3,
    PsrMostSuitableProvider = 4,
    GrantRound = 5,
    FrameworkCallOff = 6,
}
