using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Opportunities;
using LeedsCommissioning.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>
/// The scheduled job that reminds each organisation that registered interest in an open opportunity, and has
/// not submitted a bid, that bids close soon (Opportunities:BidDeadlineReminderDays before the deadline). The
/// e-mail goes to the person who registered the interest, through the outbox, once per organisation and
/// opportunity: the registration's DeadlineReminderSentAtUtc is claimed with a conditional UPDATE in the same
/// transaction that queues the e-mail, so neither a second instance nor a restart sends it again
/// (docs/domain.md, "Reminders").
/// </summary>
public sealed class BidDeadlineReminders(
    CommissioningDbContext db,
    OpportunityEmails emails,
    IOptions<OpportunityOptions> options,
    IOptions<EmailOptions> emailOptions,
    TimeProvider clock,
    ILogger<BidDeadlineReminders> logger) : IScheduledJob
{
    public string Name => "bid-deadline-reminders";

    public TimeSpan Interval => options.Value.BidDeadlineRemindersEvery;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var days = options.Value.BidDeadlineReminderDays;
        if (days <= 0)
        {
            return "Off (Opportunities:BidDeadlineReminderDays is 0)";
        }

        if (emailOptions.Value.PortalAddress is not { Length: > 0 } portal)
        {
            logger.LogWarning("Bid deadline reminders are not sent until Email:PortalAddress is set (the address links in e-mail point to)");
            return "Not sent: Email:PortalAddress is not set";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = TimeSpan.FromDays(days);
        var windowEnd = now + before;
        var opportunities = await db.Opportunities.AsNoTracking()
            .Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc > now && o.BidDeadlineUtc <= windowEnd)
            .ToListAsync(cancellationToken);
        var open = opportunities.Where(o => o.IsDeadlineReminderDue(now, before)).ToDictionary(o => o.Id);
        if (open.Count == 0)
        {
            return "0 reminders queued";
        }

        var openIds = open.Keys.ToList();
        var due = await (from registration in db.InterestRegistrations.AsNoTracking()
                             .Where(i => openIds.Contains(i.OpportunityId) && i.DeadlineReminderSentAtUtc == null)
                             .WithoutSubmittedBid(db)
                         join user in db.Users on registration.UserId equals user.Id
                         where user.Email != null
                         orderby registration.Id
                         select new { registration.Id, registration.OpportunityId, user.Email, user.DisplayName, user.LockoutEnd })
            .ToListAsync(cancellationToken);

        var queued = 0;
        foreach (var reminder in due.Where(r => !(r.LockoutEnd >= ApplicationUser.LockedByAdministrator.AddDays(-1))))
        {
            var opportunity = open[reminder.OpportunityId];
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.InterestRegistrations
                .Where(i => i.Id == reminder.Id && i.DeadlineReminderSentAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.DeadlineReminderSentAtUtc, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            emails.DeadlineReminder(new OpportunityEmails.Recipient(reminder.Email!, reminder.DisplayName), opportunity.Title,
                opportunity.BidDeadlineUtc!.Value, $"{portal.TrimEnd('/')}/opportunities/{opportunity.Id}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            queued++;
        }

        return queued == 1 ? "1 reminder queued" : $"{queued} reminders queued";
    }
}
