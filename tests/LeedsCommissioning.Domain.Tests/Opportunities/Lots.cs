using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

public sealed class Lots
{
    [Fact]
    public void one_lot_needs_a_recorded_reason_for_not_dividing()
    {
        var o = Drafts.Ready(lots: 1);
        o.RecordSingleLotReason(null);

        var problems = o.ProblemsBeforeApproval(Drafts.LocalBidders(3), Drafts.Now);

        Assert.Contains(problems, p => p.Field == "SingleLotReason");
    }

    [Fact]
    public void lots_that_cost_more_over_the_whole_term_than_the_estimate_are_warned_but_not_barred()
    {
        var o = Drafts.Ready(lots: 2);
        Assert.Equal(1_000_000m, o.LotsWholeTermValue);
        Assert.Null(o.ValueMismatch());

        o.AddLot("Lot 3", null, 150_000m, []);

        Assert.Equal(1_750_000m, o.LotsWholeTermValue);
        Assert.Equal(
            "The lots add up to £350,000 a year, which is £1,750,000 over the whole possible term of 60 months: more than the estimated whole-life value of £1,500,000. Check the estimate, because it decides where the opportunity must be published.",
            o.ValueMismatch());
        Assert.Empty(o.ProblemsBeforeApproval(Drafts.LocalBidders(3, 3, 3), Drafts.Now));
    }

    [Fact]
    public void two_lots_need_no_reason()
    {
        Assert.Empty(Drafts.Ready(lots: 2).ProblemsBeforeApproval(Drafts.LocalBidders(3, 3), Drafts.Now));
    }

    [Fact]
    public void no_lots_stops_approval()
    {
        Assert.Contains(Drafts.Ready(lots: 0).ProblemsBeforeApproval(Drafts.LocalBidders(), Drafts.Now), p => p.Message == "Add at least one lot");
    }

    [Fact]
    public void a_lot_needs_a_value_above_zero()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Ready().AddLot("Lot", null, 0m, []));

        Assert.Equal("AnnualValue", ex.Field);
    }

    [Fact]
    public void removing_a_lot_renumbers_the_rest()
    {
        var o = Drafts.Ready(lots: 0);
        o.AddLot("A", null, 1m, []);
        var b = o.AddLot("B", null, 1m, []);

        o.RemoveLot(o.Lots[0].Id);

        Assert.Equal(1, b.Number);
    }

    [Fact]
    public void a_lot_remembers_its_localities_once_each()
    {
        var lot = Drafts.Ready(0).AddLot("A", null, 1m, [Locality.SouthEast, Locality.NorthEast, Locality.SouthEast]);

        Assert.Equal([Locality.NorthEast, Locality.SouthEast], lot.Localities);
    }
}
