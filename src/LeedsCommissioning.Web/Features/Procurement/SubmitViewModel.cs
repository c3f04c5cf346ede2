using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Features.Opportunities;

namespace LeedsCommissioning.Web.Features.Procurement;

/// <summary>The author's "check what will be sent" page before submitting for approval (GOV.UK check answers pattern).</summary>
public sealed class SubmitViewModel
{
    public required OpportunityDetailsViewModel Opportunity { get; init; }

    public int Version { get; init; }

    public required string AuthorName { get; init; }

    public bool IsAuthor { get; init; }

    public bool IsDraft { get; init; }

    public required KeepItLocalPanel KeepItLocal { get; init; }

    public IReadOnlyList<(string Field, string Message)> Problems { get; init; } = [];

    public ApprovalStepRow? OutstandingReturn { get; init; }

    /// <summary>The names of the people who will be e-mailed.</summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    /// <summary>Where each problem is put right: its Change page.</summary>
    public static string ChangePage(int id, string field) => field switch
    {
        "Lots" or "SingleLotReason" => $"/procurement/opportunities/{id}/lots",
        "PriceWeight" or "QualityWeight" or "SocialValueWeight" or "QualityQuestions" or "SocialValueCriteria" => $"/procurement/opportunities/{id}/evaluation",
        _ => $"/procurement/opportunities/{id}/edit",
    };
}
