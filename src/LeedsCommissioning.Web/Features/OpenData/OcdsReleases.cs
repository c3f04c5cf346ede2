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

    /// <summary>Every process the public may see, with its release date, oldest first (ties by ocid).</summary>
    public async Task<List<OcdsProcess>> ProcessesAsync(CancellationToken cancellationToken = default)
    {
        var contractChanged = await LatestChangesAsync(nameof(Contract), cancellationToken);
        var implementationChanged = await ImplementationChangesAsync(cancellationToken);

        var opportunities = await db.Opportunities.AsNoTracking()
            .Where(o => Public.Contains(o.Status) && o.PublishedAtUtc != null)
            .Select(o => new { o.Id, Published = o.PublishedAtUtc!.Value, o.OutcomeAtUtc })
            .ToListAsync(cancellationToken);
        var notices = await db.LotAwards.AsNoTracking()
            .Where(a => a.Status == AwardStatus.Approved && a.BidId != null && a.NoticePublishedOn != null)
            .Select(a => new { a.OpportunityId, On = a.NoticePublishedOn!.Value, a.ContractId })
            .ToListAsync(cancellationToken);
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => Contracted.Contains(c.Status))
            .Select(c => new { c.Id, c.OpportunityId, c.LotAwardId, c.StartDate })
            .ToListAsync(cancellationToken);

        DateTime ContractDate(int id, DateOnly start)
        {
            var at = contractChanged.TryGetValue(Key(id), out var changed) ? changed : UkTime.ToUtc(start, TimeOnly.MinValue);
            return implementationChanged.TryGetValue(id, out var implemented) && implemented > at ? implemented : at;
        }

        var processes = new List<OcdsProcess>();
        foreach (var o in opportunities)
        {
            var ofThis = notices.Where(n => n.OpportunityId == o.Id).ToList();
            var dates = new List<DateTime> { o.Published };
            if (o.OutcomeAtUtc is { } outcome)
            {
                dates.Add(outcome);
            }

            dates.AddRange(ofThis.Select(n => UkTime.ToUtc(n.On, TimeOnly.MinValue)));
            dates.AddRange(contracts.Where(c => c.OpportunityId == o.Id && c.LotAwardId != null && ofThis.Any(n => n.ContractId == c.Id))
                .Select(c => ContractDate(c.Id, c.StartDate)));
            processes.Add(new OcdsProcess(OpportunityOcid(o.Id), AsUtc(dates.Max()), o.Id, null));
        }

        processes.AddRange(contracts.Where(c => c.OpportunityId is null)
            .Select(c => new OcdsProcess(ContractOcid(c.Id), AsUtc(ContractDate(c.Id, c.StartDate)), null, c.Id)));
        return [.. processes.OrderBy(p => p.Date).ThenBy(p => p.Ocid, StringComparer.Ordinal)];
    }

    /// <summary>
    /// When each contract's implementation or amendments last changed, by contract id: a return opened, submitted or reviewed,
    /// a change's decision recorded (the audit trail), or a return becoming late (the start of the UK day after it was due),
    /// so the release's date, and with it its id, moves when what it publishes does.
    /// </summary>
    private async Task<Dictionary<int, DateTime>> ImplementationChangesAsync(CancellationToken cancellationToken)
    {
        var latest = new Dictionary<int, DateTime>();
        void Add(int contractId, DateTime at)
        {
            if (!latest.TryGetValue(contractId, out var known) || at > known)
            {
                latest[contractId] = at;
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = UkTime.DateOf(now);
        var returnChanged = await LatestChangesAsync(nameof(QuarterlyReturn), cancellationToken);
        var returns = await db.QuarterlyReturns.AsNoTracking().Select(r => new { r.Id, r.ContractId, r.DueOn, r.SubmittedOn }).ToListAsync(cancellationToken);
        foreach (var r in returns)
        {
            if (returnChanged.TryGetValue(Key(r.Id), out var at))
            {
                Add(r.ContractId, at);
            }

            if (QuarterlyReturn.Timing(r.DueOn, r.SubmittedOn, today, 0) == ReturnTiming.Late)
            {
                Add(r.ContractId, UkTime.ToUtc(r.DueOn.AddDays(1), TimeOnly.MinValue));
            }
        }

        var decisionChanged = await LatestChangesAsync(nameof(DecisionRecord), cancellationToken);
        var decided = await db.ContractChanges.AsNoTracking().Where(c => c.DecisionId != null)
            .Select(c => new { c.ContractId, DecisionId = c.DecisionId!.Value }).ToListAsync(cancellationToken);
        foreach (var d in decided)
        {
            if (decisionChanged.TryGetValue(Key(d.DecisionId), out var at))
            {
                Add(d.ContractId, at);
            }
        }

        return latest;
    }

    /// <summary>The latest audit entry of each entity of <paramref name="entityType"/> or of its parts, by its key.</summary>
    private Task<Dictionary<string, DateTime>> LatestChangesAsync(string entityType, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType || a.ParentType == entityType)
            .GroupBy(a => a.ParentType == entityType ? a.ParentKey! : a.EntityKey)
            .Select(g => new { Key = g.Key, Latest = g.Max(a => a.OccurredAtUtc) })
            .ToDictionaryAsync(x => x.Key, x => x.Latest, cancellationToken);

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string OpportunityOcid(int id) => $"{Prefix}-opportunity-{id}";

    public string ContractOcid(int id) => $"{Prefix}-contract-{id}";

    /// <summary>The release of each process, in the order given, made one at a time.</summary>
    public async IAsyncEnumerable<OcdsRelease> ReleasesAsync(
        IEnumerable<OcdsProcess> processes, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var process in processes)
        {
            var release = process.OpportunityId is { } opportunityId
                ? await OpportunityReleaseAsync(process, opportunityId, cancellationToken)
                : await ContractReleaseAsync(process, process.ContractId!.Value, cancellationToken);
            if (release is not null)
            {
                yield return release;
            }
        }
    }

    private async Task<OcdsRelease?> OpportunityReleaseAsync(OcdsProcess process, int id, CancellationToken cancellationToken)
    {
        var o = await db.Opportunities.AsNoTracking().AsSplitQuery().Include(x => x.Lots)
            .SingleOrDefaultAsync(x => x.Id == id && Public.Contains(x.Status) && x.PublishedAtUtc != null, cancellationToken);
        if (o is null)
        {
            return null;
        }

        var buyerOrganisation = await db.CommissioningOrganisations.AsNoTracking().SingleAsync(c => c.Id == o.CommissioningOrganisationId, cancellationToken);
        var buyer = Buyer(buyerOrganisation);
        var awards = await db.LotAwards.AsNoTracking()
            .Where(a => a.OpportunityId == id && a.Status == AwardStatus.Approved && a.BidId != null && a.NoticePublishedOn != null)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var supplierIds = awards.Select(a => a.ProviderId!.Value).Distinct().ToList();
        var suppliers = await db.Providers.AsNoTracking().Where(p => supplierIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var awardIds = awards.Select(a => (int?)a.Id).ToList();
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.LotAwardId != null && awardIds.Contains(c.LotAwardId) && Contracted.Contains(c.Status))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await db.LotBidCountsAsync(id, now, cancellationToken);
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
            o.BidDeadlineUtc <= now ? await DistinctTenderersAsync(id, now, cancellationToken) : null,
            [.. lots.Select(l => new OcdsLot(
                l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Title, l.Description,
                awards.Any(a => a.LotId == l.Id) ? "complete" : tenderStatus,
                new OcdsValue(decimal.Round(l.AnnualValue * o.TotalTermMonths / 12m, 2))))]);

        var ocdsAwards = awards.Select(a => new OcdsAward(
            $"award-{a.Id}", $"Lot {LotId(a.LotId)}: {lots.Single(l => l.Id == a.LotId).Title}", "active", Midnight(a.NoticePublishedOn!.Value),
            new OcdsValue(a.TotalPrice ?? 0), [SupplierReference(suppliers[a.ProviderId!.Value])], [LotId(a.LotId)])).ToList();
        var during = await DuringContractsAsync([.. contracts.Select(c => c.Id)], cancellationToken);
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

    private async Task<int> DistinctTenderersAsync(int opportunityId, DateTime now, CancellationToken cancellationToken) =>
        (await db.EnvelopesAsync(opportunityId, now, cancellationToken)).Select(e => e.ProviderName).Distinct(StringComparer.Ordinal).Count();

    private async Task<OcdsRelease?> ContractReleaseAsync(OcdsProcess process, int id, CancellationToken cancellationToken)
    {
        var c = await db.Contracts.AsNoTracking().AsSplitQuery().Include(x => x.Providers).ThenInclude(p => p.Provider)
            .SingleOrDefaultAsync(x => x.Id == id && x.OpportunityId == null && Contracted.Contains(x.Status), cancellationToken);
        if (c is null)
        {
            return null;
        }

        var buyer = Buyer(await db.CommissioningOrganisations.AsNoTracking().SingleAsync(o => o.Id == c.CommissioningOrganisationId, cancellationToken));
        var providers = c.Providers.OrderBy(p => p.Role).ThenBy(p => p.ProviderId).Select(p => p.Provider).DistinctBy(p => p.Id).ToList();
        var awardId = $"contract-{c.Id}-award";
        var award = new OcdsAward(awardId, c.Title, "active", null, new OcdsValue(c.MaximumWholeLifeValue),
            [.. providers.Select(SupplierReference)], null);
        OcdsContract contract = ContractOf(c, awardId, await DuringContractsAsync([c.Id], cancellationToken));
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
