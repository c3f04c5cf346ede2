using System.Security.Claims;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Procurement;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

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
        var nextDeadline = await db.Opportunities.AsNoTracking().Where(o => o.BidDeadlineUtc > now).MinAsync(o => o.BidDeadlineUtc, cancellationToken);
        var nextClosing = await db.Opportunities.AsNoTracking().Where(o => o.BidDeadlineUtc > closingFrom).MinAsync(o => o.BidDeadlineUtc, cancellationToken);
        DateTime? changesAt = (nextDeadline, nextClosing?.AddDays(-OpportunitiesClosing.Days)) switch
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
    public static HomeWorkStamp From(IReadOnlyList<long> versions, DateOnly today) => new(versions[0], versions[1], versions[2], versions[3], today);
}

/// <summary>
/// Each person's <see cref="HomeWork"/> as this instance keeps it (docs/benchmarks.md, "Home pages: session 16"): one per
/// person, against the data versions and the UK date it was read at, replaced when one of them changes or a bid deadline
/// moves a source's answer (<see cref="HomeWork.StillRightAt"/>). Every request reads the versions from the database, so
/// no instance shows a home page older than a change another has saved. Bounded: at most <see cref="Capacity"/> people,
/// each dropped after <see cref="Lifetime"/> unused. Requests that miss together wait for the same reading, which runs with
/// a scope of its own and not the request's cancellation; a reading that fails is not kept.
/// </summary>
public sealed class KeptHomeWork(IServiceScopeFactory scopes) : IDisposable
{
    /// <summary>How many people's home pages are kept (a few KB each: the cards' five items, reminders and approvals).</summary>
    public const int Capacity = 1_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public async Task<HomeWork> GetAsync(HomeWorkKey key, HomeWorkStamp stamp, WorkFor person)
    {
        var slot = SlotFor(key, stamp, person, replacing: null);
        var work = await slot.Work;
        if (work.StillRightAt(person.NowUtc))
        {
            return work;
        }

        return await SlotFor(key, stamp, person, replacing: slot).Work;
    }

    private Slot SlotFor(HomeWorkKey key, HomeWorkStamp stamp, WorkFor person, Slot? replacing)
    {
        if (replacing is null && _cache.TryGetValue(key, out Slot? kept) && kept!.Stamp == stamp)
        {
            return kept;
        }

        lock (_cache)
        {
            if (_cache.TryGetValue(key, out kept) && kept!.Stamp == stamp && !ReferenceEquals(kept, replacing))
            {
                return kept;
            }

            var slot = new Slot(stamp, Task.Run(() => ReadAsync(person)));
            _cache.Set(key, slot, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Lifetime });
            _ = slot.Work.ContinueWith(_ => Forget(key, slot), CancellationToken.None,
                TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return slot;
        }
    }

    private void Forget(HomeWorkKey key, Slot slot)
    {
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out Slot? kept) && ReferenceEquals(kept, slot))
            {
                _cache.Remove(key);
            }
        }
    }

    private async Task<HomeWork> ReadAsync(WorkFor person)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await HomeWork.ReadAsync(scope.ServiceProvider, person, CancellationToken.None);
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Slot(HomeWorkStamp Stamp, Task<HomeWork> Work);
}
