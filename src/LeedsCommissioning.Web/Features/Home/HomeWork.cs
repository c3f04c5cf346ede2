using System.Security.Claims;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Procurement;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Home;

/// <summary>
/// What a person's home page reads from the database: their organisation's name, what awaits their approval, their
/// reminders and every work source's group. Right at <see cref="ComputedAtUtc"/> and until <see cref="ChangesAtUtc"/>, when a
/// bid deadline passes or comes within <see cref="Procurement.OpportunitiesClosing.Days"/> days (the only way the clock moves
/// a source's answer between two changes of the data, apart from the UK date, which the stamp carries).
/// </summary>
public sealed record HomeWork(
    string? Organisation, IReadOnlyList<AwaitingApprovalRow>? AwaitingApproval, YourRemindersModel? Reminders,
    IReadOnlyList<WorkGroup> Work, DateTime ComputedAtUtc, DateTime? ChangesAtUtc)
{
    /// <summary>The counters whose every change can change a home page (<see cref="DataVersion"/>).</summary>
    public static readonly string[] Versions = [DataVersion.Register, DataVersion.Opportunities, DataVersion.Monitoring, DataVersion.Work];

    /// <summary>Whether what was read at <see cref="ComputedAtUtc"/> is still what would be read at <paramref name="nowUtc"/>.</summary>
    public bool StillRightAt(DateTime nowUtc) => nowUtc >= ComputedAtUtc && (ChangesAtUtc is not { } next || nowUtc < next);

    /// <summary>
    /// Reads it now for <paramref name="person"/>, with the services of a scope of its own: every source asked as the page
    /// always asked them (each checks the person's policies and reads only what they may see).
    /// </summary>
    public static async Task<HomeWork> ReadAsync(IServiceProvider services, WorkFor person, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CommissioningDbContext>();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var organisation = person.ProviderId is { } provider
            ? await db.Providers.Where(p => p.Id == provider).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
            : person.CommissioningOrganisationId is { } commissioning
                ? await db.CommissioningOrganisations.Where(o => o.Id == commissioning).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken)
                : null;
        // An approver's home page lists what others have submitted for their approval (issue 11).
        var awaiting = (await authorization.AuthorizeAsync(person.User, Policies.ApproveOpportunities)).Succeeded
            ? await db.AwaitingApprovalOfAsync(person.UserId)
            : null;
        // The person's own reminders (issue 14): for staff always, for anyone else when they have some.
        var reminders = await db.ForAsync(person.UserId, person.Today);
        var showReminders = reminders.Rows.Count > 0 || (await authorization.AuthorizeAsync(person.User, Policies.Staff)).Succeeded;
        var work = new List<WorkGroup>();
        foreach (var source in services.GetRequiredService<IEnumerable<IWorkSource>>())
        {
            if (await source.ForAsync(person, cancellationToken) is { Count: > 0 } group)
            {
                work.Add(group);
            }
        }

        // The sources compare the clock with bid deadlines only (closing within 14 days, ready to open, drafts and answers
        // on open opportunities, questions overdue): what they read stays right until the next deadline passes or comes
        // within the 14 days.
        var now = person.NowUtc;
        var closingFrom = now.AddDays(OpportunitiesClosing.Days);
        // Both in one query: the next deadline, and the next beyond the 14 days.
        var deadlines = await db.Opportunities.AsNoTracking().Where(o => o.BidDeadlineUtc > now)
            .GroupBy(o => 1)
            .Select(g => new
            {
                Next = g.Min(o => o.BidDeadlineUtc),
                NextBeyond = g.Min(o => o.BidDeadlineUtc > closingFrom ? o.BidDeadlineUtc : null),
            })
            .FirstOrDefaultAsync(cancellationToken);
        DateTime? changesAt = (deadlines?.Next, deadlines?.NextBeyond?.AddDays(-OpportunitiesClosing.Days)) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            (var a, var b) => a ?? b,
        };

        return new HomeWork(organisation, awaiting, showReminders ? reminders : null,
            work.OrderBy(g => g.Order).ThenBy(g => g.Heading, StringComparer.Ordinal).ToList(), now, changesAt);
    }
}

/// <summary>Whose home page: the person, and what of their sign-in decides which sources answer them.</summary>
public readonly record struct HomeWorkKey(string UserId, string Role, int? ProviderId, int? CommissioningOrganisationId)
{
    public static HomeWorkKey For(ClaimsPrincipal user) =>
        new(user.UserId(), user.Role(), user.ProviderId(), user.CommissioningOrganisationId());
}

/// <summary>The data versions a home page was read at (<see cref="HomeWork.Versions"/>), and the UK date.</summary>
public readonly record struct HomeWorkStamp(long Register, long Opportunities, long Monitoring, long Work, DateOnly Today)
{
    /// <summary>The stamp now: <see cref="HomeWork.Versions"/> read in one command, named here in the order they are read.</summary>
    public static async Task<HomeWorkStamp> ReadAsync(CommissioningDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var versions = await DataVersion.ReadAsync(db, HomeWork.Versions, cancellationToken);
        return new HomeWorkStamp(
            Register: versions[Array.IndexOf(HomeWork.Versions, DataVersion.Register)],
            Opportunities: versions[Array.IndexOf(HomeWork.Versions, DataVersion.Opportunities)],
            Monitoring: versions[Array.IndexOf(HomeWork.Versions, DataVersion.Monitoring)],
            Work: versions[Array.IndexOf(HomeWork.Versions, DataVersion.Work)],
            today);
    }
}

/// <summary>
/// Each person's <see cref="HomeWork"/> as this instance keeps it (docs/benchmarks.md, "Home pages: session 16"): one per
/// person, against the data versions and the UK date it was read at, replaced when one of them changes or a bid deadline
/// moves a source's answer (<see cref="HomeWork.StillRightAt"/>). Every request reads the versions from the database, so
/// no instance shows a home page older than a change another has saved. Bounded: at most <see cref="Capacity"/> people,
/// each dropped after <see cref="Lifetime"/> unused (<see cref="KeptPerVersion{TKey, TStamp, TValue}"/>).
/// </summary>
public sealed class KeptHomeWork(IServiceScopeFactory scopes, TimeProvider clock)
    : KeptPerVersion<HomeWorkKey, HomeWorkStamp, HomeWork>(scopes, new KeptBound(Capacity, Lifetime, clock))
{
    /// <summary>How many people's home pages are kept (a few KB each: the cards' five items, reminders and approvals).</summary>
    public const int Capacity = 1_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public Task<HomeWork> GetAsync(HomeWorkKey key, HomeWorkStamp stamp, WorkFor person) =>
        GetFromScopeAsync(key, stamp, services => HomeWork.ReadAsync(services, person, CancellationToken.None),
            work => work.StillRightAt(person.NowUtc));
}
