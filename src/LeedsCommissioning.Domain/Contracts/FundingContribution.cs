using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Organisations;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// What one funder puts into a contract each year, from which stream (domain.md section 2: "A contract
/// can have several funders, each with a share in pounds"). The funder is either a
/// <see cref="CommissioningOrganisation"/> or a partner named in free text (e.g. a neighbouring council).
/// </summary>
public sealed class FundingContribution : IAuditable
{
    private FundingContribution() { }

    internal FundingContribution(FundingLine line)
    {
        FunderOrganisationId = line.FunderOrganisationId;
        PartnerName = line.FunderOrganisationId is null ? line.PartnerName?.Trim() : null;
        Stream = line.Stream;
        AnnualAmount = line.AnnualAmount;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public int? FunderOrganisationId { get; private set; }

    public CommissioningOrganisation? FunderOrganisation { get; private set; }

    /// <summary>The funder's name when it is not a commissioning organisation.</summary>
    public string? PartnerName { get; private set; }

    public FundingStream Stream { get; private set; }

    public decimal AnnualAmount { get; private set; }

    /// <summary>The funder's name for display (needs <see cref="FunderOrganisation"/> loaded when there is one).</summary>
    public string FunderName => FunderOrganisation?.Name ?? PartnerName ?? "";

    /// <summary>The same commissioning organisation, or the same partner name (ignoring case).</summary>
    internal bool SameFunder(FundingContribution other) =>
        FunderOrganisationId is { } id ? id == other.FunderOrganisationId
        : other.FunderOrganisationId is null && string.Equals(PartnerName, other.PartnerName, StringComparison.OrdinalIgnoreCase);

    internal void Change(FundingStream stream, decimal annualAmount)
    {
        Stream = stream;
        AnnualAmount = annualAmount;
    }
}
