namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// A social value commitment the provider made in the winning bid, monitored on the contract (domain.md section 6:
/// "commitments made in a bid are monitored against actuals"): the criterion, the quantity committed and its unit.
/// </summary>
public sealed class ContractCommitment
{
    private ContractCommitment() { }

    internal ContractCommitment(int? socialValueCriterionId, string criterion, decimal quantity, string unit)
    {
        SocialValueCriterionId = socialValueCriterionId;
        Criterion = criterion;
        Quantity = quantity;
        Unit = unit;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public int? SocialValueCriterionId { get; private set; }

    public string Criterion { get; private set; } = "";

    public decimal Quantity { get; private set; }

    public string Unit { get; private set; } = "";
}

public sealed record ContractCommitmentLine(int? SocialValueCriterionId, string Criterion, decimal Quantity, string Unit);
