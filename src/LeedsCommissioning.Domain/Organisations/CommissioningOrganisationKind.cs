namespace LeedsCommissioning.Domain.Organisations;

public enum CommissioningOrganisationKind
{
    CouncilDirectorate = 0,
    Nhs = 1,
    OtherPartner = 2,
}
