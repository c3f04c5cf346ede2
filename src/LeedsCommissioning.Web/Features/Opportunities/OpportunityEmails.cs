using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>
/// E-mails providers expect of a tendering portal, queued in the database outbox in the same save as the change
/// (so an e-mail goes only for a change that happened): a receipt for every submitted or withdrawn bid, and a
/// note to every organisation following an opportunity (registered interest or a bid started) when a
/// clarification or an answer is published. Each person gets their own e-mail, so nobody learns who else is
/// following; a receipt never carries prices or answers (bids stay sealed, in the outbox too).
/// Staff are told about approval (issue 11): every approver but the author when a draft is submitted, and the
/// author when it is returned (with the reason) or approved.
/// </summary>
public sealed class OpportunityEmails(CommissioningDbContext db, IEmailSender email, IAuthorizationPolicyProvider policies)
{
    /// <summary>A person told about an opportunity's approval.</summary>
    public sealed record Recipient(string Email, string Name);

    /// <summary>
    /// The people who may approve: active accounts in the roles the <see cref="Policies.ApproveOpportunities"/>
    /// policy allows, read from the policy itself so the two cannot disagree. Never the author.
    /// </summary>
    public async Task<IReadOnlyList<Recipient>> ApproversAsync(string authorUserId)
    {
        var policy = await policies.GetPolicyAsync(Policies.ApproveOpportunities)
            ?? throw new InvalidOperationException($"The {Policies.ApproveOpportunities} policy is not registered");
        var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().ToList();
        var people = await (from user in db.Users.AsNoTracking()
                            join userRole in db.UserRoles on user.Id equals userRole.UserId
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where roles.Contains(role.Name!) && user.Id != authorUserId && user.Email != null
                            select new { user.Email, user.DisplayName, user.LockoutEnd })
            .ToListAsync();
        return people.Where(p => !(p.LockoutEnd >= LeedsCommissioning.Infrastructure.Identity.ApplicationUser.LockedByAdministrator.AddDays(-1)))
            .Select(p => new Recipient(p.Email!, p.DisplayName)).DistinctBy(p => p.Email).OrderBy(p => p.Name).ThenBy(p => p.Email).ToList();
    }

    /// <summary>Queues one e-mail to each of <paramref name="approvers"/> (see <see cref="ApproversAsync"/>), for the caller's save to send.</summary>
    public void SubmittedForApproval(IEnumerable<Recipient> approvers, string authorName, string opportunityTitle, string link)
    {
        foreach (var approver in approvers)
        {
            email.Queue(EmailKinds.ApprovalRequest, approver.Email, $"Awaiting your approval: {opportunityTitle}",
                $"""
                Dear {approver.Name},

                {authorName} has submitted the opportunity "{opportunityTitle}" for approval to publish.

                Check its details, lots, Keep it Local panel and evaluation model, then approve it, or return it to {authorName} saying what needs to change.

                Open it: {link}

                Leeds Commissioning
                """);
        }
    }

    /// <summary>Tells the author their opportunity was returned, and why.</summary>
    public void Returned(Recipient author, string opportunityTitle, string returnedBy, string reason, DateTime nowUtc, string link) =>
        email.Queue(EmailKinds.OpportunityReturned, author.Email, $"Returned to you: {opportunityTitle}",
            $"""
            Dear {author.Name},

            {returnedBy} returned the opportunity "{opportunityTitle}" to you on {UkTime.DateAndTime(nowUtc)} (UK time). It has not been approved.

            Reason: {reason}

            Change the draft, then submit it for approval again: {link}

            Leeds Commissioning
            """);

    /// <summary>Tells the author their opportunity was approved and can be published.</summary>
    public void Approved(Recipient author, string opportunityTitle, string approvedBy, DateTime nowUtc, string link) =>
        email.Queue(EmailKinds.OpportunityApproved, author.Email, $"Approved to publish: {opportunityTitle}",
            $"""
            Dear {author.Name},

            {approvedBy} approved the opportunity "{opportunityTitle}" to publish on {UkTime.DateAndTime(nowUtc)} (UK time).

            Publish it when you are ready: {link}

            Leeds Commissioning
            """);

    /// <summary>The author's address and name, read before the save that e-mails them; null if the account has no address.</summary>
    public async Task<Recipient?> AuthorAsync(string userId) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId && u.Email != null)
            .Select(u => new Recipient(u.Email!, u.DisplayName)).SingleOrDefaultAsync();

    /// <summary>
    /// The receipt for a sent bid: its reference and what happens next (the same words as the confirmation page),
    /// never its prices or answers.
    /// </summary>
    public void BidReceipt(string to, string name, string opportunityTitle, int lotNumber, string lotTitle, string receiptReference,
        DateTime submittedAtUtc, IReadOnlyList<string> whatHappensNext, string receiptLink) =>
        email.Queue(EmailKinds.BidReceived, to, $"Bid received: {opportunityTitle}, lot {lotNumber}",
            $"""
            Dear {name},

            We received your organisation's bid for lot {lotNumber} ({lotTitle}) of "{opportunityTitle}" on {UkTime.DateAndTime(submittedAtUtc)} (UK time).

            Receipt reference: {receiptReference}

            What happens next

            {string.Join("\n\n", whatHappensNext)}

            Your receipt: {receiptLink}

            Leeds Commissioning
            """);

    public void BidWithdrawn(string to, string name, string opportunityTitle, int lotNumber, DateTime nowUtc, DateTime bidDeadlineUtc, string bidLink) =>
        email.Queue(EmailKinds.BidWithdrawn, to, $"Bid withdrawn: {opportunityTitle}, lot {lotNumber}",
            $"""
            Dear {name},

            Your organisation's bid for lot {lotNumber} of "{opportunityTitle}" was withdrawn on {UkTime.DateAndTime(nowUtc)} (UK time). It will not be evaluated.

            You can reopen it and submit it again until {UkTime.DateAndTime(bidDeadlineUtc)}: {bidLink}

            Leeds Commissioning
            """);

    /// <summary>Reminds the person who registered their organisation's interest that bids close soon and it has not bid.</summary>
    public void DeadlineReminder(Recipient person, string opportunityTitle, DateTime bidDeadlineUtc, string link) =>
        email.Queue(EmailKinds.BidDeadlineReminder, person.Email, $"Bids close soon: {opportunityTitle}",
            $"""
            Dear {person.Name},

            Your organisation registered interest in "{opportunityTitle}" on Leeds Commissioning. Bids close at {UkTime.DateAndTime(bidDeadlineUtc)} (UK time), and we have not received a bid from your organisation.

            Start or finish your bid: {link}

            Late bids cannot be accepted. If you have decided not to bid, you do not need to do anything.

            Leeds Commissioning
            """);

    /// <summary>Queues one e-mail to each active user of every organisation following the opportunity.</summary>
    public async Task FollowersAsync(int opportunityId, string opportunityTitle, string what, string link)
    {
        var providerIds = await db.InterestRegistrations.Where(i => i.OpportunityId == opportunityId).Select(i => i.ProviderId)
            .Union(LeedsCommissioning.Infrastructure.Opportunities.SealedBids.FollowingProviderIds(db, opportunityId))
            .ToListAsync();
        var people = await db.Users.AsNoTracking()
            .Where(u => u.ProviderId != null && providerIds.Contains(u.ProviderId.Value) && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName, u.LockoutEnd })
            .ToListAsync();
        // Accounts an administrator has locked get nothing; a passing lock-out after wrong passwords does not matter.
        foreach (var person in people.Where(p => !(p.LockoutEnd >= LeedsCommissioning.Infrastructure.Identity.ApplicationUser.LockedByAdministrator.AddDays(-1))).OrderBy(p => p.Email))
        {
            email.Queue(EmailKinds.OpportunityUpdate, person.Email!, $"Update on {opportunityTitle}",
                $"""
                Dear {person.DisplayName},

                {what} on "{opportunityTitle}", an opportunity your organisation is following on Leeds Commissioning.

                Read it: {link}

                Leeds Commissioning
                """);
        }
    }
}
