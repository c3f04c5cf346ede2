using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Audit;

/// <summary>
/// The administrators' search of the audit trail (issue 16): by person, by record and by UK dates, newest first. Each
/// filter is read through an index of AuditEntries (a person: UserId, OccurredAtUtc, Id; a record: EntityType, EntityKey,
/// OccurredAtUtc, Id with its parts by ParentType, ParentKey, OccurredAtUtc, Id; dates: OccurredAtUtc), and the page is
/// bounded: at most <see cref="MostShown"/> entries are paged through, and a download holds at most <see cref="MostDownloaded"/>
/// (at a region's scale the trail holds about 2,000,000 entries: docs/benchmarks.md).
/// </summary>
public static class AuditSearch
{
    public const int PageSize = 50;

    /// <summary>The newest entries a search pages through; to see older ones, narrow the dates.</summary>
    public const int MostShown = 1_000;

    public const int MostDownloaded = 100_000;

    /// <summary>The most people a person search may match; more, and the administrator is asked to say more of the name.</summary>
    public const int MostPeople = 20;

    /// <summary>
    /// Checks the filters: real dates, the "to" date not before the "from" one, a record's type and id together, a person
    /// who exists. The errors go to <paramref name="modelState"/> on their fields; null when there are any.
    /// </summary>
    public static async Task<AuditCriteria?> CriteriaAsync(CommissioningDbContext db, AuditFilter filter, ModelStateDictionary modelState)
    {
        DateOnly? Date(TagHelpers.GovUk.DateInputModel input, string field, string name, string example)
        {
            if (input.IsEmpty)
            {
                return null;
            }

            if (input.TryGetDate(out var date))
            {
                return date;
            }

            modelState.AddModelError(field, $"The {name} date must be a real date, like {example}");
            return null;
        }

        var from = Date(filter.From, nameof(AuditFilter.From), "from", "1 4 2026");
        var to = Date(filter.To, nameof(AuditFilter.To), "to", "30 4 2026");
        if (from is { } f && to is { } t && t < f)
        {
            modelState.AddModelError(nameof(AuditFilter.To), "The to date must be the same as or after the from date");
        }

        var type = filter.RecordType?.Trim();
        var key = filter.RecordId?.Trim();
        if (!string.IsNullOrEmpty(type) && !RecordTypes(db).ContainsKey(type))
        {
            modelState.AddModelError(nameof(AuditFilter.RecordType), "Select a type of record from the list");
        }
        else if (!string.IsNullOrEmpty(type) && string.IsNullOrEmpty(key))
        {
            modelState.AddModelError(nameof(AuditFilter.RecordId), "Enter the record's id, like 42");
        }
        else if (string.IsNullOrEmpty(type) && !string.IsNullOrEmpty(key))
        {
            modelState.AddModelError(nameof(AuditFilter.RecordType), "Select the type of record the id is for");
        }
        else if (key is { Length: > 100 })
        {
            modelState.AddModelError(nameof(AuditFilter.RecordId), "The record's id must be 100 characters or fewer");
        }

        List<string>? people = null;
        if (!string.IsNullOrWhiteSpace(filter.PersonId))
        {
            people = await db.Users.Where(u => u.Id == filter.PersonId).Select(u => u.Id).ToListAsync();
            if (people.Count == 0)
            {
                modelState.AddModelError(nameof(AuditFilter.Person), "There is no such person: search by their name or email address");
            }
        }
        else if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var term = filter.Person.Trim().ToLower();
            if (term.Length > 256)
            {
                modelState.AddModelError(nameof(AuditFilter.Person), "The name or email address must be 256 characters or fewer");
            }
            else
            {
                people = await db.Users.Where(u => u.DisplayName.ToLower().Contains(term) || u.Email!.ToLower().Contains(term))
                    .OrderBy(u => u.Id).Select(u => u.Id).Take(MostPeople + 1).ToListAsync();
                if (people.Count == 0)
                {
                    modelState.AddModelError(nameof(AuditFilter.Person), "No one's name or email address contains this: check the spelling");
                }
                else if (people.Count > MostPeople)
                {
                    modelState.AddModelError(nameof(AuditFilter.Person), $"More than {MostPeople} people match: enter more of the name or email address");
                }
            }
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        return new AuditCriteria(people, string.IsNullOrEmpty(type) ? null : type, string.IsNullOrEmpty(key) ? null : key,
            from is { } start ? UkTime.ToUtc(start, TimeOnly.MinValue) : null,
            to is { } end ? UkTime.ToUtc(end.AddDays(1), TimeOnly.MinValue) : null);
    }

    /// <summary>The entries the criteria find, newest first (ties by id), unbounded: callers take what they need.</summary>
    public static IQueryable<AuditEntry> Matching(CommissioningDbContext db, AuditCriteria criteria)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (criteria.People is { } people)
        {
            query = people.Count == 1 ? query.Where(a => a.UserId == people[0]) : query.Where(a => people.Contains(a.UserId!));
        }

        if (criteria.RecordType is { } type && criteria.RecordKey is { } key)
        {
            // The record's own entries and its parts' (a contract's extensions, documents, funding): as its history shows them.
            query = query.Where(a => (a.EntityType == type && a.EntityKey == key) || (a.ParentType == type && a.ParentKey == key));
        }

        if (criteria.FromUtc is { } fromUtc)
        {
            query = query.Where(a => a.OccurredAtUtc >= fromUtc);
        }

        if (criteria.BeforeUtc is { } beforeUtc)
        {
            query = query.Where(a => a.OccurredAtUtc < beforeUtc);
        }

        return query.OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id);
    }

    /// <summary>One page, and how many pages (counting at most <see cref="MostShown"/> entries).</summary>
    public static async Task<(IReadOnlyList<HistoryEntry> Entries, int Page, int PageCount, int Found)> PageAsync(
        CommissioningDbContext db, AuditCriteria criteria, int page)
    {
        var matching = Matching(db, criteria);
        var found = await matching.Take(MostShown + 1).CountAsync();
        var pageCount = Math.Max(1, (int)Math.Ceiling(Math.Min(found, MostShown) / (double)PageSize));
        var pageNumber = Math.Clamp(page, 1, pageCount);
        var entries = await matching.Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        return (await DescribeAsync(db, entries), pageNumber, pageCount, found);
    }

    /// <summary>
    /// Everything the criteria find, newest first, at most <see cref="MostDownloaded"/> entries, read 500 at a time after the
    /// last one read (by date and id), so the download streams and no reader is left open while names are looked up.
    /// </summary>
    public static async IAsyncEnumerable<HistoryEntry> AllAsync(CommissioningDbContext db, AuditCriteria criteria)
    {
        const int batch = 500;
        var read = 0;
        (DateTime At, long Id)? last = null;
        while (read < MostDownloaded)
        {
            var query = Matching(db, criteria);
            if (last is { } l)
            {
                query = query.Where(a => a.OccurredAtUtc < l.At || (a.OccurredAtUtc == l.At && a.Id < l.Id));
            }

            var entries = await query.Take(Math.Min(batch, MostDownloaded - read)).ToListAsync();
            foreach (var entry in await DescribeAsync(db, entries))
            {
                yield return entry;
            }

            read += entries.Count;
            if (entries.Count < batch)
            {
                yield break;
            }

            last = (entries[^1].OccurredAtUtc, entries[^1].Id);
        }
    }

    private static async Task<IReadOnlyList<HistoryEntry>> DescribeAsync(CommissioningDbContext db, List<AuditEntry> entries)
    {
        var described = await ContractHistory.DescribeAsync(db, entries);
        return entries.Select((e, i) => described[i] with { Record = Record(e) }).ToList();
    }

    /// <summary>The types of record the audit trail holds (every audited entity), by their names in words, for the filter's list.</summary>
    public static IReadOnlyDictionary<string, string> RecordTypes(CommissioningDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(t => typeof(IAuditable).IsAssignableFrom(t.ClrType) && !t.IsOwned())
            .Select(t => t.ClrType.Name).Distinct()
            .ToDictionary(n => n, TypeName)
            .OrderBy(p => p.Value, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value);

    public static string TypeName(string clrName) => clrName switch
    {
        "CprWaiver" => "CPR waiver",
        "ContractProvider" => "Contract provider",
        _ => ContractHistory.Sentence(clrName),
    };

    /// <summary>The entry's record in words, with a link to its page (or its aggregate's) where there is one.</summary>
    public static AuditedRecord Record(AuditEntry entry) => Record(entry.EntityType, entry.EntityKey, entry.ParentType, entry.ParentKey);

    /// <summary>A record, named as the audit trail names it (its type and key, and its aggregate root's), in words with a link.</summary>
    public static AuditedRecord Record(string entityType, string entityKey, string? parentType, string? parentKey)
    {
        var href = (entityType, parentType) switch
        {
            ("Contract", _) => $"/contracts/{Id(entityKey)}",
            (_, "Contract") when parentKey is not null => $"/contracts/{Id(parentKey)}/history",
            ("CprWaiver", _) => $"/waivers/{Id(entityKey)}",
            ("Opportunity", _) => $"/procurement/opportunities/{Id(entityKey)}",
            (_, "Opportunity") when parentKey is not null => $"/procurement/opportunities/{Id(parentKey)}",
            ("Provider", _) => $"/providers/{Id(entityKey)}",
            (_, "Provider") when parentKey is not null => $"/providers/{Id(parentKey)}",
            ("DecommissioningCase", _) => $"/decommissioning/{Id(entityKey)}",
            ("QuarterlyReturn", _) => $"/monitoring/returns/{Id(entityKey)}",
            ("ForwardPlanIntention", _) => $"/pipeline/forward-plan/{Id(entityKey)}",
            ("OrganisationApplication", _) => $"/procurement/organisation-applications/{Id(entityKey)}",
            _ => null,
        };
        return new AuditedRecord(TypeName(entityType), entityKey, href?.Contains("//", StringComparison.Ordinal) == true ? null : href);
    }

    /// <summary>A whole-number key, or empty (no link) for anything else.</summary>
    private static string Id(string key) =>
        int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id.ToString(CultureInfo.InvariantCulture) : "/";
}

/// <param name="People">The people's account ids, or null for anyone (the system's own entries included).</param>
/// <param name="BeforeUtc">The instant after the last day asked for: the start of the next UK day.</param>
public sealed record AuditCriteria(IReadOnlyList<string>? People, string? RecordType, string? RecordKey, DateTime? FromUtc, DateTime? BeforeUtc);
