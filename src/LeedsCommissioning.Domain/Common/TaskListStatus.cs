namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// The status of one task in a GOV.UK task list (docs/patterns.md, "Task list"). A task that depends on
/// another one not yet done cannot start yet; the others are not started, in progress or completed.
/// </summary>
public enum TaskListStatus
{
    CannotStartYet = 0,
    NotStarted = 1,
    InProgress = 2,
    Completed = 3,
}
