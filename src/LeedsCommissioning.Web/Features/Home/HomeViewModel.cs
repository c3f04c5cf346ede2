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
