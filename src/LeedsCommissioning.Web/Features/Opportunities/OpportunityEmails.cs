using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>
/// E-mails providers expect of a tendering portal, queued in the database outbox in the same save as the change
/// (so an e-mail goes only for a change that happened): a receipt for every submitted or withdrawn bid, and a
/// note to every organisation following an opportunity (registered interest or a bid started) when a
/// clarification or an answer is published. Each person gets their own e-mail, so nobody learns who else is
/// following; a receipt never carries prices or answers (bids stay sealed, in the outbox too).
/// </summary>
public sealed class OpportunityEmails(CommissioningDbContext db, IEmailSender email)
{
    public void BidReceipt(string to, string name, string opportunityTitle, int lotNumber, string lotTitle, string receiptReference,
        DateTime submittedAtUtc, DateTime bidDeadlineUtc, string receiptLink) =>
        email.Queue(to, $"Bid received: {opportunityTitle}, lot {lotNumber}",
            $"""
            Dear {name},

            We received your organisation's bid for lot {lotNumber} ({lotTitle}) of "{opportunityTitle}" on {UkTime.DateAndTime(submittedAtUtc)} (UK time).

            Receipt reference: {receiptReference}

            Nobody at the council or NHS Leeds can open it before the deadline, {UkTime.DateAndTime(bidDeadlineUtc)}. Until then you can change it (submit it again) or withdraw it.

            Your receipt: {receiptLink}

            Leeds Commissioning
            """);

    public void BidWithdrawn(string to, string name, string opportunityTitle, int lotNumber, DateTime nowUtc, DateTime bidDeadlineUtc, string bidLink) =>
        email.Queue(to, $"Bid withdrawn: {opportunityTitle}, lot {lotNumber}",
            $"""
            Dear {name},

            Your organisation's bid for lot {lotNumber} of "{opportunityTitle}" was withdrawn on {UkTime.DateAndTime(nowUtc)} (UK time). It will not be evaluated.

            You can reopen it and submit it again until {UkTime.DateAndTime(bidDeadlineUtc)}: {bidLink}

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
            email.Queue(person.Email!, $"Update on {opportunityTitle}",
                $"""
                Dear {person.DisplayName},

                {what} on "{opportunityTitle}", an opportunity your organisation is following on Leeds Commissioning.

                Read it: {link}

                Leeds Commissioning
                """);
        }
    }
}
