using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

public sealed class Evaluation_model
{
    [Fact]
    public void weights_that_add_up_to_100_are_kept()
    {
        var o = Drafts.Ready();

        o.SetWeights(30, 55, 15);

        Assert.Equal((30, 55, 15), (o.PriceWeight, o.QualityWeight, o.SocialValueWeight));
    }

    [Theory]
    [InlineData(40, 50, 5)]
    [InlineData(50, 50, 10)]
    public void weights_that_do_not_add_up_to_100_are_refused(int price, int quality, int social)
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Ready().SetWeights(price, quality, social));

        Assert.StartsWith("Price, quality and social value weights must add up to 100", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_social_value_weight_of_zero_is_refused_because_every_award_includes_social_value()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Ready().SetWeights(50, 50, 0));

        Assert.Equal("SocialValueWeight", ex.Field);
    }

    [Fact]
    public void quality_sub_weights_must_add_up_to_the_quality_weight_before_approval()
    {
        var o = Drafts.Ready();
        o.SetWeights(30, 60, 10);

        var problems = o.ProblemsBeforeApproval(Drafts.LocalBidders(2, 2), Drafts.Now);

        Assert.Contains(problems, p => p.Message.Contains("add up to the quality weight of 60. They add up to 50", StringComparison.Ordinal));
    }

    [Fact]
    public void a_quality_question_needs_a_sensible_word_limit()
    {
        var ex = Assert.Throws<DomainException>(() => Drafts.Ready().AddQualityQuestion("Q", 10, 10, null));

        Assert.Equal("WordLimit", ex.Field);
    }

    [Fact]
    public void no_social_value_criterion_stops_approval()
    {
        var o = Drafts.Ready();
        o.ChooseSocialValueCriteria([]);

        Assert.Contains(o.ProblemsBeforeApproval(Drafts.LocalBidders(2, 2), Drafts.Now), p => p.Field == "SocialValueCriteria");
    }
}
