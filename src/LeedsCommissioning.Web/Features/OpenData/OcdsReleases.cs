using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;
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
/// register's contracts that did not come from an opportunity, once awarded. No person's name, no contact, no bid's
/// content or price; of bids only their counts per lot, after the bid deadline.
/// </summary>
public sealed class OcdsReleases(CommissioningDbContext db, TimeProvider clock, IOptions<OpenDataOptions> options)
{
    private static readonly OpportunityStatus[] Public =
        [OpportunityStatus.Published, OpportunityStatus.InEvaluation, OpportunityStatus.Awarded, OpportunityStatus.Cancelled];

    private static readonly ContractStatus[] Contracted =
        [ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live, ContractStatus.InExtension, ContractStatus.Ending, ContractStatus.Ended, ContractStatus.Decommissioned];

    private string Prefix => options.Value.OcidPrefix;

    /// <summary>Every process the public may see, with its release date, oldest first (ties by ocid).</summary>
    public async Task<List<OcdsProcess>> ProcessesAsync(CancellationToken cancellationToken = default)
    {
        var contractChanged = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Contract) || a.ParentType == nameof(Contract))
            .GroupBy(a => a.ParentType == nameof(Contract) ? a.ParentKey! : a.EntityKey)
            .Select(g => new { Key = g.Key, Latest = g.Max(a => a.OccurredAtUtc) })
            .ToDictionaryAsync(x => x.Key, x => x.Latest, cancellationToken);

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

        DateTime ContractDate(int id, DateOnly start) =>
            contractChanged.TryGetValue(id.ToString(System.Globalization.CultureInfo.InvariantCulture), out var at) ? at : UkTime.ToUtc(start, TimeOnly.MinValue);

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
        var ocdsContracts = contracts.Select(c => ContractOf(c, $"award-{c.LotAwardId}")).ToList();
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
        return new OcdsRelease(
            process.Ocid, ReleaseId(process), process.Date, ["award", "contract"], "tender",
            [new(buyer.Id, buyer.Name, ["buyer"], null), .. providers.Select(SupplierParty)], buyer,
            null, null, [award], [ContractOf(c, awardId)], null);
    }

    private static OcdsContract ContractOf(Contract c, string awardId) => new(
        $"contract-{c.Id}", awardId, c.Title,
        c.Status switch
        {
            ContractStatus.Awarded or ContractStatus.Mobilising => "pending",
            ContractStatus.Ended or ContractStatus.Decommissioned => "terminated",
            _ => "active",
        },
        new OcdsValue(c.WholeLifeValue),
        new OcdsPeriod(Midnight(c.StartDate), Midnight(c.CurrentEndDate), MaxExtentDate: Midnight(c.MaximumEndDate)));

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
