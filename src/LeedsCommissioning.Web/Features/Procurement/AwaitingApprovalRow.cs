namespace LeedsCommissioning.Web.Features.Procurement;

/// <summary>An opportunity submitted for approval by someone else: what an approver sees waiting for them.</summary>
public sealed record AwaitingApprovalRow(int Id, string Title, string AuthorName, DateTime? SubmittedAtUtc);
