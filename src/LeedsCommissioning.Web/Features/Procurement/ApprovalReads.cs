using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Procurement;

/// <summary>Reads of opportunities' approval shared by the procurement list and the home page.</summary>
public static class ApprovalReads
{
    /// <summary>Submitted for approval by someone other than <paramref name="userId"/>, oldest submission first: never their own drafts.</summary>
    public static async Task<IReadOnlyList<AwaitingApprovalRow>> AwaitingApprovalOfAsync(this CommissioningDbContext db, string userId)
    {
        var rows = await db.Opportunities.AsNoTracking()
            .Where(o => o.Status == OpportunityStatus.SubmittedForApproval && o.AuthorUserId != userId)
            .Select(o => new AwaitingApprovalRow(o.Id, o.Title, o.AuthorName,
                o.ApprovalSteps.Where(s => s.Kind == ApprovalStepKind.Submitted).Max(s => (DateTime?)s.AtUtc)))
            .ToListAsync();
        return rows.OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id).ToList();
    }
}
