using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>One stage of a procurement, in the order the work is done (the task list of its overview page).</summary>
public enum ProcurementTask
{
    Details = 0,
    LotsAndKeepItLocal = 1,
    EvaluationModel = 2,
    SubmitForApproval = 3,
    Approval = 4,
    Publish = 5,
    ReceiveBids = 6,
    Evaluate = 7,
    Award = 8,
}

/// <summary>
/// The status of each stage of a procurement, worked out from the opportunity's state (docs/patterns.md,
/// "Task list"). Preparing the draft is three tasks whose status comes from what
/// <see cref="Opportunity.ProblemsBeforeApproval"/> still finds; each later stage cannot start until the one
/// before it is completed. Evaluation, award and contract stages extend this list as they are built.
/// </summary>
public static class ProcurementTasks
{
    /// <summary>The fields of <see cref="Opportunity.ProblemsBeforeApproval"/> each preparation task owns.</summary>
    private static readonly Dictionary<ProcurementTask, string[]> Fields = new()
    {
        [ProcurementTask.Details] = [nameof(Opportunity.EstimatedValue), "BidDeadline"],
        [ProcurementTask.LotsAndKeepItLocal] = ["Lots", nameof(Opportunity.SingleLotReason)],
        [ProcurementTask.EvaluationModel] = [nameof(Opportunity.PriceWeight), "QualityQuestions", "SocialValueCriteria"],
    };

    /// <summary>
    /// Every task with its status. <paramref name="problems"/> are the opportunity's problems before approval
    /// (empty once it has been submitted).
    /// </summary>
    public static IReadOnlyList<(ProcurementTask Task, TaskListStatus Status)> For(
        Opportunity opportunity, IReadOnlyList<(string Field, string Message)> problems, DateTime nowUtc)
    {
        var stage = opportunity.StageAt(nowUtc);
        var drafting = opportunity.IsEditable;
        var statuses = new List<(ProcurementTask, TaskListStatus)>
        {
            (ProcurementTask.Details, Preparation(ProcurementTask.Details, drafting, problems, started: true)),
            (ProcurementTask.LotsAndKeepItLocal, Preparation(ProcurementTask.LotsAndKeepItLocal, drafting, problems, started: opportunity.Lots.Count > 0)),
            (ProcurementTask.EvaluationModel, Preparation(ProcurementTask.EvaluationModel, drafting, problems,
                started: opportunity.QualityQuestions.Count > 0 || opportunity.SocialValueCriteria.Count > 0)),
        };

        var submitted = !drafting;
        statuses.Add((ProcurementTask.SubmitForApproval,
            submitted ? TaskListStatus.Completed : problems.Count > 0 ? TaskListStatus.CannotStartYet : TaskListStatus.NotStarted));

        var approved = opportunity.ApprovedAtUtc is not null && stage != OpportunityStage.AwaitingApproval && !drafting;
        statuses.Add((ProcurementTask.Approval,
            approved ? TaskListStatus.Completed : stage == OpportunityStage.AwaitingApproval ? TaskListStatus.InProgress : TaskListStatus.CannotStartYet));

        var published = opportunity.PublishedAtUtc is not null;
        statuses.Add((ProcurementTask.Publish,
            published ? TaskListStatus.Completed : stage == OpportunityStage.Approved ? TaskListStatus.NotStarted : TaskListStatus.CannotStartYet));

        var closed = published && opportunity.IsPastBidDeadline(nowUtc);
        statuses.Add((ProcurementTask.ReceiveBids,
            closed ? TaskListStatus.Completed : stage == OpportunityStage.Open ? TaskListStatus.InProgress : TaskListStatus.CannotStartYet));

        statuses.Add((ProcurementTask.Evaluate, opportunity.Status switch
        {
            OpportunityStatus.Awarded => TaskListStatus.Completed,
            OpportunityStatus.InEvaluation => TaskListStatus.InProgress,
            OpportunityStatus.Published when closed => TaskListStatus.NotStarted,
            _ => TaskListStatus.CannotStartYet,
        }));

        statuses.Add((ProcurementTask.Award, opportunity.Status switch
        {
            OpportunityStatus.Awarded => TaskListStatus.Completed,
            OpportunityStatus.InEvaluation => TaskListStatus.NotStarted,
            _ => TaskListStatus.CannotStartYet,
        }));

        if (opportunity.Status == OpportunityStatus.Cancelled)
        {
            // A cancelled procurement goes no further: what was done stays done (nothing, if it was cancelled
            // before approval, when its draft was never checked complete), and nothing else can start.
            var doneBefore = opportunity.ApprovedAtUtc is not null;
            return statuses.Select(s => (s.Item1, doneBefore && s.Item2 == TaskListStatus.Completed ? TaskListStatus.Completed : TaskListStatus.CannotStartYet)).ToList();
        }

        return statuses;
    }

    private static TaskListStatus Preparation(ProcurementTask task, bool drafting, IReadOnlyList<(string Field, string Message)> problems, bool started)
    {
        if (!drafting)
        {
            return TaskListStatus.Completed;
        }

        if (!started)
        {
            return TaskListStatus.NotStarted;
        }

        return problems.Any(p => Fields[task].Contains(p.Field)) ? TaskListStatus.InProgress : TaskListStatus.Completed;
    }
}
