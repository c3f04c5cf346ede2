namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>Leeds Social Value Charter, five principles (domain.md section 6, from the MPS).</summary>
public enum CharterPrinciple
{
    Partnership = 0,
    EmploymentTrainingGoodEmployer = 1,
    LeedsPoundInLeeds = 2,
    SustainableFairEthical = 3,
    CommunityLedOrganisations = 4,
}
