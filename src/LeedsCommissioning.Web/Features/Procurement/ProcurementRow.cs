using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed record ProcurementRow(int Id, string Title, string ServiceArea, OpportunityStage Stage, DateTime? BidDeadlineUtc, string AuthorName, int WaitingQuestions);
