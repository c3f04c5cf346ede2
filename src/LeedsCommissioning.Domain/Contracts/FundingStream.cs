namespace LeedsCommissioning.Domain.Contracts;

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
