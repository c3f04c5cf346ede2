using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>
/// A commissioner's home page: their contracts whose extension decision, renewal decision or Compact notice is due, by
/// the very rules that raise the reminders (the <see cref="IReminderSource"/>s of the Reminders and Pipeline features,
/// asked for today and for this person only), so the home page and the reminders never disagree. Soonest first; overdue
/// ones tagged.
/// </summary>
public sealed class ContractDecisionsDue(IEnumerable<IReminderSource> sources, IAuthorizationService authorization) : IWorkSource
{
    private static readonly IReadOnlySet<ReminderKind> ContractKinds =
        new HashSet<ReminderKind> { ReminderKind.ExtensionDecisionDue, ReminderKind.RenewalDecisionDue, ReminderKind.CompactNoticeDeadline };

    public async Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(person.User, Policies.ManageRenewals)).Succeeded)
        {
            return null;
        }

        var due = new List<DueReminder>();
        foreach (var source in sources.Where(s => ContractKinds.Contains(s.Kind)))
        {
            due.AddRange(await source.DueAsync(person.Today, person.UserId, cancellationToken));
        }

        var ordered = due.OrderBy(r => r.DueOn).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new WorkGroup("Contract decisions and notices due", ordered.Count,
            ordered.Take(8).Select(r => new WorkItem(r.Title, r.Link, r.Kind.ToDisplayName(), DueOn: r.DueOn, Overdue: r.DueOn < person.Today)).ToList(),
            "/pipeline", Order: 5);
    }
}
