using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed class ProcurementIndexViewModel
{
    public OpportunityStage? Stage { get; set; }

    /// <summary>Submitted by someone else and waiting for the signed-in approver; empty for everyone else.</summary>
    public IReadOnlyList<AwaitingApprovalRow> AwaitingYourApproval { get; set; } = [];

    public bool CanApprove { get; set; }

    public IReadOnlyList<ProcurementRow> Rows { get; set; } = [];

    public int PendingApplications { get; set; }

    public bool CanCreate { get; set; }
}
