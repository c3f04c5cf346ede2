namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// One funding contribution of a value change that waits for a decision maker (issue 15, "a decision record where the value
/// or route requires one"): kept on the <see cref="ContractChange"/> so the funding the commissioner typed is applied,
/// unchanged, when the change is approved (<see cref="Contract.DecideChange"/>), and never applied when it is refused.
/// </summary>
public sealed class ProposedFunding
{
    private ProposedFunding() { }

    internal ProposedFunding(FundingContribution line)
    {
        FunderOrganisationId = line.FunderOrganisationId;
        PartnerName = line.PartnerName;
        Stream = line.Stream;
        AnnualAmount = line.AnnualAmount;
    }

    public int? FunderOrganisationId { get; private set; }

    public string? PartnerName { get; private set; }

    public FundingStream Stream { get; private set; }

    public decimal AnnualAmount { get; private set; }

    internal FundingLine ToLine() => new(FunderOrganisationId, PartnerName, Stream, AnnualAmount);
}
