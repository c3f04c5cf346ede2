using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Domain.Tests.Contracts;

/// <summary>
/// Funding lines are matched by funder (and stream), as providers are by provider, so a save that changes
/// nothing in the funding keeps the same rows and the history records no removal or addition (issue 11).
/// </summary>
public sealed class Saving_funding_changes_only_what_differs
{
    [Fact]
    public void the_same_funding_keeps_the_same_rows()
    {
        var contract = Funded(out var council, out var nhs);

        contract.SetFunding(Lines(800_000m, 500_000m));

        Assert.Same(council, contract.Funding.Single(f => f.FunderOrganisationId == 1));
        Assert.Same(nhs, contract.Funding.Single(f => f.FunderOrganisationId == 2));
        Assert.Equal(2, contract.Funding.Count);
    }

    [Fact]
    public void a_changed_amount_changes_that_row_in_place()
    {
        var contract = Funded(out var council, out var nhs);

        contract.Revalue(1_400_000m, Lines(900_000m, 500_000m));

        Assert.Same(council, contract.Funding.Single(f => f.FunderOrganisationId == 1));
        Assert.Equal(900_000m, council.AnnualAmount);
        Assert.Same(nhs, contract.Funding.Single(f => f.FunderOrganisationId == 2));
    }

    [Fact]
    public void a_changed_stream_for_the_same_funder_changes_that_row_in_place()
    {
        var contract = Funded(out _, out var nhs);

        contract.SetFunding([FundingLine.FromOrganisation(1, FundingStream.LccBudget, 800_000m), FundingLine.FromOrganisation(2, FundingStream.BetterCareFund, 500_000m)]);

        Assert.Same(nhs, contract.Funding.Single(f => f.FunderOrganisationId == 2));
        Assert.Equal(FundingStream.BetterCareFund, nhs.Stream);
    }

    [Fact]
    public void a_funder_left_out_is_removed_and_a_new_one_added_leaving_the_rest()
    {
        var contract = Funded(out var council, out var nhs);

        contract.SetFunding([FundingLine.FromOrganisation(1, FundingStream.LccBudget, 800_000m), FundingLine.FromPartner("Wakefield Council", FundingStream.OtherPartner, 500_000m)]);

        Assert.Same(council, contract.Funding.Single(f => f.FunderOrganisationId == 1));
        Assert.DoesNotContain(nhs, contract.Funding);
        Assert.Equal("Wakefield Council", contract.Funding.Single(f => f.FunderOrganisationId is null).PartnerName);
    }

    private static Contract Funded(out FundingContribution council, out FundingContribution nhs)
    {
        var contract = A.Contract(1_300_000m);
        contract.SetFunding(Lines(800_000m, 500_000m));
        council = contract.Funding.Single(f => f.FunderOrganisationId == 1);
        nhs = contract.Funding.Single(f => f.FunderOrganisationId == 2);
        return contract;
    }

    private static FundingLine[] Lines(decimal council, decimal nhs) =>
        [FundingLine.FromOrganisation(1, FundingStream.LccBudget, council), FundingLine.FromOrganisation(2, FundingStream.CcgBudget, nhs)];
}
