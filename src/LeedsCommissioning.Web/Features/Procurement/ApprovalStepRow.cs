using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Web.Features.Procurement;

/// <summary>One step of an opportunity's approval history, as the overview shows it.</summary>
public sealed record ApprovalStepRow(ApprovalStepKind Kind, string ByName, DateTime AtUtc, string? Reason);
