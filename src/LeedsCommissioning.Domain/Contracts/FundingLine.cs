namespace LeedsCommissioning.Domain.Contracts;

/// <summary>One funding contribution as a form posts it.</summary>
/// <param name="FunderOrganisationId">A commissioning organisation, or null for a partner named in <paramref name="PartnerName"/>.</param>
public sealed record FundingLine(int? FunderOrganisationId, string? PartnerName, FundingStream Stream, decimal AnnualAmount)
{
    public static FundingLine FromOrganisation(int organisationId, FundingStream stream, decimal annualAmount) =>
        new(organisationId, null, stream, annualAmount);

    public static FundingLine FromPartner(string partnerName, FundingStream stream, decimal annualAmount) =>
        new(null, partnerName, stream, annualAmount);
}
