using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;

namespace LeedsCommissioning.Domain.Tests.Evaluation;

public sealed class Individual_scoring
{
    private static ScoreSheet Sheet()
    {
        var panel = Panels.WholeLot(Panels.Closed());
        panel.Declare("evaluator", [11], [(11, false, null)], Panels.AfterDeadline);
        return panel.StartSheet("evaluator", 11, [new(ScoreItemKind.Quality, 700), new(ScoreItemKind.SocialValue, 1)], Panels.AfterDeadline);
    }

    [Fact]
    public void the_scale_runs_from_0_unacceptable_to_5_excellent()
    {
        Assert.Equal(["Unacceptable", "Poor", "Satisfactory", "Good", "Very good", "Excellent"], ScoreScale.Points.Select(p => p.Descriptor));
        Assert.Equal([0, 1, 2, 3, 4, 5], ScoreScale.Points.Select(p => p.Score));
        Assert.Equal("3 (Good)", ScoreScale.Describe(3));
    }

    [Fact]
    public void a_draft_may_be_incomplete_but_a_score_given_is_on_the_scale()
    {
        var sheet = Sheet();
        sheet.SaveDraft([(3, null), (null, "Thin on numbers.")], Panels.AfterDeadline);

        var ex = Assert.Throws<DomainException>(() => sheet.SaveDraft([(6, "Too high"), (-1, null)], Panels.AfterDeadline));

        Assert.Equal((3, null), (sheet.Lines[0].Score, sheet.Lines[0].Comment));
        Assert.Equal(["Scores[0]", "Scores[1]"], ex.Errors.Select(e => e.Field));
        Assert.False(sheet.IsSubmitted);
    }

    [Fact]
    public void is_submitted_only_with_a_score_and_a_comment_for_every_answer()
    {
        var sheet = Sheet();
        sheet.SaveDraft([(3, null), (null, "Thin on numbers.")], Panels.AfterDeadline);

        var ex = Assert.Throws<DomainException>(() => sheet.Submit(Panels.AfterDeadline));

        Assert.Equal([("Comments[0]", "Enter a comment explaining the score"), ("Scores[1]", "Select a score from 0 to 5")], ex.Errors.Select(e => (e.Field!, e.Message)));
        Assert.False(sheet.IsSubmitted);
    }

    [Fact]
    public void once_submitted_never_changes()
    {
        var sheet = Sheet();
        sheet.SaveDraft([(3, "Clear plan for drop-ins."), (4, "Strong local recruitment.")], Panels.AfterDeadline);
        sheet.Submit(Panels.AfterDeadline.AddHours(1));

        Assert.Throws<DomainException>(() => sheet.SaveDraft([(5, "Better"), (5, "Better")], Panels.AfterDeadline));
        Assert.Throws<DomainException>(() => sheet.Submit(Panels.AfterDeadline));
        Assert.Equal(Panels.AfterDeadline.AddHours(1), sheet.SubmittedAtUtc);
        Assert.Equal(3, sheet.Lines[0].Score);
    }

    [Fact]
    public void others_scores_are_readable_only_after_submitting_your_own()
    {
        var sheet = Sheet();
        Assert.False(ScoreSheet.MayReadOthers(null));
        Assert.False(ScoreSheet.MayReadOthers(sheet));

        sheet.SaveDraft([(3, "Clear plan."), (4, "Strong.")], Panels.AfterDeadline);
        sheet.Submit(Panels.AfterDeadline);

        Assert.True(ScoreSheet.MayReadOthers(sheet));
    }

    [Fact]
    public void the_spread_is_the_lowest_the_highest_and_their_difference()
    {
        var spread = ScoreSpread.Of([3, 1, 4])!;

        Assert.Equal((3, 1, 4, 3), (spread.Count, spread.Lowest, spread.Highest, spread.Range));
        Assert.Null(ScoreSpread.Of([]));
    }
}
