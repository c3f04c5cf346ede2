using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

public sealed class Keep_it_local
{
    private static LocalCapacity Local(decimal? income, params Locality[] localities) => new(true, income, localities);

    [Fact]
    public void a_provider_with_income_equal_to_the_lot_value_counts()
    {
        Assert.Equal(1, KeepItLocal.CountLocalBidders(200_000m, [], [Local(200_000m)]));
    }

    [Fact]
    public void a_provider_need_not_have_twice_the_lot_value()
    {
        // Income of 1.5 times the lot value: a "twice the value" rule would wrongly exclude it (KiL guide).
        Assert.Equal(1, KeepItLocal.CountLocalBidders(200_000m, [], [Local(300_000m)]));
    }

    [Fact]
    public void a_provider_with_less_income_than_the_lot_value_does_not_count()
    {
        Assert.Equal(0, KeepItLocal.CountLocalBidders(200_000m, [], [Local(199_999.99m)]));
    }

    [Fact]
    public void a_provider_outside_leeds_or_with_unknown_income_does_not_count()
    {
        Assert.Equal(0, KeepItLocal.CountLocalBidders(100_000m, [], [new(false, 5_000_000m, []), Local(null)]));
    }

    [Theory]
    [InlineData(ProviderType.NhsTrust, 0)]
    [InlineData(ProviderType.PublicBody, 0)]
    [InlineData(ProviderType.RegisteredCharity, 1)]
    [InlineData(ProviderType.CommunityInterestCompany, 1)]
    [InlineData(ProviderType.Company, 1)]
    [InlineData(ProviderType.Consortium, 1)]
    public void an_nhs_trust_or_public_body_in_leeds_is_not_a_local_organisation_for_the_count(ProviderType type, int expected)
    {
        Assert.Equal(expected, KeepItLocal.CountLocalBidders(2_000_000m, [], [new(true, 250_000_000m, [], type)]));
    }

    [Fact]
    public void when_the_lot_names_localities_the_provider_must_work_in_one_of_them()
    {
        var providers = new[] { Local(500_000m, Locality.SouthEast), Local(500_000m, Locality.NorthEast, Locality.SouthEast) };

        Assert.Equal(1, KeepItLocal.CountLocalBidders(100_000m, [Locality.NorthEast], providers));
        Assert.Equal(2, KeepItLocal.CountLocalBidders(100_000m, [], providers));
    }

    [Fact]
    public void a_lot_no_local_provider_could_bid_for_stops_submission_and_approval_until_a_reason_is_recorded()
    {
        var o = Drafts.Ready(lots: 1);

        var ex = Assert.Throws<DomainException>(() => o.SubmitForApproval("author", "Grace Okafor", Drafts.LocalBidders(0), Drafts.Now));
        Assert.StartsWith("Lot 1: no registered local provider could bid", ex.Message, StringComparison.Ordinal);

        o.RecordNoLocalBidderReason(o.Lots[0].Id, "Specialist service; regional providers only");
        o.SubmitForApproval("author", "Grace Okafor", Drafts.LocalBidders(0), Drafts.Now);
        o.Approve("approver", "P", Drafts.LocalBidders(0), 500_000m, Drafts.Now);
        Assert.Equal(OpportunityStatus.Approved, o.Status);
    }

    [Fact]
    public void the_panel_warns_on_a_lot_over_the_cap_and_on_payment_by_results()
    {
        var panel = new KeepItLocalPanel(750_000m, 500_000m, [new(1, "City-wide", 750_000m, 0, null)], true, true, true, "One service");

        var warnings = panel.Warnings();

        Assert.True(panel.OverCap);
        Assert.Contains(warnings, w => w.Contains("over the Keep it Local maximum", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("No registered local provider could bid for lot 1", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("Payment by results is proposed", StringComparison.Ordinal));
    }
}
