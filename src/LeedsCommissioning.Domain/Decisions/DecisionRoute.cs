namespace LeedsCommissioning.Domain.Decisions;

/// <summary>How an LCC decision is taken (domain.md section 1, HWB paper).</summary>
public enum DecisionRoute
{
    ExecutiveBoard = 0,

    /// <summary>An officer (for example a Director) under the officer delegation scheme.</summary>
    DelegatedDecision = 1,

    AdministrativeDecision = 2,
}
