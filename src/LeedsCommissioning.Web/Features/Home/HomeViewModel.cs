using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Features.Procurement;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Home;

public sealed record HomeViewModel(
    string Name, string RoleDescription, string Heading, string? Organisation, IReadOnlyList<NavigationItem> Tasks,
    IReadOnlyList<AwaitingApprovalRow>? AwaitingApproval = null, Reminders.YourRemindersModel? Reminders = null)
{
    /// <summary>What is waiting for the person, each kind in its group, in order; only groups with something in them.</summary>
    public IReadOnlyList<WorkGroup> Work { get; init; } = [];

    /// <summary>Nothing at all is waiting: no work, no reminder, nothing to approve.</summary>
    public bool NothingWaiting => Work.Count == 0 && (AwaitingApproval?.Count ?? 0) == 0 && (Reminders?.Rows.Count ?? 0) == 0;

    /// <summary>"Due 26 November 2026" or "Due 26 November 2026 at 10am": the item's date, in UK time.</summary>
    public static string? Due(WorkItem item) =>
        item.DueUtc is { } utc ? "Due " + UkTime.DateAndTime(utc) : item.DueOn is { } on ? "Due " + UkTime.Date(on) : null;

    /// <summary>Each role lands on a home page named for its work.</summary>
    public static string HeadingFor(string role) => role switch
    {
        Roles.Administrator => "Portal administration",
        Roles.CouncilCommissioner => "Commissioning: Leeds City Council",
        Roles.CcgCommissioner => "Commissioning: NHS Leeds",
        Roles.ProcurementOfficer => "Procurement",
        Roles.DecisionMaker => "Decisions",
        Roles.ProviderUser => "Your organisation",
        Roles.Evaluator => "Evaluation panels",
        _ => "Home",
    };
}
