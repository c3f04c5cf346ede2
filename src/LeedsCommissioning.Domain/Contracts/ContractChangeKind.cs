namespace LeedsCommissioning.Domain.Contracts;

/// <summary>What a recorded <see cref="ContractChange"/> changed.</summary>
public enum ContractChangeKind
{
    /// <summary>The annual value (and with it the funding, which must still add up).</summary>
    Value = 0,

    /// <summary>The funding contributions alone; the annual value stays as it was.</summary>
    Funding = 1,

    /// <summary>The start or initial end date, or the optional extensions.</summary>
    Term = 2,

    /// <summary>The contract marked as ending, ended or decommissioned.</summary>
    Ending = 3,

    /// <summary>A change of scope or service, described in words (issue 15), with its reason and date; a decision record when its value requires one.</summary>
    Variation = 4,
}
