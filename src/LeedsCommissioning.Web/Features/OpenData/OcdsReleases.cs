using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Performance;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.OpenData;

/// <summary>One contracting process in the export: its ocid and the date of its latest release.</summary>
public sealed record OcdsProcess(string Ocid, DateTime Date, int? OpportunityId, int? ContractId);

/// <summary>
/// Reads the contracting processes the public may see and makes each one's current release (docs/open-data.md):
/// published opportunities (never a draft, one waiting for approval, or one approved but not yet published) with
/// their approved lot awards whose contract award notice is published and the contracts made from them; and the
/// register's contracts that did not come from an opportunity, once awarded. Each contract carries its implementation
/// (quarterly returns due and key performance indicator ratings, as status facts) and its amendments (changes of value,
/// term or scope that stand). No person's name, no contact, no bid's content or price; of bids only their counts per lot,
/// after the bid deadline; no return's or review's words and no monitoring rating.
/// </summary>
public sealed class OcdsReleases(CommissioningDbContext db, TimeProvider clock, IOptions<OpenDataOptions> options)
{
    private static readonly OpportunityStatus[] Public =
        [OpportunityStatus.Published, OpportunityStatus.InEvaluation, OpportunityStatus.Awarded, OpportunityStatus.Cancelled];

    private static readonly ContractStatus[] Contracted =
        [ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live, ContractStatus.InExtension, ContractStatus.Ending, ContractStatus.Ended, ContractStatus.Decommissioned];

    /// <summary>
    /// The changes published as amendments: of value, of term, and variations. A change of funding alone leaves what the
    /// supplier is paid as it was; an ending is the contract's status.
    /// </summary>
    private static readonly ContractChangeKind[] Amending = [ContractChangeKind.Value, ContractChangeKind.Term, ContractChangeKind.Variation];

    private string Prefix => options.Value.OcidPrefix;

    /// <summary>
    /// The stretch of time a page first reads: the release dates in it are worked out, and the next stretch, twice as long
    /// when this one held few releases, is read only if the page wants more.
    /// </summary>
    internal TimeSpan FirstWindow { get; init; } = TimeSpan.FromDays(1);

    /// <summary>A stretch that held fewer releases than this is followed by one twice as long.</summary>
    private const int EnoughInAWindow = 100;

    /// <summary>How many ids one query asks for at once, well within every provider's limit of parameters.</summary>
    private const int Batch = 500;

    /// <summary>
    /// The processes the public may see whose release is dated after <paramref name="since"/> (or at it, with an ocid after
    /// <paramref name="after"/>) and before <paramref name="until"/>, oldest first (ties by ocid), read as they are wanted.
    /// A release's date is the latest of its sources (<see cref="ContractDatesAsync"/>, <see cref="WindowAsync"/>), so a
    /// process whose release falls in a stretch of time has a source in it: each stretch reads the processes with a source
    /// there, works out their dates and keeps those that fall in it. A page reads the stretches its releases are in, not the
    /// whole register (docs/benchmarks.md).
    /// </summary>
    public async IAsyncEnumerable<OcdsProcess> ProcessesAsync(
        DateTime? since = null, string? after = null, DateTime? until = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var today = UkTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var from = since is { } s ? AsUtc(s) : await EarliestSourceAsync(cancellationToken);
        if (from is not { } start)
        {
            yield break;
        }

        DateTime? latest = null;
        var width = FirstWindow;
        while (until is not { } end || start < end)
        {
            latest ??= await LatestSourceAsync(today, cancellationToken);
            if (start > latest)
            {
                yield break;
            }

            var stop = latest.Value - start < width ? latest.Value.AddTicks(1) : start + width;
            var found = (await WindowAsync(start, stop, today, cancellationToken))
                .Where(p => since is not { } f || p.Date > f || (p.Date == f && (after is null || string.CompareOrdinal(p.Ocid, after) > 0)))
                .Where(p => until is not { } t || p.Date < t)
                .OrderBy(p => p.Date).ThenBy(p => p.Ocid, StringComparer.Ordinal)
                .ToList();
            foreach (var process in found)
            {
                yield return process;
            }

            start = stop;
            if (found.Count < EnoughInAWindow && width < TimeSpan.FromDays(36_525))
            {
                width *= 2;
            }
        }
    }

    /// <summary>
    /// No release is dated before this: the earliest audit entry, opportunity publication or contract start (a release's date
    /// is the latest of such sources). Null when there is nothing to publish.
    /// </summary>
    private async Task<DateTime?> EarliestSourceAsync(CancellationToken cancellationToken)
    {
        var audit = await db.AuditEntries.MinAsync(a => (DateTime?)a.OccurredAtUtc, cancellationToken);
        var published = await db.Opportunities.Where(o => Public.Contains(o.Status)).MinAsync(o => o.PublishedAtUtc, cancellationToken);
        var started = await db.Contracts.Where(c => Contracted.Contains(c.Status)).MinAsync(c => (DateOnly?)c.StartDate, cancellationToken);
        DateTime?[] sources = [audit, published, started is { } d ? UkTime.ToUtc(d, TimeOnly.MinValue) : null];
        return sources.Min() is { } earliest ? AsUtc(earliest) : null;
    }

    /// <summary>
    /// No release is dated after this: the latest audit entry, opportunity publication or outcome, award notice, contract
    /// start, or the start of today (when a return due yesterday became late).
    /// </summary>
    private async Task<DateTime> LatestSourceAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var audit = await db.AuditEntries.MaxAsync(a => (DateTime?)a.OccurredAtUtc, cancellationToken);
        var published = await db.Opportunities.MaxAsync(o => o.PublishedAtUtc, cancellationToken);
        var outcome = await db.Opportunities.MaxAsync(o => o.OutcomeAtUtc, cancellationToken);
        var notice = await db.LotAwards.MaxAsync(a => a.NoticePublishedOn, cancellationToken);
        var started = await db.Contracts.MaxAsync(c => (DateOnly?)c.StartDate, cancellationToken);
        DateTime?[] sources =
        [
            audit, published, outcome, UkTime.ToUtc(today, TimeOnly.MinValue),
            notice is { } n ? UkTime.ToUtc(n, TimeOnly.MinValue) : null, started is { } d ? UkTime.ToUtc(d, TimeOnly.MinValue) : null,
        ];
        return AsUtc(sources.Max()!.Value);
    }

    /// <summary>
    /// The processes whose release is dated from <paramref name="from"/> to just before <paramref name="to"/>: those with a
    /// source in that stretch (an opportunity published or given its outcome, an award notice published, a contract started,
    /// an audit entry of a contract, a return or a decision, a return becoming late), each with its date worked out from all
    /// its sources, kept when the date falls in the stretch.
    /// </summary>
    private async Task<List<OcdsProcess>> WindowAsync(DateTime from, DateTime to, DateOnly today, CancellationToken cancellationToken)
    {
        // The UK days whose start may fall in the stretch (a day starts at midnight UK time, an hour before UTC's in summer).
        var firstDay = DateOnly.FromDateTime(from);
        var lastDay = DateOnly.FromDateTime(to.AddHours(1));
        var opportunityIds = new HashSet<int>();
        var contractIds = new HashSet<int>();
        opportunityIds.UnionWith(await db.Opportunities.AsNoTracking()
            .Where(o => (o.PublishedAtUtc >= from && o.PublishedAtUtc < to) || (o.OutcomeAtUtc >= from && o.OutcomeAtUtc < to))
            .Select(o => o.Id).ToListAsync(cancellationToken));
        opportunityIds.UnionWith(await db.LotAwards.AsNoTracking()
            .Where(a => a.NoticePublishedOn >= firstDay && a.NoticePublishedOn <= lastDay)
            .Select(a => a.OpportunityId).ToListAsync(cancellationToken));
        contractIds.UnionWith(await db.Contracts.AsNoTracking()
            .Where(c => c.StartDate >= firstDay && c.StartDate <= lastDay)
            .Select(c => c.Id).ToListAsync(cancellationToken));
        // A return is late from the start of the day after its due date.
        contractIds.UnionWith(await db.QuarterlyReturns.AsNoTracking()
            .Where(r => r.Status == ReturnStatus.Draft && r.SubmittedOn == null && r.DueOn < today
                && r.DueOn >= firstDay.AddDays(-1) && r.DueOn <= lastDay.AddDays(-1))
            .Select(r => r.ContractId).ToListAsync(cancellationToken));

        // Every entry of the stretch, read by the index on the time alone, and the types that date a release kept here: a
        // filter on the types in the query would tempt a planner without statistics into the indexes by type instead.
        var changed = (await db.AuditEntries.AsNoTracking()
            .Where(a => a.OccurredAtUtc >= from && a.OccurredAtUtc < to)
            .Select(a => new { a.EntityType, a.EntityKey, a.ParentType, a.ParentKey })
            .ToListAsync(cancellationToken))
            .Where(a => Sources.Contains(a.EntityType) || (a.ParentType is not null && Sources.Contains(a.ParentType)))
            .Distinct().ToList();
        List<int> KeysOf(string type) =>
        [
            .. changed.Where(a => a.EntityType == type).Select(a => a.EntityKey)
                .Concat(changed.Where(a => a.ParentType == type).Select(a => a.ParentKey!))
                .Select(k => int.TryParse(k, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
                .Where(id => id > 0).Distinct(),
        ];
        contractIds.UnionWith(KeysOf(nameof(Contract)));
        foreach (var ids in KeysOf(nameof(QuarterlyReturn)).Chunk(Batch))
        {
            contractIds.UnionWith(await db.QuarterlyReturns.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.ContractId).ToListAsync(cancellationToken));
        }

        foreach (var ids in KeysOf(nameof(DecisionRecord)).Chunk(Batch))
        {
            contractIds.UnionWith(await db.ContractChanges.AsNoTracking()
                .Where(c => c.DecisionId != null && ids.Contains(c.DecisionId.Value)).Select(c => c.ContractId).ToListAsync(cancellationToken));
        }

        // A contract's release is its own when it did not come from an opportunity, else part of its opportunity's.
        var registerContracts = new List<int>();
        foreach (var ids in contractIds.Chunk(Batch))
        {
            var read = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.OpportunityId }).ToListAsync(cancellationToken);
            registerContracts.AddRange(read.Where(c => c.OpportunityId is null).Select(c => c.Id));
            opportunityIds.UnionWith(read.Where(c => c.OpportunityId is not null).Select(c => c.OpportunityId!.Value));
        }

        var processes = await DatedAsync([.. opportunityIds], registerContracts, today, cancellationToken);
        return [.. processes.Where(p => p.Date >= from && p.Date < to)];
    }

    /// <summary>The audit trail's entity types that date a release: a contract (and its parts), a return (and its review), a decision.</summary>
    private static readonly string[] Sources = [nameof(Contract), nameof(QuarterlyReturn), nameof(DecisionRecord)];

    /// <summary>
    /// The processes of the given opportunities (those the public may see) and register contracts (those contracted), each
    /// dated by its latest source: an opportunity by its publication, its outcome, its award notices and the dates of the
    /// contracts made from those awards; a contract by <see cref="ContractDatesAsync"/>.
    /// </summary>
    private async Task<List<OcdsProcess>> DatedAsync(List<int> opportunityIds, List<int> contractIds, DateOnly today, CancellationToken cancellationToken)
    {
        var opportunities = new List<(int Id, DateTime Published, DateTime? Outcome)>();
        var notices = new List<(int OpportunityId, DateOnly On, int? ContractId)>();
        var fromAwards = new List<(int Id, int OpportunityId)>();
        var contracts = new List<(int Id, DateOnly StartDate)>();
        foreach (var ids in opportunityIds.Chunk(Batch))
        {
            opportunities.AddRange((await db.Opportunities.AsNoTracking()
                .Where(o => ids.Contains(o.Id) && Public.Contains(o.Status) && o.PublishedAtUtc != null)
                .Select(o => new { o.Id, Published = o.PublishedAtUtc!.Value, o.OutcomeAtUtc })
                .ToListAsync(cancellationToken)).Select(o => (o.Id, o.Published, o.OutcomeAtUtc)));
            notices.AddRange((await db.LotAwards.AsNoTracking()
                .Where(a => ids.Contains(a.OpportunityId) && a.Status == AwardStatus.Approved && a.BidId != null && a.NoticePublishedOn != null)
                .Select(a => new { a.OpportunityId, On = a.NoticePublishedOn!.Value, a.ContractId })
                .ToListAsync(cancellationToken)).Select(a => (a.OpportunityId, a.On, a.ContractId)));
            var made = await db.Contracts.AsNoTracking()
                .Where(c => c.OpportunityId != null && ids.Contains(c.OpportunityId.Value) && c.LotAwardId != null && Contracted.Contains(c.Status))
                .Select(c => new { c.Id, OpportunityId = c.OpportunityId!.Value, c.StartDate })
                .ToListAsync(cancellationToken);
            fromAwards.AddRange(made.Select(c => (c.Id, c.OpportunityId)));
            contracts.AddRange(made.Select(c => (c.Id, c.StartDate)));
        }

        foreach (var ids in contractIds.Chunk(Batch))
        {
            contracts.AddRange((await db.Contracts.AsNoTracking()
                .Where(c => ids.Contains(c.Id) && c.OpportunityId == null && Contracted.Contains(c.Status))
                .Select(c => new { c.Id, c.StartDate })
                .ToListAsync(cancellationToken)).Select(c => (c.Id, c.StartDate)));
        }

        // Of an opportunity's contracts, those made from one of its awards whose notice is published.
        var noticed = notices.ToLookup(n => n.OpportunityId);
        var noticedContracts = notices.Where(n => n.ContractId is not null).Select(n => (n.OpportunityId, n.ContractId!.Value)).ToHashSet();
        var published = fromAwards.Where(c => noticedContracts.Contains((c.OpportunityId, c.Id))).ToList();
        var publishedIds = published.Select(c => c.Id).ToHashSet();
        var fromOpportunities = fromAwards.Select(c => c.Id).ToHashSet();
        var dated = await ContractDatesAsync(
            [.. contracts.Where(c => !fromOpportunities.Contains(c.Id) || publishedIds.Contains(c.Id)).DistinctBy(c => c.Id)], today, cancellationToken);
        var contractsOf = published.ToLookup(c => c.OpportunityId, c => dated[c.Id]);

        var processes = new List<OcdsProcess>();
        foreach (var o in opportunities)
        {
            var dates = new List<DateTime> { o.Published };
            if (o.Outcome is { } outcome)
            {
                dates.Add(outcome);
            }

            dates.AddRange(noticed[o.Id].Select(n => UkTime.ToUtc(n.On, TimeOnly.MinValue)));
            dates.AddRange(contractsOf[o.Id]);
            processes.Add(new OcdsProcess(OpportunityOcid(o.Id), AsUtc(dates.Max()), o.Id, null));
        }

        processes.AddRange(contracts.Where(c => !fromOpportunities.Contains(c.Id)).DistinctBy(c => c.Id)
            .Select(c => new OcdsProcess(ContractOcid(c.Id), AsUtc(dated[c.Id]), null, c.Id)));
        return processes;
    }

    /// <summary>
    /// The date of each contract's part of a release: its latest audit entry (or, with none, the start of its first day),
    /// or later when its implementation or amendments changed since: a return opened, submitted or reviewed, a change's
    /// decision recorded (the audit trail), or a return becoming late (the start of the UK day after it was due), so the
    /// release's date, and with it its id, moves when what it publishes does.
    /// </summary>
    private async Task<Dictionary<int, DateTime>> ContractDatesAsync(List<(int Id, DateOnly StartDate)> contracts, DateOnly today, CancellationToken cancellationToken)
    {
        var dates = new Dictionary<int, DateTime>();
        void Later(int contractId, DateTime at)
        {
            if (!dates.TryGetValue(contractId, out var known) || at > known)
            {
                dates[contractId] = at;
            }
        }

        foreach (var batch in contracts.Chunk(Batch))
        {
            var ids = batch.Select(c => c.Id).ToList();
            var changed = await LatestChangesAsync(nameof(Contract), ids, cancellationToken);
            foreach (var (id, start) in batch)
            {
                dates[id] = changed.TryGetValue(id, out var at) ? at : UkTime.ToUtc(start, TimeOnly.MinValue);
            }

            var returns = await db.QuarterlyReturns.AsNoTracking().Where(r => ids.Contains(r.ContractId))
                .Select(r => new { r.Id, r.ContractId, r.DueOn, r.SubmittedOn }).ToListAsync(cancellationToken);
            foreach (var r in returns.Where(r => QuarterlyReturn.Timing(r.DueOn, r.SubmittedOn, today, 0) == ReturnTiming.Late))
            {
                Later(r.ContractId, UkTime.ToUtc(r.DueOn.AddDays(1), TimeOnly.MinValue));
            }

            foreach (var part in returns.Chunk(Batch))
            {
                var returnChanged = await LatestChangesAsync(nameof(QuarterlyReturn), [.. part.Select(r => r.Id)], cancellationToken);
                foreach (var r in part)
                {
                    if (returnChanged.TryGetValue(r.Id, out var at))
                    {
                        Later(r.ContractId, at);
                    }
                }
            }

            var decided = await db.ContractChanges.AsNoTracking().Where(c => ids.Contains(c.ContractId) && c.DecisionId != null)
                .Select(c => new { c.ContractId, DecisionId = c.DecisionId!.Value }).ToListAsync(cancellationToken);
            var decisionChanged = await LatestChangesAsync(nameof(DecisionRecord), [.. decided.Select(d => d.DecisionId).Distinct()], cancellationToken);
            foreach (var d in decided)
            {
                if (decisionChanged.TryGetValue(d.DecisionId, out var at))
                {
                    Later(d.ContractId, at);
                }
            }
        }

        return dates;
    }

    /// <summary>
    /// The latest audit entry of each of the given entities of <paramref name="entityType"/> or of their parts, by id: two
    /// seeks per entity on the audit trail's indexes (by entity, and by the aggregate a part belongs to).
    /// </summary>
    private async Task<Dictionary<int, DateTime>> LatestChangesAsync(string entityType, List<int> ids, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<int, DateTime>();
        foreach (var chunk in ids.Chunk(Batch))
        {
            var keys = chunk.Select(Key).ToList();
            var own = await db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == entityType && keys.Contains(a.EntityKey))
                .GroupBy(a => a.EntityKey).Select(g => new { g.Key, Latest = g.Max(a => a.OccurredAtUtc) })
                .ToListAsync(cancellationToken);
            var parts = await db.AuditEntries.AsNoTracking()
                .Where(a => a.ParentType == entityType && keys.Contains(a.ParentKey!))
                .GroupBy(a => a.ParentKey!).Select(g => new { g.Key, Latest = g.Max(a => a.OccurredAtUtc) })
                .ToListAsync(cancellationToken);
            foreach (var entry in own.Concat(parts))
            {
                var id = int.Parse(entry.Key, System.Globalization.CultureInfo.InvariantCulture);
                if (!latest.TryGetValue(id, out var known) || entry.Latest > known)
                {
                    latest[id] = entry.Latest;
                }
            }
        }

        return latest;
    }

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string OpportunityOcid(int id) => $"{Prefix}-opportunity-{id}";

    public string ContractOcid(int id) => $"{Prefix}-contract-{id}";

    /// <summary>The release of each process, in the order given, made one at a time.</summary>
    public async IAsyncEnumerable<OcdsRelease> ReleasesAsync(
        IAsyncEnumerable<OcdsProcess> processes, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var batch = new List<OcdsProcess>();
        await foreach (var process in processes.WithCancellation(cancellationToken))
        {
            batch.Add(process);
            if (batch.Count < ReleaseBatch)
            {
                continue;
            }

            foreach (var release in await ReleasesOfAsync(batch, cancellationToken))
            {
                yield return release;
            }

            batch.Clear();
        }

        foreach (var release in await ReleasesOfAsync(batch, cancellationToken))
        {
            yield return release;
        }
    }

    /// <summary>How many processes' releases are made together: what they read is read for all of them in one go.</summary>
    private const int ReleaseBatch = 25;

    /// <summary>The releases of a few processes, in their order: the register contracts' read together, the opportunities' together.</summary>
    private async Task<List<OcdsRelease>> ReleasesOfAsync(List<OcdsProcess> processes, CancellationToken cancellationToken)
    {
        var contracts = await ContractReleasesAsync([.. processes.Where(p => p.OpportunityId is null)], cancellationToken);
        var opportunities = await OpportunityReleasesAsync([.. processes.Where(p => p.OpportunityId is not null)], cancellationToken);
        var releases = new List<OcdsRelease>();
        foreach (var process in processes)
        {
            var release = process.OpportunityId is { } opportunityId
                ? opportunities.GetValueOrDefault(opportunityId)
                : contracts.GetValueOrDefault(process.ContractId!.Value);
            if (release is not null)
            {
                releases.Add(release);
            }
        }

        return releases;
    }

    /// <summary>
    /// The releases of published opportunities, by opportunity id: the opportunities with their lots, their buyers, their
    /// approved awards whose notice is published, those awards' suppliers and contracts, the bid counts and the tenderers
    /// are each read once for all of them, as are the contracts' implementation and amendments.
    /// </summary>
    private async Task<Dictionary<int, OcdsRelease>> OpportunityReleasesAsync(List<OcdsProcess> processes, CancellationToken cancellationToken)
    {
        if (processes.Count == 0)
        {
            return [];
        }

        var ids = processes.Select(p => p.OpportunityId!.Value).Distinct().ToList();
        var read = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots)
            .Where(x => ids.Contains(x.Id) && Public.Contains(x.Status) && x.PublishedAtUtc != null)
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        if (read.Count == 0)
        {
            return [];
        }

        var found = read.Keys.ToList();
        var organisationIds = read.Values.Select(o => o.CommissioningOrganisationId).Distinct().ToList();
        var buyers = await db.CommissioningOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => Buyer(o), cancellationToken);
        var awards = await db.LotAwards.AsNoTracking()
            .Where(a => found.Contains(a.OpportunityId) && a.Status == AwardStatus.Approved && a.BidId != null && a.NoticePublishedOn != null)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var supplierIds = awards.Select(a => a.ProviderId!.Value).Distinct().ToList();
        var suppliers = await db.Providers.AsNoTracking().Where(p => supplierIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var awardIds = awards.Select(a => (int?)a.Id).ToList();
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.LotAwardId != null && awardIds.Contains(c.LotAwardId) && Contracted.Contains(c.Status))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var closed = read.Values.Where(o => o.BidDeadlineUtc <= now).Select(o => o.Id).ToList();
        var counts = closed.Count > 0 ? await db.LotBidCountsAsync(closed, now, cancellationToken) : Array.Empty<LotBidCounts>().ToLookup(_ => 0);
        var tenderers = closed.Count > 0 ? await db.TendererCountsAsync(closed, now, cancellationToken) : new Dictionary<int, int>();
        var during = await DuringContractsAsync([.. contracts.Select(c => c.Id)], cancellationToken);

        var awardsOf = awards.ToLookup(a => a.OpportunityId);
        var opportunityOfAward = awards.ToDictionary(a => a.Id, a => a.OpportunityId);
        var contractsOf = contracts.ToLookup(c => opportunityOfAward[c.LotAwardId!.Value]);
        var releases = new Dictionary<int, OcdsRelease>();
        foreach (var process in processes)
        {
            if (read.TryGetValue(process.OpportunityId!.Value, out var o))
            {
                releases[o.Id] = OpportunityRelease(
                    process, o, buyers[o.CommissioningOrganisationId], [.. awardsOf[o.Id]], suppliers, [.. contractsOf[o.Id]],
                    [.. counts[o.Id]], o.BidDeadlineUtc <= now ? tenderers.GetValueOrDefault(o.Id) : null, during, now);
            }
        }

        return releases;
    }

    private OcdsRelease OpportunityRelease(
        OcdsProcess process, Opportunity o, OcdsOrganisationReference buyer, List<LotAward> awards, Dictionary<int, Provider> allSuppliers,
        List<Contract> contracts, List<LotBidCounts> counts, int? tenderers, DuringContracts during, DateTime now)
    {
        var suppliers = awards.Select(a => a.ProviderId!.Value).Distinct().ToDictionary(id => id, id => allSuppliers[id]);
        var lots = o.Lots.OrderBy(l => l.Number).ToList();
        string LotId(int lotId) => lots.Single(l => l.Id == lotId).Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var tenderStatus = o.Status switch
        {
            OpportunityStatus.Awarded => "complete",
            OpportunityStatus.Cancelled => "cancelled",
            _ => "active",
        };
        var contractPeriod = o.ContractStart is { } start
            ? new OcdsPeriod(Midnight(start), Midnight(start.AddMonths(o.InitialTermMonths).AddDays(-1)), MaxExtentDate: Midnight(start.AddMonths(o.TotalTermMonths).AddDays(-1)))
            : new OcdsPeriod(null, null, DurationInDays: (int)Math.Round(o.TotalTermMonths * 365.25 / 12));
        var tender = new OcdsTender(
            $"opportunity-{o.Id}", o.Title, o.Description, tenderStatus, buyer, new OcdsValue(o.EstimatedValue),
            MethodOf(o.Route), o.Route.ToDisplayName(), "services", o.PublishedAtUtc is { } published ? AsUtc(published) : null,
            new OcdsPeriod(o.PublishedAtUtc is { } opens ? AsUtc(opens) : null, o.BidDeadlineUtc is { } closes ? AsUtc(closes) : null),
            o.ClarificationDeadlineUtc is { } questions ? new OcdsPeriod(o.PublishedAtUtc is { } from ? AsUtc(from) : null, AsUtc(questions)) : null,
            contractPeriod,
            o.BidDeadlineUtc <= now ? tenderers ?? 0 : null,
            [.. lots.Select(l => new OcdsLot(
                l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Title, l.Description,
                awards.Any(a => a.LotId == l.Id) ? "complete" : tenderStatus,
                new OcdsValue(decimal.Round(l.AnnualValue * o.TotalTermMonths / 12m, 2))))]);

        var ocdsAwards = awards.Select(a => new OcdsAward(
            $"award-{a.Id}", $"Lot {LotId(a.LotId)}: {lots.Single(l => l.Id == a.LotId).Title}", "active", Midnight(a.NoticePublishedOn!.Value),
            new OcdsValue(a.TotalPrice ?? 0), [SupplierReference(suppliers[a.ProviderId!.Value])], [LotId(a.LotId)])).ToList();
        var ocdsContracts = contracts.Select(c => ContractOf(c, $"award-{c.LotAwardId}", during)).ToList();
        var statistics = counts.OrderBy(c => LotId(c.LotId), StringComparer.Ordinal).SelectMany(c => new[]
        {
            new OcdsBidStatistic($"lot-{LotId(c.LotId)}-bids", "bids", c.Bids, AsUtc(o.BidDeadlineUtc!.Value), LotId(c.LotId)),
            new OcdsBidStatistic($"lot-{LotId(c.LotId)}-small", "smallOrganisationBids", c.FromSmallOrganisations, AsUtc(o.BidDeadlineUtc!.Value), LotId(c.LotId)),
            new OcdsBidStatistic($"lot-{LotId(c.LotId)}-local", "localBids", c.FromLocalOrganisations, AsUtc(o.BidDeadlineUtc!.Value), LotId(c.LotId)),
        }).ToList();

        var tags = new List<string> { "planning", "tender" };
        if (ocdsAwards.Count > 0)
        {
            tags.Add("award");
        }

        if (ocdsContracts.Count > 0)
        {
            tags.Add("contract");
        }

        tags.AddRange(DuringContractTags(ocdsContracts));
        List<OcdsParty> parties =
        [
            new(buyer.Id, buyer.Name, ["buyer", "procuringEntity"], null),
            .. suppliers.Values.OrderBy(p => p.Id).Select(p => SupplierParty(p)),
        ];
        return new OcdsRelease(
            process.Ocid, ReleaseId(process), process.Date, tags, "tender", parties, buyer,
            new OcdsPlanning("The estimated whole-life value of the opportunity, including every optional extension.",
                new OcdsBudget("Estimated whole-life value", new OcdsValue(o.EstimatedValue))),
            tender, ocdsAwards.Count > 0 ? ocdsAwards : null, ocdsContracts.Count > 0 ? ocdsContracts : null,
            statistics.Count > 0 ? new OcdsBids(statistics) : null);
    }

    /// <summary>The releases of register contracts (those that did not come from an opportunity), by contract id.</summary>
    private async Task<Dictionary<int, OcdsRelease>> ContractReleasesAsync(List<OcdsProcess> processes, CancellationToken cancellationToken)
    {
        if (processes.Count == 0)
        {
            return [];
        }

        var ids = processes.Select(p => p.ContractId!.Value).ToList();
        var read = await db.Contracts.AsNoTracking().AsSplitQuery().Include(x => x.Providers).ThenInclude(p => p.Provider)
            .Where(x => ids.Contains(x.Id) && x.OpportunityId == null && Contracted.Contains(x.Status))
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        var organisationIds = read.Values.Select(c => c.CommissioningOrganisationId).Distinct().ToList();
        var buyers = await db.CommissioningOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => Buyer(o), cancellationToken);
        var during = await DuringContractsAsync([.. read.Keys], cancellationToken);
        var releases = new Dictionary<int, OcdsRelease>();
        foreach (var process in processes)
        {
            if (read.TryGetValue(process.ContractId!.Value, out var c))
            {
                releases[c.Id] = ContractRelease(process, c, buyers[c.CommissioningOrganisationId], during);
            }
        }

        return releases;
    }

    private OcdsRelease ContractRelease(OcdsProcess process, Contract c, OcdsOrganisationReference buyer, DuringContracts during)
    {
        var providers = c.Providers.OrderBy(p => p.Role).ThenBy(p => p.ProviderId).Select(p => p.Provider).DistinctBy(p => p.Id).ToList();
        var awardId = $"contract-{c.Id}-award";
        var award = new OcdsAward(awardId, c.Title, "active", null, new OcdsValue(c.MaximumWholeLifeValue),
            [.. providers.Select(SupplierReference)], null);
        OcdsContract contract = ContractOf(c, awardId, during);
        return new OcdsRelease(
            process.Ocid, ReleaseId(process), process.Date, ["award", "contract", .. DuringContractTags([contract])], "tender",
            [new(buyer.Id, buyer.Name, ["buyer"], null), .. providers.Select(SupplierParty)], buyer,
            null, null, [award], [contract], null);
    }

    private OcdsContract ContractOf(Contract c, string awardId, DuringContracts during)
    {
        var today = UkTime.DateOf(clock.GetUtcNow().UtcDateTime);
        List<OcdsMilestone> milestones =
        [
            .. during.Returns[c.Id].OrderBy(r => r.QuarterKey).Select(r => ReturnMilestone(r, today)),
            .. during.Ratings[c.Id].OrderBy(r => r.Year).ThenBy(r => r.KpiId).Select(r => RatingMilestone(r, c.StartDate)),
        ];
        List<OcdsAmendment> amendments = [.. during.Changes[c.Id].Where(ch => ch.Stands).OrderBy(ch => ch.EffectiveDate).ThenBy(ch => ch.Id).Select(Amendment)];
        return new(
            $"contract-{c.Id}", awardId, c.Title,
            c.Status switch
            {
                ContractStatus.Awarded or ContractStatus.Mobilising => "pending",
                ContractStatus.Ended or ContractStatus.Decommissioned => "terminated",
                _ => "active",
            },
            new OcdsValue(c.WholeLifeValue),
            new OcdsPeriod(Midnight(c.StartDate), Midnight(c.CurrentEndDate), MaxExtentDate: Midnight(c.MaximumEndDate)),
            milestones.Count > 0 ? new OcdsImplementation(milestones) : null,
            amendments.Count > 0 ? amendments : null);
    }

    /// <summary>The release tags the contracts' implementation and amendments add: <c>implementation</c>, <c>contractAmendment</c>.</summary>
    private static IEnumerable<string> DuringContractTags(IReadOnlyCollection<OcdsContract> contracts)
    {
        if (contracts.Any(c => c.Implementation is not null))
        {
            yield return "implementation";
        }

        if (contracts.Any(c => c.Amendments is not null))
        {
            yield return "contractAmendment";
        }
    }

    /// <summary>
    /// What happened during the given contracts that may be published, read as status facts only: each quarterly return's
    /// quarter, due date, submission and whether it is reviewed (never its figures, commentary, or the review's words or
    /// rating); each key performance indicator's rating per contract year (never its note or who rated it); and each change
    /// of value or term and each variation, with its decision (a change that does not stand is dropped by the caller).
    /// </summary>
    private async Task<DuringContracts> DuringContractsAsync(List<int> contractIds, CancellationToken cancellationToken)
    {
        if (contractIds.Count == 0)
        {
            return new DuringContracts(Array.Empty<ReturnFacts>().ToLookup(r => r.ContractId), Array.Empty<RatingFacts>().ToLookup(r => r.ContractId),
                Array.Empty<ContractChange>().ToLookup(c => c.ContractId));
        }

        var returns = await db.QuarterlyReturns.AsNoTracking().Where(r => contractIds.Contains(r.ContractId))
            .Select(r => new ReturnFacts(r.ContractId, r.QuarterKey, r.DueOn, r.Status, r.SubmittedAtUtc, r.SubmittedOn,
                r.Review != null ? r.Review.ReviewedAtUtc : null))
            .ToListAsync(cancellationToken);
        var ratings = await db.KeyPerformanceIndicators.AsNoTracking().Where(k => contractIds.Contains(k.ContractId))
            .Join(db.Set<KpiRating>(), k => k.Id, r => r.KeyPerformanceIndicatorId,
                (k, r) => new RatingFacts(k.ContractId, k.Id, k.Name, k.Target, r.Year, r.Rating, r.RatedOn))
            .ToListAsync(cancellationToken);
        var changes = await db.ContractChanges.AsNoTracking().Include(c => c.Decision)
            .Where(c => contractIds.Contains(c.ContractId) && Amending.Contains(c.Kind))
            .ToListAsync(cancellationToken);
        return new DuringContracts(returns.ToLookup(r => r.ContractId), ratings.ToLookup(r => r.ContractId), changes.ToLookup(c => c.ContractId));
    }

    /// <summary>
    /// A quarterly return as a <c>reporting</c> milestone: due on its due date; met once submitted (on the day it was, late or
    /// not); not met once its due date has passed without it; scheduled before. Whether the commissioner has reviewed it is
    /// said in words; the review's rating is not published.
    /// </summary>
    private static OcdsMilestone ReturnMilestone(ReturnFacts r, DateOnly today)
    {
        var quarter = FinancialQuarter.FromKey(r.QuarterKey);
        var timing = QuarterlyReturn.Timing(r.DueOn, r.SubmittedOn, today, 0);
        var (status, words) = timing switch
        {
            ReturnTiming.SubmittedOnTime => ("met", "Submitted on time"),
            ReturnTiming.SubmittedLate => ("met", "Submitted late"),
            ReturnTiming.Late => ("notMet", "Not submitted by its due date"),
            _ => ("scheduled", "Not yet due"),
        };
        if (r.SubmittedAtUtc is not null)
        {
            words += r.Status == ReturnStatus.Reviewed ? "; reviewed by the commissioner" : "; awaiting the commissioner's review";
        }

        DateTime? modified = r.ReviewedAtUtc is { } reviewed ? AsUtc(reviewed)
            : r.SubmittedAtUtc is { } submitted ? AsUtc(submitted)
            : timing == ReturnTiming.Late ? Midnight(r.DueOn.AddDays(1))
            : null;
        return new OcdsMilestone(
            $"return-{quarter.Key}", $"Quarterly monitoring return, {quarter.Label} ({quarter.Months})", "reporting", words + ".",
            Midnight(r.DueOn), r.SubmittedAtUtc is { } met ? AsUtc(met) : null, modified, status);
    }

    /// <summary>
    /// A key performance indicator's rating for a contract year as a <c>delivery</c> milestone, due at the year's end: good
    /// is met, approaching target partially met, requires improvement and inadequate not met; the rating's own words say
    /// which. As the contract performance notice (UK9) publishes it, without the rater's note or name.
    /// </summary>
    private static OcdsMilestone RatingMilestone(RatingFacts r, DateOnly contractStart)
    {
        var status = r.Rating switch
        {
            PerformanceRating.Good => "met",
            PerformanceRating.ApproachingTarget => "partiallyMet",
            _ => "notMet",
        };
        var from = ContractYears.StartOf(contractStart, r.Year);
        var to = ContractYears.EndOf(contractStart, r.Year);
        return new OcdsMilestone(
            $"kpi-{r.KpiId}-year-{r.Year}", $"{r.Name}, contract year {r.Year}", "delivery",
            $"Key performance indicator for contract year {r.Year}, {UkTime.Date(from)} to {UkTime.Date(to)}: rated {r.Rating.ToDisplayName().ToLowerInvariant()} on {UkTime.Date(r.RatedOn)}. Target: {r.Target.TrimEnd('.')}.",
            Midnight(to), status == "met" ? Midnight(r.RatedOn) : null, Midnight(r.RatedOn), status);
    }

    /// <summary>
    /// A change that stands as an amendment, dated the day it takes effect. A change of value or term is described by the
    /// portal's own sentence of its figures. A variation's words (what changes, and why) were written for its decision, so
    /// they are published only when that decision record is public: approved, published and answered "not confidential or
    /// exempt"; otherwise the variation is described by what it does to the value. The reason for any change is published
    /// on the same condition, as the rationale.
    /// </summary>
    private static OcdsAmendment Amendment(ContractChange change)
    {
        var publicRecord = change.Decision is { Outcome: DecisionOutcome.Approved, PublishedOn: not null, IsConfidentialOrExempt: false };
        var description = change.Kind != ContractChangeKind.Variation || publicRecord ? change.Description
            : change.ValueChange is { } value
                ? $"A change to the scope or service that {(value > 0 ? "increases" : "reduces")} the whole-life value by {Money.Text(Math.Abs(value))}"
                : "A change to the scope or service";
        return new OcdsAmendment($"change-{change.Id}", Midnight(change.EffectiveDate), description, publicRecord ? change.Reason : null);
    }

    private sealed record DuringContracts(ILookup<int, ReturnFacts> Returns, ILookup<int, RatingFacts> Ratings, ILookup<int, ContractChange> Changes);

    private sealed record ReturnFacts(int ContractId, int QuarterKey, DateOnly DueOn, ReturnStatus Status, DateTime? SubmittedAtUtc, DateOnly? SubmittedOn, DateTime? ReviewedAtUtc);

    private sealed record RatingFacts(int ContractId, int KpiId, string Name, string Target, int Year, PerformanceRating Rating, DateOnly RatedOn);

    private static OcdsOrganisationReference Buyer(CommissioningOrganisation organisation) => new($"buyer-{organisation.Code}", organisation.Name);

    private static OcdsOrganisationReference SupplierReference(Provider provider) => new($"provider-{provider.Id}", provider.Name);

    /// <summary>A supplier: the organisation's name and its Charity Commission or Companies House number, both public; no contact.</summary>
    private static OcdsParty SupplierParty(Provider provider) => new(
        $"provider-{provider.Id}", provider.Name, ["supplier"],
        provider.CharityNumber is { Length: > 0 } charity ? new OcdsIdentifier("GB-CHC", charity)
            : provider.CompanyNumber is { Length: > 0 } company ? new OcdsIdentifier("GB-COH", company) : null);

    /// <summary>The release's id: its ocid and date, so the same state keeps its id and a change makes a new release.</summary>
    private static string ReleaseId(OcdsProcess process) => $"{process.Ocid}-{process.Date:yyyyMMdd'T'HHmmss'Z'}";

    /// <summary>OCDS's closed method codelist: open, selective, limited or direct.</summary>
    private static string MethodOf(ProcurementProcedure route) => route switch
    {
        ProcurementProcedure.Restricted or ProcurementProcedure.FrameworkCallOff => "selective",
        ProcurementProcedure.PsrMostSuitableProvider => "direct",
        _ => "open",
    };

    /// <summary>The start of a UK date, as a UTC instant.</summary>
    private static DateTime Midnight(DateOnly date) => DateTime.SpecifyKind(UkTime.ToUtc(date, TimeOnly.MinValue), DateTimeKind.Utc);

    private static DateTime AsUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc);
}
