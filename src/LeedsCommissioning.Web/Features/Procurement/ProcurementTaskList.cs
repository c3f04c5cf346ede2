using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Procurement;

/// <summary>
/// The overview page's task list: the stages of <see cref="ProcurementTasks"/> (which works out each status)
/// with their names and the page that does each, linked only for someone who may do it.
/// </summary>
public static class ProcurementTaskList
{
    public sealed record Permissions(bool CanManage, bool IsAuthor, bool CanApprove, bool CanRecordOutcome, bool CanOpenBids);

    public static TaskListModel For(int id, IReadOnlyList<(ProcurementTask Task, TaskListStatus Status)> statuses, Permissions can)
    {
        var status = statuses.ToDictionary(s => s.Task, s => s.Status);
        var page = $"/procurement/opportunities/{id}";
        TaskListItem Item(ProcurementTask task, string name, string? href, bool allowed, string? hint = null) =>
            new(name, allowed ? href : null, status[task], hint);
        var drafting = status[ProcurementTask.SubmitForApproval] != TaskListStatus.Completed;

        return new TaskListModel("procurement-task", [
            new TaskListSection("Prepare the opportunity", [
                Item(ProcurementTask.Details, "Details, value, route and timetable", page + "/edit", can.CanManage && drafting),
                Item(ProcurementTask.LotsAndKeepItLocal, "Lots and Keep it Local reasons", page + "/lots", can.CanManage && drafting),
                Item(ProcurementTask.EvaluationModel, "Evaluation model: weights, quality questions and social value", page + "/evaluation", can.CanManage && drafting),
            ]),
            new TaskListSection("Approve and publish", [
                Item(ProcurementTask.SubmitForApproval, "Check and submit for approval", page + "/submit", can.CanManage && can.IsAuthor && drafting,
                    "The person who drafted it submits it when everything above is completed."),
                Item(ProcurementTask.Approval, "Approval", "#approval", can.CanApprove && !can.IsAuthor,
                    "Another commissioner, procurement officer or a decision maker approves it."),
                Item(ProcurementTask.Publish, "Publish the opportunity", "#publish", can.CanManage && status[ProcurementTask.Publish] == TaskListStatus.NotStarted),
            ]),
            new TaskListSection("Bids and award", [
                Item(ProcurementTask.ReceiveBids, "Receive bids and answer questions", page + "/clarifications",
                    can.CanManage && status[ProcurementTask.ReceiveBids] == TaskListStatus.InProgress, "Bids stay sealed until the deadline."),
                Item(ProcurementTask.Evaluate, "Open and evaluate the bids", page + "/opening", can.CanOpenBids),
                Item(ProcurementTask.Award, "Record the award", page + "/award", can.CanRecordOutcome && status[ProcurementTask.Award] == TaskListStatus.NotStarted),
            ]),
        ]);
    }
}
