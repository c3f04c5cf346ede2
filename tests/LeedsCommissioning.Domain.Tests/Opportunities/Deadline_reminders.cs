using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

/// <summary>When organisations that registered interest and have not bid are reminded that bids close soon.</summary>
public sealed class Deadline_reminders
{
    private static readonly TimeSpan ThreeDays = TimeSpan.FromDays(3);

    [Fact]
    public void are_not_due_while_the_deadline_is_further_away_than_the_reminder_period()
    {
        var o = Drafts.Published();

        Assert.False(o.IsDeadlineReminderDue(Drafts.BidDeadline.AddDays(-3).AddSeconds(-1), ThreeDays));
    }

    [Fact]
    public void are_due_from_the_reminder_period_before_the_deadline_until_bids_close()
    {
        var o = Drafts.Published();

        Assert.True(o.IsDeadlineReminderDue(Drafts.BidDeadline.AddDays(-3), ThreeDays));
        Assert.True(o.IsDeadlineReminderDue(Drafts.BidDeadline.AddSeconds(-1), ThreeDays));
        Assert.False(o.IsDeadlineReminderDue(Drafts.BidDeadline, ThreeDays));
    }

    [Fact]
    public void are_never_due_for_an_opportunity_that_is_not_published()
    {
        var approved = Drafts.Submitted();
        approved.Approve("approver", "Priya Shah", Drafts.LocalBidders(3, 3), 500_000m, Drafts.Now);

        Assert.False(approved.IsDeadlineReminderDue(Drafts.BidDeadline.AddHours(-1), ThreeDays));
    }
}
