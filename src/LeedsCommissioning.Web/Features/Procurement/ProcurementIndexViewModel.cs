using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed class ProcurementIndexViewModel
{
    public OpportunityStage? Stage { get; set; }

    /// <summary>Submitted by someone else and waiting for the signed-in approver; empty for everyone else.</summary>
    public IReadOnlyList<AwaitingApprovalRow> AwaitingYourApproval { get; set; } = [];

    public bool CanApprove { get; set; }

    /// <summary>The page of opportunities shown (<see cref="ProcurementController.PageSize"/> at most).</summary>
    public IReadOnlyList<ProcurementRow> Rows { get; set; } = [];

    /// <summary>How many opportunities are at the stage chosen (or in all), on every page.</summary>
    public int TotalCount { get; set; }

    public int Page { get; set; } = 1;

    public int PageCount { get; set; } = 1;

    public int PendingApplications { get; set; }

    public bool CanCreate { get; set; }
}
