using System.Text.Json;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Reads the audit trail of one contract and its parts (providers, funding, extensions, documents: each
/// audited under its own id) to say who changed it last, when, and what changed since a moment.
/// </summary>
internal static class ContractChanges
{
    private static readonly string[] PartTypes =
        [nameof(ContractProvider), nameof(FundingContribution), nameof(ContractExtension), nameof(ContractDocument)];

    public static async Task<EditConflict> SinceAsync(CommissioningDbContext db, int contractId, DateTime sinceUtc)
    {
        var key = contractId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var providerKeys = await db.ContractProviders.Where(p => p.ContractId == contractId).Select(p => p.Id.ToString()).ToListAsync();
        var fundingKeys = await db.FundingContributions.Where(p => p.ContractId == contractId).Select(p => p.Id.ToString()).ToListAsync();
        var extensionKeys = await db.ContractExtensions.Where(p => p.ContractId == contractId).Select(p => p.Id.ToString()).ToListAsync();
        var documentKeys = await db.ContractDocuments.Where(p => p.ContractId == contractId).Select(p => p.Id.ToString()).ToListAsync();

        // Parts added or removed carry their ContractId in the recorded changes.
        var added = $"\"Property\":\"ContractId\",\"Old\":null,\"New\":\"{key}\"";
        var removed = $"\"Property\":\"ContractId\",\"Old\":\"{key}\"";
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Contract) && a.EntityKey == key)
                || (a.EntityType == nameof(ContractProvider) && providerKeys.Contains(a.EntityKey))
                || (a.EntityType == nameof(FundingContribution) && fundingKeys.Contains(a.EntityKey))
                || (a.EntityType == nameof(ContractExtension) && extensionKeys.Contains(a.EntityKey))
                || (a.EntityType == nameof(ContractDocument) && documentKeys.Contains(a.EntityKey))
                || (PartTypes.Contains(a.EntityType) && (a.Changes.Contains(added) || a.Changes.Contains(removed))))
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Take(100)
            .ToListAsync();
        // The audit records the sign-in name (an e-mail address); people are shown by their names.
        var userIds = entries.Select(e => e.UserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        foreach (var entry in entries.Where(e => e.UserId is not null && names.ContainsKey(e.UserId)))
        {
            entry.UserName = names[entry.UserId!];
        }

        var latest = entries.FirstOrDefault();
        var changes = entries.Where(e => e.OccurredAtUtc >= sinceUtc).Reverse().SelectMany(Describe).Distinct().Take(30).ToList();
        return new EditConflict(latest?.UserName ?? "Someone else", latest?.OccurredAtUtc ?? sinceUtc, changes);
    }

    private static IEnumerable<string> Describe(AuditEntry entry)
    {
        var part = entry.EntityType switch
        {
            nameof(ContractProvider) => "a provider",
            nameof(FundingContribution) => "a funding contribution",
            nameof(ContractExtension) => "an extension",
            nameof(ContractDocument) => "a document",
            _ => null,
        };
        if (part is not null)
        {
            yield return $"{entry.UserName} {entry.Action switch { AuditAction.Added => "added", AuditAction.Deleted => "removed", _ => "changed" }} {part}";
            yield break;
        }

        var list = JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes) ?? [];
        foreach (var change in list.Where(c => !IsDerived(c.Property)))
        {
            yield return $"{entry.UserName} changed {Words(change.Property)} from “{change.Old ?? "nothing"}” to “{change.New ?? "nothing"}”";
        }
    }

    /// <summary>Figures the entity derives follow from the changes that are shown, so they would only repeat them.</summary>
    private static bool IsDerived(string property) => property is nameof(Contract.CurrentEndDate) or nameof(Contract.MaximumEndDate)
        or nameof(Contract.WholeLifeValue) or nameof(Contract.MaximumWholeLifeValue) or nameof(Contract.SmallLocalShare)
        or nameof(Contract.LeadProviderIsThirdSector) or nameof(Contract.LeadProviderId);

    /// <summary>"InitialEndDate" becomes "the initial end date".</summary>
    private static string Words(string property) =>
        "the " + string.Concat(property.Select((ch, i) => i > 0 && char.IsUpper(ch) ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
