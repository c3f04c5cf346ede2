using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>What the contract page shows about the contract itself, read by <see cref="ContractPageReads.FactsAsync"/> (the view never sees the entity).</summary>
public sealed record ContractFacts
{
    public required int Id { get; init; }

    public required int Version { get; init; }

    public required string Reference { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required ContractStatus Status { get; init; }

    public required IReadOnlyList<ContractStatus> NextStatuses { get; init; }

    public required ServiceArea ServiceArea { get; init; }

    public string? ResponsibleCommissionerName { get; init; }

    public required AgreementType AgreementType { get; init; }

    public required PaymentMechanism PaymentMechanism { get; init; }

    public required ContractAwardRoute ProcurementRoute { get; init; }

    public int? CprWaiverId { get; init; }

    /// <summary>The opportunity the contract was awarded from (issue 13), if any.</summary>
    public int? OpportunityId { get; init; }

    /// <summary>The social value commitments from the winning bid, to monitor (issue 13).</summary>
    public IReadOnlyList<CommitmentRow> Commitments { get; init; } = [];

    public required decimal AnnualValue { get; init; }

    public required decimal WholeLifeValue { get; init; }

    public required decimal MaximumWholeLifeValue { get; init; }

    public required DateOnly StartDate { get; init; }

    public required DateOnly InitialEndDate { get; init; }

    public required DateOnly CurrentEndDate { get; init; }

    public required DateOnly MaximumEndDate { get; init; }

    public required decimal FundingTotal { get; init; }

    public required bool FundingBalances { get; init; }

    /// <summary>Keep it Local: percentage of the annual value reaching small, Leeds-based providers.</summary>
    public required decimal SmallLocalShare { get; init; }

    public required decimal SmallLocalAmount { get; init; }

    /// <summary>The share the contract requires for small community organisations, if it sets one.</summary>
    public decimal? RequiredSmallShare { get; init; }

    public required bool FallsShortOfRequiredSmallShare { get; init; }

    public bool? LeadProviderIsThirdSector { get; init; }

    /// <summary>Any provider on the contract (lead, partner or subcontractor) is third sector: the Compact applies.</summary>
    public bool HasThirdSectorProvider { get; init; }

    public DateOnly? CompactNoticeDate { get; init; }
}

/// <summary>A social value commitment on a contract: the criterion, the quantity committed and its unit.</summary>
public sealed record CommitmentRow(string Criterion, decimal Quantity, string Unit);
