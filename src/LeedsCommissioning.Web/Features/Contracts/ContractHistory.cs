using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// A contract's audit trail in words a person understands: the contract's own entries and those of its
/// parts (providers, funding, extensions, documents), newest first.
/// </summary>
public static partial class ContractHistory
{
    private static readonly string[] PartTypes =
        [nameof(ContractProvider), nameof(FundingContribution), nameof(ContractExtension), nameof(ContractDocument)];

    /// <summary>Properties that mean nothing to a reader (keys, tokens, internal ids).</summary>
    private static readonly HashSet<string> Hidden =
        ["Id", "ContractId", "Version", "StorageKey", "UploadedByUserId", "ResponsibleCommissionerId", "ContentType", "EarlierValueAdjustment"];

    private static readonly HashSet<string> MoneyProperties =
        ["AnnualValue", "WholeLifeValue", "MaximumWholeLifeValue", "AnnualShare", "AnnualAmount"];

    public static async Task<IReadOnlyList<HistoryEntry>> LoadAsync(CommissioningDbContext db, int contractId, int limit = 200)
    {
        var key = contractId.ToString(CultureInfo.InvariantCulture);
        // Parts' entries carry their contract as ParentKey (the audit interceptor records it, deleted parts
        // included). Entries written before ParentKey existed are found by the ids of the contract's current
        // parts; a part deleted before then can be found only through ParentKey, so it does not appear.
        var partKeys = await PartKeysAsync(db, contractId);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Contract) && a.EntityKey == key)
                || (a.ParentType == nameof(Contract) && a.ParentKey == key)
                || (PartTypes.Contains(a.EntityType) && partKeys.Contains(a.EntityType + ":" + a.EntityKey)))
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Take(limit)
            .ToListAsync();
        var names = await NamesAsync(db, entries);
        var recorded = await db.ContractChanges.AsNoTracking().Where(c => c.ContractId == contractId)
            .OrderByDescending(c => c.RecordedAtUtc).Take(limit).ToListAsync();
        // A recorded change comes first among the audit lines written by the same save.
        return recorded.Select(Describe).Concat(entries.Select(e => Describe(e, names)))
            .OrderByDescending(h => h.OccurredAtUtc).ThenByDescending(h => h.Recorded)
            .Take(limit).ToList();
    }

    /// <summary>A recorded change: what, from when, why, and the figures it changed, before and after.</summary>
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
        return new HistoryEntry(change.RecordedAtUtc, change.RecordedByName, change.Description, lines, Recorded: true);
    }

    private static async Task<List<string>> PartKeysAsync(CommissioningDbContext db, int contractId)
    {
        var keys = new List<string>();
        keys.AddRange((await db.ContractProviders.Where(p => p.ContractId == contractId).Select(p => p.Id).ToListAsync()).Select(id => $"{nameof(ContractProvider)}:{id}"));
        keys.AddRange((await db.FundingContributions.Where(p => p.ContractId == contractId).Select(p => p.Id).ToListAsync()).Select(id => $"{nameof(FundingContribution)}:{id}"));
        keys.AddRange((await db.ContractExtensions.Where(p => p.ContractId == contractId).Select(p => p.Id).ToListAsync()).Select(id => $"{nameof(ContractExtension)}:{id}"));
        keys.AddRange((await db.ContractDocuments.Where(p => p.ContractId == contractId).Select(p => p.Id).ToListAsync()).Select(id => $"{nameof(ContractDocument)}:{id}"));
        return keys;
    }

    private sealed record Names(
        IReadOnlyDictionary<string, string> Providers, IReadOnlyDictionary<string, string> Organisations, IReadOnlyDictionary<string, string> People);

    private static async Task<Names> NamesAsync(CommissioningDbContext db, List<AuditEntry> entries)
    {
        var changes = entries.SelectMany(Parse).ToList();
        var providerIds = Ids(changes, "ProviderId", "LeadProviderId");
        var organisationIds = Ids(changes, "CommissioningOrganisationId", "FunderOrganisationId");
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync();
        var organisations = await db.CommissioningOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync();
        // The audit trail keeps the sign-in name; show the person's name (accounts are never deleted).
        var userIds = entries.Where(e => e.UserId != null).Select(e => e.UserId!).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        return new Names(
            providers.ToDictionary(p => p.Id.ToString(CultureInfo.InvariantCulture), p => p.Name),
            organisations.ToDictionary(o => o.Id.ToString(CultureInfo.InvariantCulture), o => o.Name),
            people.ToDictionary(p => p.Id, p => p.DisplayName));
    }

    private static List<int> Ids(List<AuditChange> changes, params string[] properties) =>
        changes.Where(c => properties.Contains(c.Property))
            .SelectMany(c => new[] { c.Old, c.New })
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();

    private static IReadOnlyList<AuditChange> Parse(AuditEntry entry) =>
        JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes) ?? [];

    private static HistoryEntry Describe(AuditEntry entry, Names names)
    {
        var changes = Parse(entry)
            .Where(c => !Hidden.Contains(c.Property))
            .Select(c => new HistoryChange(Label(c.Property), Value(c.Property, c.Old, names), Value(c.Property, c.New, names)))
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
            _ => entry.EntityType,
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

    private static string Sentence(string pascal)
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
            "SizeBytes" when long.TryParse(value, out var bytes) => ContractPageViewModel.FileSize(bytes),
            _ when value is "True" or "False" => value == "True" ? "Yes" : "No",
            _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => UkTime.Date(date),
            _ when DateTime.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) => UkTime.DateAndTime(instant.ToUniversalTime()),
            _ => value,
        };
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
