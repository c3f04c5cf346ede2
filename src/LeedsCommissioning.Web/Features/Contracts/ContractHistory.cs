using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Users;
using LeedsCommissioning.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// A contract's audit trail in words a person understands: the contract's own entries and those of its
/// parts (providers, funding, extensions, documents), newest first.
/// </summary>
public static partial class ContractHistory
{
    /// <summary>Properties that mean nothing to a reader (keys, tokens, internal ids).</summary>
    private static readonly HashSet<string> Hidden =
        ["Id", "ContractId", "Version", "StorageKey", "UploadedByUserId", "ResponsibleCommissionerId", "ContentType", "EarlierValueAdjustment"];

    private static readonly HashSet<string> MoneyProperties =
        ["AnnualValue", "WholeLifeValue", "MaximumWholeLifeValue", "AnnualShare", "AnnualAmount"];

    /// <summary>Entries on one page of the history, newest first; older ones are on the next pages.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// One page of the history, newest first, and how many pages there are. Each source is read through its own
    /// index, newest first, and only as far as the page needs (docs/benchmarks.md): the contract's own entries
    /// (EntityType, EntityKey, OccurredAtUtc, Id), its parts' entries (ParentType, ParentKey, OccurredAtUtc, Id), the
    /// entries of its current parts written before ParentKey existed, and the recorded changes (ContractId, RecordedAtUtc).
    /// The four never overlap, so the page count is the sum of four counts.
    /// </summary>
    public static async Task<HistoryPage> LoadAsync(CommissioningDbContext db, int contractId, int page = 1) =>
        await LoadAsync(db, contractId, page, PageSize);

    /// <summary>
    /// The whole history in one list, newest first, for its download: at most <see cref="MostDownloaded"/> entries (the
    /// longest history the regional benchmark generates has about 1,500).
    /// </summary>
    public static async Task<IReadOnlyList<HistoryEntry>> AllAsync(CommissioningDbContext db, int contractId) =>
        (await LoadAsync(db, contractId, 1, MostDownloaded)).Entries;

    /// <summary>The most entries a history's download holds.</summary>
    public const int MostDownloaded = 20_000;

    private static async Task<HistoryPage> LoadAsync(CommissioningDbContext db, int contractId, int page, int pageSize)
    {
        var key = contractId.ToString(CultureInfo.InvariantCulture);
        var audit = db.AuditEntries.AsNoTracking();
        var own = audit.Where(a => a.EntityType == nameof(Contract) && a.EntityKey == key);
        // Parts' entries carry their contract as ParentKey (the audit interceptor records it, deleted parts
        // included). Entries written before ParentKey existed are found by the ids of the contract's current
        // parts; a part deleted before then can be found only through ParentKey, so it does not appear.
        var parts = audit.Where(a => a.ParentType == nameof(Contract) && a.ParentKey == key);
        var legacy = await LegacyPartEntriesAsync(db, contractId);
        var recorded = db.ContractChanges.AsNoTracking().Include(c => c.Decision).Where(c => c.ContractId == contractId);

        var total = await own.CountAsync() + await parts.CountAsync() + await recorded.CountAsync()
            + (legacy is null ? 0 : await legacy.CountAsync());
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var pageNumber = Math.Clamp(page, 1, pageCount);
        var needed = pageNumber * pageSize;

        var entries = await Newest(own, needed).ToListAsync();
        entries.AddRange(await Newest(parts, needed).ToListAsync());
        if (legacy is not null)
        {
            entries.AddRange(await Newest(legacy, needed).ToListAsync());
        }

        entries = entries.OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id).Take(needed).ToList();
        var changes = await recorded.OrderByDescending(c => c.RecordedAtUtc).ThenByDescending(c => c.Id).Take(needed).ToListAsync();
        // A recorded change comes first among the audit lines written by the same save.
        var merged = changes.Select(c => (c.RecordedAtUtc, Recorded: true, Change: (ContractChange?)c, Entry: (AuditEntry?)null))
            .Concat(entries.Select(e => (e.OccurredAtUtc, Recorded: false, Change: (ContractChange?)null, Entry: (AuditEntry?)e)))
            .OrderByDescending(h => h.Item1).ThenByDescending(h => h.Recorded)
            .Skip(needed - pageSize).Take(pageSize).ToList();
        var shown = merged.Where(h => h.Entry is not null).Select(h => h.Entry!).ToList();
        var names = await NamesAsync(db, shown);
        return new HistoryPage(
            merged.Select(h => h.Change is { } change ? Describe(change) : Describe(h.Entry!, names)).ToList(), pageNumber, pageCount);
    }

    /// <summary>
    /// Audit entries of any record in the words the history uses (the administrators' audit search, Features/Audit): who by their
    /// name now (an erased person's pseudonym), what, and each change. The order is kept.
    /// </summary>
    public static async Task<IReadOnlyList<HistoryEntry>> DescribeAsync(CommissioningDbContext db, IReadOnlyList<AuditEntry> entries)
    {
        var names = await NamesAsync(db, entries.ToList());
        return entries.Select(e => Describe(e, names)).ToList();
    }

    private static IQueryable<AuditEntry> Newest(IQueryable<AuditEntry> entries, int count) =>
        entries.OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id).Take(count);

    /// <summary>
    /// A recorded change: what, from when, why, the figures it changed, before and after (for a change awaiting a decision,
    /// the figures it would make), and where its decision stands when it needed one (needs Decision loaded).
    /// </summary>
    public static HistoryEntry Describe(ContractChange change)
    {
        var lines = new List<HistoryChange>
        {
            new("Takes effect", null, UkTime.Date(change.EffectiveDate)),
            new("Reason", null, change.Reason),
        };
        void IfChanged<T>(string label, T before, T after, Func<T, string> text)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                lines.Add(new HistoryChange(label, text(before), text(after)));
            }
        }

        IfChanged("Annual value", change.AnnualValueBefore, change.AnnualValueAfter, UkTime.Money);
        IfChanged("Whole-life value", change.WholeLifeValueBefore, change.WholeLifeValueAfter, UkTime.Money);
        IfChanged("Term", (change.StartDateBefore, change.EndDateBefore), (change.StartDateAfter, change.EndDateAfter),
            t => $"{UkTime.Date(t.Item1)} to {UkTime.Date(t.Item2)}");
        IfChanged("Latest end date if every pending extension is taken", change.MaximumEndDateBefore, change.MaximumEndDateAfter, UkTime.Date);
        IfChanged("Status", change.StatusBefore, change.StatusAfter, s => s.ToDisplayName());
        return new HistoryEntry(change.RecordedAtUtc, change.RecordedByName, change.Description, lines, Recorded: true, ChangeDecisionStatus.Of(change.Decision));
    }

    /// <summary>
    /// Entries of the contract's current parts written before ParentKey existed (ParentKey is null), each part type
    /// looked up by its keys through the (EntityType, EntityKey) index; null when the contract has no parts.
    /// </summary>
    private static async Task<IQueryable<AuditEntry>?> LegacyPartEntriesAsync(CommissioningDbContext db, int contractId)
    {
        static List<string> Keys(List<int> ids) => ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var providers = Keys(await db.ContractProviders.Where(p => p.ContractId == contractId).Select(p => p.Id).ToListAsync());
        var funding = Keys(await db.FundingContributions.Where(p => p.ContractId == contractId).Select(p => p.Id).ToListAsync());
        var extensions = Keys(await db.ContractExtensions.Where(p => p.ContractId == contractId).Select(p => p.Id).ToListAsync());
        var documents = Keys(await db.ContractDocuments.Where(p => p.ContractId == contractId).Select(p => p.Id).ToListAsync());
        if (providers.Count + funding.Count + extensions.Count + documents.Count == 0)
        {
            return null;
        }

        return db.AuditEntries.AsNoTracking().Where(a => a.ParentKey == null
            && ((a.EntityType == nameof(ContractProvider) && providers.Contains(a.EntityKey))
                || (a.EntityType == nameof(FundingContribution) && funding.Contains(a.EntityKey))
                || (a.EntityType == nameof(ContractExtension) && extensions.Contains(a.EntityKey))
                || (a.EntityType == nameof(ContractDocument) && documents.Contains(a.EntityKey))));
    }

    private sealed record Names(
        IReadOnlyDictionary<string, string> Providers, IReadOnlyDictionary<string, string> Organisations, IReadOnlyDictionary<string, string> People,
        PersonalDataNameRules Rules);

    private static async Task<Names> NamesAsync(CommissioningDbContext db, List<AuditEntry> entries)
    {
        var rules = PersonalData.RulesOf(db.Model);
        var parsed = entries.Select(e => (Entry: e, Changes: Parse(e))).ToList();
        var changes = parsed.SelectMany(p => p.Changes).ToList();
        var providerIds = Ids(changes, "ProviderId", "LeadProviderId");
        var organisationIds = Ids(changes, "CommissioningOrganisationId", "FunderOrganisationId");
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync();
        var organisations = await db.CommissioningOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync();
        // The audit trail keeps the sign-in name; show the person's name (accounts are never deleted).
        // A record's copy of a person's name ("RecordedByName", "ResponsibleCommissionerName") beside their id ("RecordedByUserId",
        // "ResponsibleCommissionerId": PersonalData.NamesBesideIds) is shown by the id too, so an erased person's name is not read
        // back from an older entry's changes (docs/security.md, "Personal data"); so is a name that is always its writer's.
        var userIds = entries.Where(e => e.UserId != null).Select(e => e.UserId!)
            .Concat(parsed.SelectMany(p => p.Changes.Where(c => c.Property.EndsWith(UserIdSuffix, StringComparison.Ordinal)
                    || (rules.BesideIds.TryGetValue(p.Entry.EntityType, out var pairs) && pairs.Values.Contains(c.Property))))
                .SelectMany(c => new[] { c.Old, c.New }).OfType<string>())
            .Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return new Names(
            providers.ToDictionary(p => p.Id.ToString(CultureInfo.InvariantCulture), p => p.Name),
            organisations.ToDictionary(o => o.Id.ToString(CultureInfo.InvariantCulture), o => o.Name),
            people.ToDictionary(p => p.Id, p => p.DisplayName),
            rules);
    }

    private static List<int> Ids(List<AuditChange> changes, params string[] properties) =>
        changes.Where(c => properties.Contains(c.Property))
            .SelectMany(c => new[] { c.Old, c.New })
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();

    private static IReadOnlyList<AuditChange> Parse(AuditEntry entry) =>
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes) ?? [];

    private const string UserIdSuffix = "UserId";

    private static HistoryEntry Describe(AuditEntry entry, Names names)
    {
        var parsed = Parse(entry);
        var besideIds = names.Rules.BesideIds.GetValueOrDefault(entry.EntityType) ?? new Dictionary<string, string>();
        var ofWriter = names.Rules.OfWriter.GetValueOrDefault(entry.EntityType);
        // A name beside an id ("RecordedByName" beside "RecordedByUserId") is shown as the id's person's name now, before or
        // after; a name always its writer's (a question's AnsweredBy) as the name now of whoever made this change.
        string? Person(string property, string? value, bool old)
        {
            if (value is null)
            {
                return null;
            }

            if (besideIds.TryGetValue(property, out var idProperty) && parsed.FirstOrDefault(c => c.Property == idProperty) is { } ids
                && (old ? ids.Old : ids.New) is { } id && names.People.TryGetValue(id, out var current))
            {
                return current;
            }

            return !old && ofWriter?.Contains(property) == true && entry.UserId is { } writer && names.People.TryGetValue(writer, out var now) ? now : value;
        }

        // A person's id is shown as their name, once: beside the record's copy of the name, the id itself is left out.
        var named = parsed.Select(c => c.Property).Where(p => besideIds.ContainsKey(p)).Select(p => besideIds[p]).ToHashSet();
        string? PersonById(string? id) => id is null ? null : names.People.GetValueOrDefault(id, id);
        var changes = parsed
            .Where(c => !Hidden.Contains(c.Property))
            .Where(c => !named.Contains(c.Property))
            .Select(c => c.Property.EndsWith(UserIdSuffix, StringComparison.Ordinal)
                ? new HistoryChange(c.Property == UserIdSuffix ? "Person" : Sentence(c.Property[..^UserIdSuffix.Length]), PersonById(c.Old), PersonById(c.New))
                : new HistoryChange(Label(c.Property), Value(c.Property, Person(c.Property, c.Old, old: true), names),
                    Value(c.Property, Person(c.Property, c.New, old: false), names)))
            .ToList();
        var who = entry.UserId is not null && names.People.TryGetValue(entry.UserId, out var name) ? name
            : entry.UserName == "system" ? "The system (demo data or import)" : entry.UserName;
        return new HistoryEntry(entry.OccurredAtUtc, who, What(entry), changes);
    }

    private static string What(AuditEntry entry)
    {
        var thing = entry.EntityType switch
        {
            nameof(Contract) => "Contract",
            nameof(ContractProvider) => "Provider",
            nameof(FundingContribution) => "Funding contribution",
            nameof(ContractExtension) => "Extension",
            nameof(ContractDocument) => "Document",
            "CprWaiver" => "CPR waiver",
            _ => Sentence(entry.EntityType),
        };
        return entry.Action switch
        {
            AuditAction.Added => thing == "Contract" ? "Contract created" : $"{thing} added",
            AuditAction.Deleted => $"{thing} removed",
            _ => $"{thing} changed",
        };
    }

    private static string Label(string property) => property switch
    {
        "CprWaiverId" => "CPR waiver",
        "LeadProviderIsThirdSector" => "Lead provider is third sector",
        "SmallLocalShare" => "Small and local share",
        "CommissioningOrganisationId" => "Commissioning organisation",
        "FunderOrganisationId" => "Funder",
        "LeadProviderId" => "Lead provider",
        "ProviderId" => "Provider",
        "UploadedAtUtc" => "Uploaded",
        "UploadedByName" => "Uploaded by",
        "SizeBytes" => "Size",
        "Months" => "Length (months)",
        "DecideBy" => "Decide by",
        _ => Sentence(property),
    };

    internal static string Sentence(string pascal)
    {
        var words = WordBoundary().Replace(pascal, " $1").Trim();
        return words.Length == 0 ? pascal : words[..1] + words[1..].ToLowerInvariant();
    }

    private static string? Value(string property, string? value, Names names)
    {
        if (value is null)
        {
            return null;
        }

        return property switch
        {
            _ when MoneyProperties.Contains(property) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var money) => UkTime.Money(money),
            "SmallLocalShare" => value + "%",
            "ProviderId" or "LeadProviderId" => names.Providers.GetValueOrDefault(value, value),
            "CommissioningOrganisationId" or "FunderOrganisationId" => names.Organisations.GetValueOrDefault(value, value),
            "Status" when Enum.TryParse<ContractStatus>(value, out var status) => status.ToDisplayName(),
            "Status" when Enum.TryParse<ExtensionStatus>(value, out var extension) => extension.ToDisplayName(),
            "ServiceArea" when Enum.TryParse<ServiceArea>(value, out var area) => area.ToDisplayName(),
            "AgreementType" when Enum.TryParse<AgreementType>(value, out var type) => type.ToDisplayName(),
            "PaymentMechanism" when Enum.TryParse<PaymentMechanism>(value, out var payment) => payment.ToDisplayName(),
            "ProcurementRoute" when Enum.TryParse<ContractAwardRoute>(value, out var route) => route.ToDisplayName(),
            "Role" when Enum.TryParse<ProviderRole>(value, out var role) => role.ToDisplayName(),
            "Stream" when Enum.TryParse<FundingStream>(value, out var stream) => stream.ToDisplayName(),
            "Kind" when Enum.TryParse<DocumentKind>(value, out var kind) => kind.ToDisplayName(),
            "SizeBytes" when long.TryParse(value, out var bytes) => Uploads.SizeText(bytes),
            _ when value is "True" or "False" => value == "True" ? "Yes" : "No",
            _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => UkTime.Date(date),
            _ when DateTime.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) => UkTime.DateAndTime(instant.ToUniversalTime()),
            _ => value,
        };
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
