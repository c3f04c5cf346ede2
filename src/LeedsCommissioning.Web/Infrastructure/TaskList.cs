using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// One task of a GOV.UK task list: its name, the page that does it (no link while it cannot start, or for
/// someone who may not do it), an optional hint and its status (docs/patterns.md, "Task list").
/// </summary>
public sealed record TaskListItem(string Name, string? Href, TaskListStatus Status, string? Hint = null)
{
    /// <summary>A link only where the task can be done now.</summary>
    public bool IsLink => Href is not null && Status != TaskListStatus.CannotStartYet;

    /// <summary>The status as the GOV.UK task list pattern words it.</summary>
    public string StatusText => Status switch
    {
        TaskListStatus.CannotStartYet => "Cannot start yet",
        TaskListStatus.NotStarted => "Not started",
        TaskListStatus.InProgress => "In progress",
        _ => "Completed",
    };

    /// <summary>The tag colour; "Completed" and "Cannot start yet" are plain text, as the pattern has them.</summary>
    public string? TagClass => Status switch
    {
        TaskListStatus.NotStarted => "govuk-tag--blue",
        TaskListStatus.InProgress => "govuk-tag--light-blue",
        _ => null,
    };
}

/// <summary>A group of tasks under one heading.</summary>
public sealed record TaskListSection(string Heading, IReadOnlyList<TaskListItem> Items);

/// <summary>What the shared partial Features/Shared/_TaskList.cshtml renders; <see cref="IdPrefix"/> keeps ids unique on the page.</summary>
public sealed record TaskListModel(string IdPrefix, IReadOnlyList<TaskListSection> Sections);
