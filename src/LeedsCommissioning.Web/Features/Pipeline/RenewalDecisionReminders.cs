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
/// reminded twice of one date. Whose decision it is comes with the pipeline's row (<see cref="PipelineRow.DecisionUserId"/>);
/// for one person only the contracts that can be theirs are read (<see cref="PipelineQueries.DecisionRowsAsync"/>).
/// </summary>
public sealed class RenewalDecisionReminders(CommissioningDbContext db, RenewalRules rules, Microsoft.Extensions.Options.IOptions<ReminderOptions> options) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.RenewalDecisionDue;

    public async Task<IReadOnlyList<DueReminder>> DueAsync(DateOnly today, string? forUserId, CancellationToken cancellationToken)
    {
        var rows = await PipelineQueries.DecisionRowsAsync(db, rules, today, forUserId, cancellationToken);
        return rows
            .Where(r => r.PendingExtension is null && r.Intention == RenewalIntention.Undecided
                && r.DueOn <= today.AddDays(options.Value.RenewalDecisionLeadDays) && r.DecisionUserId is not null)
            .Select(row =>
            {
                var when = row.DueOn < today ? $"was due {UkTime.Date(row.DueOn)}" : $"is due {UkTime.Date(row.DueOn)}";
                return new DueReminder(row.DecisionUserId!, ReminderKind.RenewalDecisionDue, $"renewal-{row.ContractId}-{row.DueOn:yyyy-MM-dd}",
                    $"{row.DecisionName} for {row.Reference} {row.Title} {when}", row.DueOn, $"/pipeline/contracts/{row.ContractId}");
            })
            .For(forUserId);
    }
}
