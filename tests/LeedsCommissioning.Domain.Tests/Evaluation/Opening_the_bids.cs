using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Tests.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Evaluation;

public sealed class Opening_the_bids
{
    private static IReadOnlyList<BidEnvelope> Envelopes(Opportunity o) =>
    [
        new(12, o.Lots[0].Id, "Chapeltown Wellbeing Collective", "BID-12", Drafts.BidDeadline.AddHours(-1)),
        new(11, o.Lots[0].Id, "Community Links (Northern) Ltd", "BID-11", Drafts.BidDeadline.AddDays(-2)),
        new(13, o.Lots[1].Id, "Community Links (Northern) Ltd", "BID-13", Drafts.BidDeadline.AddDays(-2)),
    ];

    [Fact]
    public void records_who_opened_them_the_second_person_present_when_and_each_bid_in_the_order_it_arrived()
    {
        var o = Panels.Closed();

        var opening = BidOpening.Record(o, Envelopes(o), "officer", "Grace Okafor", "director", "Helen Carter", Panels.AfterDeadline);

        Assert.Equal(("officer", "Grace Okafor", "director", "Helen Carter"), (opening.OpenedByUserId, opening.OpenedByName, opening.WitnessUserId, opening.WitnessName));
        Assert.Equal(Panels.AfterDeadline, opening.OpenedAtUtc);
        Assert.Equal(Drafts.BidDeadline, opening.BidDeadlineUtc);
        Assert.Equal([11, 13, 12], opening.Entries.Select(e => e.BidId));
        Assert.Equal((2, 1), (opening.BidsFor(o.Lots[0].Id), opening.BidsFor(o.Lots[1].Id)));
    }

    [Fact]
    public void is_refused_before_the_deadline()
    {
        var o = Panels.Closed();

        var ex = Assert.Throws<DomainException>(() => BidOpening.Record(o, Envelopes(o), "officer", "Grace Okafor", "director", "Helen Carter", Drafts.BidDeadline.AddSeconds(-1)));

        Assert.Equal("Bids can be opened only after the deadline, 17 December 2026 at midday", ex.Message);
    }

    [Fact]
    public void needs_a_second_person_who_is_not_the_opener()
    {
        var o = Panels.Closed();

        var nobody = Assert.Throws<DomainException>(() => BidOpening.Record(o, Envelopes(o), "officer", "Grace Okafor", null, null, Panels.AfterDeadline));
        var self = Assert.Throws<DomainException>(() => BidOpening.Record(o, Envelopes(o), "officer", "Grace Okafor", "officer", "Grace Okafor", Panels.AfterDeadline));

        Assert.Equal(("WitnessUserId", "Select the second person present at the opening"), (nobody.Field, nobody.Message));
        Assert.Equal(("WitnessUserId", "The second person present must be someone other than you"), (self.Field, self.Message));
    }

    [Fact]
    public void refuses_a_bid_that_arrived_after_the_deadline()
    {
        var o = Panels.Closed();
        var late = Envelopes(o).Append(new BidEnvelope(14, o.Lots[1].Id, "Late Ltd", "BID-14", Drafts.BidDeadline.AddMinutes(1))).ToList();

        var ex = Assert.Throws<DomainException>(() => BidOpening.Record(o, late, "officer", "Grace Okafor", "director", "Helen Carter", Panels.AfterDeadline));

        Assert.Equal("The bid from Late Ltd arrived after the deadline and cannot be opened", ex.Message);
    }

    [Fact]
    public void is_refused_for_an_opportunity_that_was_never_published()
    {
        var o = Drafts.Submitted();

        Assert.Throws<DomainException>(() => BidOpening.Record(o, [], "officer", "Grace Okafor", "director", "Helen Carter", Panels.AfterDeadline));
    }
}
