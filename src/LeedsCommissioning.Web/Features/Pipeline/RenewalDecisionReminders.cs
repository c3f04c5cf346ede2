using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>
/// Renewal decisions that are due (issue 14, "Notices and reminders"): for every contract in the pipeline whose decision
/// due date is within <see cref="ReminderOptions.RenewalDecisionLeadDays"/> days or already past, and still undecided, a reminder
/// to the plan's owner, else to the contract's responsible commissioner; nobody with an account, no reminder. The key
/// carries the due date, so a new due date (a new route, say) raises a new reminder. A decision on a pending optional
/// extension is left to the extension decision reminders (<see cref="ReminderKind.ExtensionDecisionDue"/>), so nobody is
/// reminded twice of one date.
/// </summary>
public sealed class RenewalDecisionReminders(CommissioningDbContext db, RenewalRules rules, Microsoft.Extensions.Options.IOptions<ReminderOptions> options) : IReminderSource
{
    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await PipelineQueries.RowsAsync(db, rules, new PipelineFilter(), today, cancellationToken);
        var due = rows.Where(r => r.PendingExtension is null && r.Intention == RenewalIntention.Undecided
            && r.DueOn <= today.AddDays(options.Value.RenewalDecisionLeadDays)).ToList();
        if (due.Count == 0)
        {
            return [];
        }

        var ids = due.Select(r => r.ContractId).ToList();
        var owners = await db.RenewalPlans.AsNoTracking().Where(p => ids.Contains(p.ContractId) && p.OwnerUserId != null)
            .ToDictionaryAsync(p => p.ContractId, p => p.OwnerUserId!, cancellationToken);
        var commissioners = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id) && c.ResponsibleCommissionerId != null)
            .ToDictionaryAsync(c => c.Id, c => c.ResponsibleCommissionerId!, cancellationToken);
        var reminders = new List<DueReminder>();
        foreach (var row in due)
        {
            var user = owners.GetValueOrDefault(row.ContractId) ?? commissioners.GetValueOrDefault(row.ContractId);
            if (user is null)
            {
                continue;
            }

            var when = row.DueOn < today ? $"was due {UkTime.Date(row.DueOn)}" : $"is due {UkTime.Date(row.DueOn)}";
            reminders.Add(new DueReminder(user, ReminderKind.RenewalDecisionDue, $"renewal-{row.ContractId}-{row.DueOn:yyyy-MM-dd}",
                $"{row.DecisionName} for {row.Reference} {row.Title} {when}", row.DueOn, $"/pipeline/contracts/{row.ContractId}"));
        }

        return reminders;
    }
}
