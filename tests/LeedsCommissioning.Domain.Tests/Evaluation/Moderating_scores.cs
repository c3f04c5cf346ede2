using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;

namespace LeedsCommissioning.Domain.Tests.Evaluation;

/// <summary>The lot 1 panel of <see cref="Panels.WholeLot"/>: officer (chair), commissioner and evaluator, bids 11 and 12.</summary>
public sealed class Moderating_scores
{
    private static readonly IReadOnlyList<ScoreItem> Items = [new(ScoreItemKind.Quality, 700), new(ScoreItemKind.SocialValue, 1)];

    private static EvaluationPanel Panel(bool commissionerConflicted = false)
    {
        var panel = Panels.WholeLot(Panels.Closed());
        Panels.SetId(panel, 5);
        panel.Declare("officer", [11, 12], [(11, false, null), (12, false, null)], Panels.AfterDeadline);
        panel.Declare("commissioner", [11, 12], [(11, commissionerConflicted, commissionerConflicted ? "Trustee of the bidder" : null), (12, false, null)], Panels.AfterDeadline);
        panel.Declare("evaluator", [11, 12], [(11, false, null), (12, false, null)], Panels.AfterDeadline);
        return panel;
    }

    private static BidModeration Started(EvaluationPanel panel) =>
        panel.StartModeration("officer", 11, Items, ["officer", "commissioner", "evaluator"], Panels.AfterDeadline);

    [Fact]
    public void only_the_chair_moderates()
    {
        var panel = Panel();

        Assert.Equal("Only the panel's chair records the agreed scores", panel.WhyNotModerate("commissioner", 11, ["officer", "commissioner", "evaluator"]));
        Assert.Throws<DomainException>(() => panel.StartModeration("commissioner", 11, Items, ["officer", "commissioner", "evaluator"], Panels.AfterDeadline));

        var moderation = Started(panel);
        var ex = Assert.Throws<DomainException>(() => moderation.SaveDraft(panel, "evaluator", [(3, "Agreed"), (4, "Agreed")], Panels.AfterDeadline));
        Assert.Equal("Only the panel's chair records the agreed scores", ex.Message);
        Assert.Equal([null, null], moderation.Lines.Select(l => l.AgreedScore));
    }

    [Fact]
    public void opens_only_when_every_member_free_of_a_conflict_has_submitted_their_sheet()
    {
        var panel = Panel();

        var why = panel.WhyNotModerate("officer", 11, ["officer", "commissioner"]);

        Assert.Equal("Moderation opens when every member free of a conflict with this bidder has submitted their scores. Still to submit: Jordan Lee", why);
        Assert.Throws<DomainException>(() => panel.StartModeration("officer", 11, Items, ["officer", "commissioner"], Panels.AfterDeadline));
        Assert.Null(panel.WhyNotModerate("officer", 11, ["officer", "commissioner", "evaluator"]));
    }

    [Fact]
    public void a_member_who_declared_a_conflict_is_not_waited_for()
    {
        var panel = Panel(commissionerConflicted: true);

        Assert.Null(panel.WhyNotModerate("officer", 11, ["officer", "evaluator"]));
        Assert.NotNull(panel.WhyNotModerate("officer", 12, ["officer", "evaluator"]));
    }

    [Fact]
    public void a_chair_who_declared_a_conflict_with_the_bidder_cannot_moderate_its_bid()
    {
        var panel = Panels.WholeLot(Panels.Closed());
        panel.Declare("officer", [11], [(11, true, "Former employee")], Panels.AfterDeadline);

        Assert.Equal("You declared a conflict of interest with this bidder, so you cannot moderate its scores", panel.WhyNotModerate("officer", 11, ["commissioner", "evaluator"]));
    }

    [Fact]
    public void a_draft_may_be_incomplete_but_an_agreed_score_is_on_the_scale()
    {
        var panel = Panel();
        var moderation = Started(panel);
        moderation.SaveDraft(panel, "officer", [(3, null), (null, "Strong local recruitment.")], Panels.AfterDeadline);

        var ex = Assert.Throws<DomainException>(() => moderation.SaveDraft(panel, "officer", [(6, "Too high"), (-1, null)], Panels.AfterDeadline));

        Assert.Equal(["Scores[0]", "Scores[1]"], ex.Errors.Select(e => e.Field));
        Assert.Equal(3, moderation.Lines[0].AgreedScore);
    }

    [Fact]
    public void is_confirmed_only_with_an_agreed_score_and_a_rationale_for_every_answer()
    {
        var panel = Panel();
        var moderation = Started(panel);
        moderation.SaveDraft(panel, "officer", [(3, null), (null, "Strong local recruitment.")], Panels.AfterDeadline);

        var ex = Assert.Throws<DomainException>(() => moderation.Confirm(panel, "officer", Panels.AfterDeadline));

        Assert.Equal([("Rationales[0]", "Enter the rationale for the agreed score"), ("Scores[1]", "Select the agreed score from 0 to 5")], ex.Errors.Select(e => (e.Field!, e.Message)));
        Assert.False(moderation.IsConfirmed);
    }

    [Fact]
    public void once_confirmed_never_changes()
    {
        var panel = Panel();
        var moderation = Started(panel);
        moderation.SaveDraft(panel, "officer", [(3, "Met the outcomes, thin on numbers."), (4, "Strong local recruitment.")], Panels.AfterDeadline);
        moderation.Confirm(panel, "officer", Panels.AfterDeadline.AddHours(1));

        Assert.Throws<DomainException>(() => moderation.SaveDraft(panel, "officer", [(5, "Better"), (5, "Better")], Panels.AfterDeadline));
        Assert.Throws<DomainException>(() => moderation.Confirm(panel, "officer", Panels.AfterDeadline.AddHours(2)));
        Assert.Equal((Panels.AfterDeadline.AddHours(1), "Grace Okafor"), (moderation.ConfirmedAtUtc!.Value, moderation.ModeratedByName));
        Assert.Equal([3, 4], moderation.Lines.Select(l => l.AgreedScore!.Value));
    }

    [Fact]
    public void only_confirmed_scores_count_and_a_one_question_panel_owns_its_question()
    {
        var o = Panels.Closed();
        var whole = Panels.WholeLot(o);
        Panels.SetId(whole, 5);
        var young = new EvaluationPanel(o, o.Lots[0].Id, 701, "Young people's panel", Panels.Members, "evaluator", "Grace Okafor", Panels.AfterDeadline.AddMinutes(1));
        Panels.SetId(young, 6);
        foreach (var p in new[] { whole, young })
        {
            foreach (var m in Panels.Members)
            {
                p.Declare(m.UserId, [11], [(11, false, null)], Panels.AfterDeadline);
            }
        }

        var everyone = Panels.Members.Select(m => m.UserId).ToList();
        IReadOnlyList<EvaluationPanel> lotPanels = [whole, young];
        var wholeItems = whole.ItemsToScore(o, lotPanels);
        Assert.Equal([new ScoreItem(ScoreItemKind.Quality, 700), new ScoreItem(ScoreItemKind.SocialValue, 1), new ScoreItem(ScoreItemKind.SocialValue, 2)], wholeItems);
        Assert.Equal([new ScoreItem(ScoreItemKind.Quality, 701)], young.ItemsToScore(o, lotPanels));

        var byWhole = whole.StartModeration("officer", 11, wholeItems, everyone, Panels.AfterDeadline);
        byWhole.SaveDraft(whole, "officer", [(3, "a"), (4, "b"), (2, "c")], Panels.AfterDeadline);
        var byYoung = young.StartModeration("evaluator", 11, young.ItemsToScore(o, lotPanels), everyone, Panels.AfterDeadline);
        byYoung.SaveDraft(young, "evaluator", [(5, "Excellent presentation")], Panels.AfterDeadline);

        Assert.Empty(BidModeration.AgreedScores(11, lotPanels, [byWhole, byYoung]));

        byWhole.Confirm(whole, "officer", Panels.AfterDeadline);
        byYoung.Confirm(young, "evaluator", Panels.AfterDeadline);
        var agreed = BidModeration.AgreedScores(11, lotPanels, [byWhole, byYoung]);

        Assert.Equal(5, agreed[new ScoreItem(ScoreItemKind.Quality, 701)]);
        Assert.Equal(3, agreed[new ScoreItem(ScoreItemKind.Quality, 700)]);
        Assert.Equal(4, agreed.Count);
        Assert.Empty(BidModeration.AgreedScores(12, lotPanels, [byWhole, byYoung]));
    }
}
