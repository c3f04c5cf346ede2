using LeedsCommissioning.Domain.Common;
using System.Reflection;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Tests.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Evaluation;

/// <summary>A published two-lot opportunity past its deadline, with ids as the database would give them.</summary>
internal static class Panels
{
    public static readonly DateTime AfterDeadline = Drafts.BidDeadline.AddHours(2);

    public static Opportunity Closed()
    {
        var o = Drafts.Published();
        SetId(o, 7);
        for (var i = 0; i < o.Lots.Count; i++)
        {
            SetId(o.Lots[i], 70 + i);
        }

        for (var i = 0; i < o.QualityQuestions.Count; i++)
        {
            SetId(o.QualityQuestions[i], 700 + i);
        }

        return o;
    }

    public static IReadOnlyList<PanelMemberChoice> Members { get; } =
    [
        new("officer", "Grace Okafor", false), new("commissioner", "Priya Shah", false), new("evaluator", "Jordan Lee", true),
    ];

    /// <summary>The lot 1 panel (every answer), chaired by the officer.</summary>
    public static EvaluationPanel WholeLot(Opportunity o) =>
        new(o, o.Lots[0].Id, null, "Lot 1 panel", Members, "officer", "Grace Okafor", AfterDeadline);

    public static void SetId(object entity, int id) =>
        entity.GetType().GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!.SetValue(entity, id);
}

public sealed class Forming_a_panel
{
    [Fact]
    public void needs_two_members_and_a_chair_who_is_one_of_them()
    {
        var o = Panels.Closed();

        var one = Assert.Throws<DomainException>(() => new EvaluationPanel(o, o.Lots[0].Id, null, "Panel", [Panels.Members[0]], "officer", "Grace Okafor", Panels.AfterDeadline));
        var outsider = Assert.Throws<DomainException>(() => new EvaluationPanel(o, o.Lots[0].Id, null, "Panel", Panels.Members, "someone-else", "Grace Okafor", Panels.AfterDeadline));
        var none = Assert.Throws<DomainException>(() => new EvaluationPanel(o, o.Lots[0].Id, null, "", Panels.Members, null, "Grace Okafor", Panels.AfterDeadline));

        Assert.Equal(("MemberUserIds", "Select at least 2 panel members"), (one.Field, one.Message));
        Assert.Equal(("ChairUserId", "The chair must be one of the panel members"), (outsider.Field, outsider.Message));
        Assert.Equal(["Name", "ChairUserId"], none.Errors.Select(e => e.Field));
    }

    [Fact]
    public void has_one_chair_and_knows_its_external_members()
    {
        var panel = Panels.WholeLot(Panels.Closed());

        Assert.Equal("Grace Okafor", panel.Chair!.Name);
        Assert.Single(panel.Members, m => m.IsChair);
        Assert.True(panel.Members.Single(m => m.UserId == "evaluator").IsExternal);
    }

    [Fact]
    public void for_one_question_scores_only_that_question_and_for_a_lot_every_quality_and_social_value_answer()
    {
        var o = Panels.Closed();
        var question = o.QualityQuestions[1].Id;

        var one = new EvaluationPanel(o, o.Lots[0].Id, question, "Service users' panel", Panels.Members, "commissioner", "Grace Okafor", Panels.AfterDeadline);
        var whole = Panels.WholeLot(o);

        Assert.Equal([new ScoreItem(ScoreItemKind.Quality, question)], one.ItemsToScore(o));
        Assert.Equal(
            [new(ScoreItemKind.Quality, 700), new(ScoreItemKind.Quality, 701), new(ScoreItemKind.SocialValue, 1), new(ScoreItemKind.SocialValue, 2)],
            whole.ItemsToScore(o));
    }

    [Fact]
    public void is_refused_for_a_draft_opportunity()
    {
        var draft = Drafts.Ready();

        Assert.Throws<DomainException>(() => new EvaluationPanel(draft, 0, null, "Panel", Panels.Members, "officer", "Grace Okafor", Panels.AfterDeadline));
    }

    [Fact]
    public void keeps_a_member_who_has_declared_but_may_change_the_chair()
    {
        var panel = Panels.WholeLot(Panels.Closed());
        panel.Declare("evaluator", [11], [(11, false, null)], Panels.AfterDeadline);

        var ex = Assert.Throws<DomainException>(() => panel.ChangeMembers(Panels.Members.Take(2).ToList(), "officer"));
        panel.ChangeMembers(Panels.Members, "commissioner");

        Assert.Equal("Jordan Lee has declared their interests, so they stay on the panel", ex.Message);
        Assert.Equal("Priya Shah", panel.Chair!.Name);
        Assert.Single(panel.Members, m => m.IsChair);
    }
}

public sealed class Declaring_conflicts_of_interest
{
    [Fact]
    public void nobody_scores_a_bid_without_a_declaration()
    {
        var panel = Panels.WholeLot(Panels.Closed());

        var ex = Assert.Throws<DomainException>(() => panel.StartSheet("commissioner", 11, [new ScoreItem(ScoreItemKind.Quality, 700)], Panels.AfterDeadline));

        Assert.Equal("Declare your interests in the bidders before you see or score any bid", ex.Message);
    }

    [Fact]
    public void a_declared_conflict_removes_the_member_from_that_bid_only()
    {
        var panel = Panels.WholeLot(Panels.Closed());
        panel.Declare("commissioner", [11, 12], [(11, true, "My partner is a trustee of this charity."), (12, false, null)], Panels.AfterDeadline);

        Assert.Equal("You declared a conflict of interest with this bidder, so you cannot see or score its bid", panel.WhyNotScore("commissioner", 11));
        Assert.Throws<DomainException>(() => panel.StartSheet("commissioner", 11, [new ScoreItem(ScoreItemKind.Quality, 700)], Panels.AfterDeadline));
        Assert.Null(panel.WhyNotScore("commissioner", 12));
        Assert.Equal(12, panel.StartSheet("commissioner", 12, [new ScoreItem(ScoreItemKind.Quality, 700)], Panels.AfterDeadline).BidId);
    }

    [Fact]
    public void every_bidder_is_answered_and_a_conflict_is_described()
    {
        var panel = Panels.WholeLot(Panels.Closed());

        var ex = Assert.Throws<DomainException>(() => panel.Declare("officer", [11, 12], [(11, true, " "), (12, null, null)], Panels.AfterDeadline));

        Assert.Equal([("Details[0]", "Describe the conflict of interest"), ("Conflicts[1]", "Select whether you have a conflict of interest with this bidder")],
            ex.Errors.Select(e => (e.Field!, e.Message)));
        Assert.False(panel.HasDeclared("officer"));
    }

    [Fact]
    public void is_made_once_and_only_by_a_member()
    {
        var panel = Panels.WholeLot(Panels.Closed());
        panel.Declare("officer", [11], [(11, false, null)], Panels.AfterDeadline);

        Assert.Throws<DomainException>(() => panel.Declare("officer", [11], [(11, true, "Changed my mind")], Panels.AfterDeadline));
        Assert.Equal("You are not on this panel", Assert.Throws<DomainException>(() => panel.Declare("stranger", [11], [(11, false, null)], Panels.AfterDeadline)).Message);
        Assert.False(panel.DeclarationFor("officer", 11)!.HasConflict);
    }
}
