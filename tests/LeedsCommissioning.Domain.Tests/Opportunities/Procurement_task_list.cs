using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using static LeedsCommissioning.Domain.Common.TaskListStatus;

namespace LeedsCommissioning.Domain.Tests.Opportunities;

public class Procurement_task_list
{
    private static Dictionary<ProcurementTask, TaskListStatus> StatusOf(Opportunity o, DateTime now) =>
        ProcurementTasks.For(o, o.IsEditable ? o.ProblemsBeforeApproval(Drafts.LocalBidders(Enumerable.Repeat(3, o.Lots.Count).ToArray()), now) : [], now)
            .ToDictionary(t => t.Task, t => t.Status);

    private static TaskListStatus[] InOrder(Dictionary<ProcurementTask, TaskListStatus> s) => Enum.GetValues<ProcurementTask>().Select(t => s[t]).ToArray();

    [Fact]
    public void a_new_draft_has_its_details_in_progress_lots_and_evaluation_not_started_and_nothing_after_can_start()
    {
        var o = new Opportunity("Carers' short breaks", null, ServiceArea.SupportToLiveIndependently, 1, "author", "Grace Okafor", Drafts.Now);

        Assert.Equal([InProgress, NotStarted, NotStarted, CannotStartYet, CannotStartYet, CannotStartYet, CannotStartYet, CannotStartYet, CannotStartYet],
            InOrder(StatusOf(o, Drafts.Now)));
    }

    [Fact]
    public void a_draft_with_lots_but_no_reason_for_a_single_lot_has_its_lots_in_progress()
    {
        var o = Drafts.Ready(lots: 2);
        o.RemoveLot(o.Lots[1].Id);

        var s = StatusOf(o, Drafts.Now);

        Assert.Equal(InProgress, s[ProcurementTask.LotsAndKeepItLocal]);
        Assert.Equal(CannotStartYet, s[ProcurementTask.SubmitForApproval]);
    }

    [Fact]
    public void a_complete_draft_has_its_preparation_completed_and_submission_not_started()
    {
        Assert.Equal([Completed, Completed, Completed, NotStarted, CannotStartYet, CannotStartYet, CannotStartYet, CannotStartYet, CannotStartYet],
            InOrder(StatusOf(Drafts.Ready(), Drafts.Now)));
    }

    [Fact]
    public void a_submitted_opportunity_is_waiting_for_approval()
    {
        Assert.Equal([Completed, Completed, Completed, Completed, InProgress, CannotStartYet, CannotStartYet, CannotStartYet, CannotStartYet],
            InOrder(StatusOf(Drafts.Submitted(), Drafts.Now)));
    }

    [Fact]
    public void an_approved_opportunity_is_ready_to_publish()
    {
        var o = Drafts.Submitted();
        o.Approve("approver", "Priya Shah", Drafts.LocalBidders(3, 3), 500_000m, Drafts.Now);

        Assert.Equal(NotStarted, StatusOf(o, Drafts.Now)[ProcurementTask.Publish]);
    }

    [Fact]
    public void a_published_opportunity_receives_bids_until_its_deadline_then_evaluation_can_start()
    {
        var o = Drafts.Published();

        Assert.Equal([Completed, Completed, Completed, Completed, Completed, Completed, InProgress, CannotStartYet, CannotStartYet],
            InOrder(StatusOf(o, Drafts.Now)));
        var afterDeadline = StatusOf(o, Drafts.BidDeadline.AddHours(1));
        Assert.Equal(Completed, afterDeadline[ProcurementTask.ReceiveBids]);
        Assert.Equal(NotStarted, afterDeadline[ProcurementTask.Evaluate]);
    }

    [Fact]
    public void in_evaluation_the_award_is_next_and_once_awarded_everything_is_completed()
    {
        var o = Evaluation.Panels.Closed();
        var after = Drafts.BidDeadline.AddHours(1);
        o.StartEvaluation(after);

        Assert.Equal(InProgress, StatusOf(o, after)[ProcurementTask.Evaluate]);
        Assert.Equal(NotStarted, StatusOf(o, after)[ProcurementTask.Award]);
        Assert.True(o.CompleteAward(o.Lots.Select((_, i) => Awards.Awarding.Approved(o, i)), after));
        Assert.All(StatusOf(o, after).Values, s => Assert.Equal(Completed, s));
    }

    [Fact]
    public void a_cancelled_opportunity_keeps_what_was_done_and_nothing_else_can_start()
    {
        var o = Drafts.Published();
        o.Cancel("The service is being redesigned.", Drafts.Now);

        var s = StatusOf(o, Drafts.Now);

        Assert.Equal(Completed, s[ProcurementTask.Publish]);
        Assert.Equal(CannotStartYet, s[ProcurementTask.ReceiveBids]);
        Assert.Equal(CannotStartYet, s[ProcurementTask.Award]);
    }
}
