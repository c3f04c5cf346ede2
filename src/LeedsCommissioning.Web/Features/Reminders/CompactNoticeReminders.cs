using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>
/// The Compact for Leeds' notice deadline approaching (issue 14: "notice deadline approaching (configurable lead, default
/// four weeks before the six months)"; domain.md section 5: "six months of notice on decisions to reduce investment or end
/// contracts with the Third Sector", for any third-sector provider on the contract). For each running contract (live, in
/// extension or ending) with a third-sector provider in any role and a responsible commissioner who has an account, the
/// last day to give notice (<see cref="RenewalRules.CompactNoticeBy"/> of its current end date) is due for that
/// commissioner from Reminders:CompactNoticeLeadDays before it until the day itself. The key carries that day, so a new
/// end date raises a new reminder. For one person only their contracts are read (indexed by the responsible commissioner).
/// </summary>
public sealed class CompactNoticeReminders(CommissioningDbContext db, RenewalRules rules, IOptions<ReminderOptions> options) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.CompactNoticeDeadline;

    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateOnly today, string? forUserId, CancellationToken cancellationToken)
    {
        var lead = options.Value.CompactNoticeLeadDays;
        // Notice is due by end less the Compact's months: the ends that can fall in the window, with a few days' slack
        // for month lengths; the exact test is below.
        var earliestEnd = today.AddMonths(rules.CompactNoticeMonths).AddDays(-4);
        var latestEnd = today.AddDays(lead).AddMonths(rules.CompactNoticeMonths).AddDays(4);
        var mine = db.Contracts.AsNoTracking();
        if (forUserId is not null)
        {
            mine = mine.Where(c => c.ResponsibleCommissionerId == forUserId);
        }

        var contracts = await mine
            .Where(ProviderQueries.IsDelivering)
            .Where(c => c.ResponsibleCommissionerId != null
                && c.CurrentEndDate >= earliestEnd && c.CurrentEndDate <= latestEnd
                && c.HasThirdSectorProvider)
            .Select(c => new { c.Id, c.Title, UserId = c.ResponsibleCommissionerId!, c.CurrentEndDate })
            .ToListAsync(cancellationToken);

        return contracts
            .Select(c => (Contract: c, NoticeBy: rules.CompactNoticeBy(c.CurrentEndDate)))
            .Where(c => c.NoticeBy >= today && c.NoticeBy.AddDays(-lead) <= today)
            .OrderBy(c => c.NoticeBy).ThenBy(c => c.Contract.Id)
            .Select(c => new DueReminder(
                c.Contract.UserId,
                ReminderKind.CompactNoticeDeadline,
                string.Create(CultureInfo.InvariantCulture, $"contract-{c.Contract.Id}-compact-notice-{c.NoticeBy:yyyy-MM-dd}"),
                $"Give third-sector providers six months' notice by {UkTime.Date(c.NoticeBy)} if {c.Contract.Title} is to end on {UkTime.Date(c.Contract.CurrentEndDate)}",
                c.NoticeBy,
                string.Create(CultureInfo.InvariantCulture, $"/contracts/{c.Contract.Id}")))
            .For(forUserId);
    }
}
