using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed record ProcurementRow(int Id, string Title, string ServiceArea, OpportunityStage Stage, DateTime? BidDeadlineUtc, string AuthorName, int WaitingQuestions)
{
    /// <summary>The staff list of opportunities as a download.</summary>
    public static ListExport<ProcurementRow> Export { get; } = new ListExport<ProcurementRow>("opportunities", "Opportunities")
        .Text("Opportunity", r => r.Title, 50)
        .Text("Service area", r => r.ServiceArea, 26)
        .Text("Drafted by", r => r.AuthorName, 24)
        .Text("Stage", r => r.Stage.ToDisplayName(), 20)
        .DateTime("Bids close", r => r.BidDeadlineUtc)
        .Number("Questions waiting", r => r.WaitingQuestions, 12);
}
