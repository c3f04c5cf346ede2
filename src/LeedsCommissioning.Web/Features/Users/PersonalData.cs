using System.Text.Json;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Registration;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeedsCommissioning.Web.Features.Users;

/// <summary>
/// A person's personal data (issue 16, docs/security.md "Personal data"): everything the portal holds about them, as one JSON
/// download, and its erasure by pseudonym, which keeps every record and every audit entry pointing at the same account.
/// </summary>
public static class PersonalData
{
    /// <summary>
    /// Records a person's decisions and waivers are kept for, from the day decided or written: the privacy notice's "6 years
    /// after", the Limitation Act 1980's six years for a claim on a contract. Within it, the name of who decided or wrote
    /// stays on the record, so their personal data cannot be erased.
    /// </summary>
    public const int RetentionYears = 6;

    /// <summary>
    /// Why the person's data cannot be erased now, or null: a decision they took or a waiver they wrote within
    /// <see cref="RetentionYears"/> (the record must say who decided or asked, governance's accountability).
    /// </summary>
    public static async Task<string?> RefusalAsync(CommissioningDbContext db, string userId, DateOnly today)
    {
        var since = today.AddYears(-RetentionYears);
        var decided = await db.DecisionRecords.Where(d => d.DecisionMakerUserId == userId && d.OutcomeOn >= since)
            .OrderByDescending(d => d.OutcomeOn).Select(d => new { d.Title, d.OutcomeOn }).FirstOrDefaultAsync();
        if (decided is not null)
        {
            return $"Their personal data cannot be erased: they are the decision maker of \u201c{decided.Title}\u201d, decided on "
                + $"{UkTime.Date(decided.OutcomeOn)}, and a decision record names who decided for {RetentionYears} years. It can be erased from "
                + $"{UkTime.Date(decided.OutcomeOn!.Value.AddYears(RetentionYears).AddDays(1))}.";
        }

        var waiver = await db.CprWaivers.Where(w => w.AuthorUserId == userId && w.CreatedOn >= since)
            .OrderByDescending(w => w.CreatedOn).Select(w => new { w.Subject, w.CreatedOn }).FirstOrDefaultAsync();
        return waiver is null
            ? null
            : $"Their personal data cannot be erased: they wrote the CPR waiver \u201c{waiver.Subject}\u201d on {UkTime.Date(waiver.CreatedOn)}, and a "
                + $"waiver names who asked for it for {RetentionYears} years. It can be erased from {UkTime.Date(waiver.CreatedOn.AddYears(RetentionYears).AddDays(1))}.";
    }

    /// <summary>
    /// Names kept beside an id whose words differ from the name's ("XName" beside "XUserId" is found by its words): a score
    /// sheet's MemberName is the name of its UserId, and so is a panel member's Name.
    /// </summary>
    private static readonly (Type Type, string Name, string Id)[] OtherNamesBesideIds =
    [
        (typeof(ScoreSheet), nameof(ScoreSheet.MemberName), nameof(ScoreSheet.UserId)),
        (typeof(PanelMember), nameof(PanelMember.Name), nameof(PanelMember.UserId)),
    ];

    /// <summary>
    /// Names kept with no id beside them, always the name of whoever made the change that wrote them (the controllers pass
    /// the signed-in person's name): the person is the one the audit trail says made that change. A question's AnsweredBy,
    /// a clarification's PublishedBy, an organisation application's DecidedBy, a panel's FormedByName, monitoring evidence's
    /// RecordedByName. Written by the demo data or an import, the change is the system's and names nobody.
    /// </summary>
    public static readonly IReadOnlyList<(Type Type, string Name)> NamesOfWhoeverWroteThem =
    [
        (typeof(ClarificationQuestion), nameof(ClarificationQuestion.AnsweredBy)),
        (typeof(ClarificationNotice), nameof(ClarificationNotice.PublishedBy)),
        (typeof(OrganisationApplication), nameof(OrganisationApplication.DecidedBy)),
        (typeof(EvaluationPanel), nameof(EvaluationPanel.FormedByName)),
        (typeof(MonitoringEvidence), nameof(MonitoringEvidence.RecordedByName)),
    ];

    /// <summary>A copy of a person's name on a record (its property <c>Name</c>) beside their account's id (its property <c>Id</c>).</summary>
    public sealed record NameBesideId(IEntityType Type, IProperty Name, IProperty Id);

    /// <summary>
    /// Every copy of a person's name kept on a record beside their id, found from the model so a record added later is covered
    /// too: a property "XName" beside "XUserId" (a recorded change's RecordedByName, a document's UploadedByName, an account
    /// event's ByName, a decision's DecisionMakerName…) or beside a text "XId" (a contract's ResponsibleCommissionerName and
    /// ResponsibleCommissionerId: account ids are text, other ids numbers), and <see cref="OtherNamesBesideIds"/>. The audit
    /// trail is left alone: it is never changed.
    /// </summary>
    public static IReadOnlyList<NameBesideId> NamesBesideIds(IModel model) =>
        model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(AuditEntry) && t.GetTableName() is not null)
            .SelectMany(t => t.GetProperties()
                .Where(p => p.ClrType == typeof(string) && !p.IsKey())
                .Select(p => (Name: p, Id: IdBeside(t, p)))
                .Where(x => x.Id is not null)
                .Select(x => new NameBesideId(t, x.Name, x.Id!)))
            .ToList();

    private static IProperty? IdBeside(IEntityType type, IProperty name)
    {
        if (OtherNamesBesideIds.FirstOrDefault(o => o.Type == type.ClrType && o.Name == name.Name) is { Id: { } other })
        {
            return type.FindProperty(other);
        }

        if (!name.Name.EndsWith("Name", StringComparison.Ordinal) || name.Name.Length == "Name".Length)
        {
            return null;
        }

        var words = name.Name[..^"Name".Length];
        return type.FindProperty(words + "UserId")
            ?? (type.FindProperty(words + "Id") is { } id && id.ClrType == typeof(string) ? id : null);
    }

    /// <summary>
    /// The record types' names (as the audit trail keeps them) with their names beside ids (name property to id property) and
    /// their <see cref="NamesOfWhoeverWroteThem"/>: how a page showing an audit entry's changes shows a person's name now
    /// (an erased person's pseudonym) in place of the name the entry kept. Worked out once per model.
    /// </summary>
    public static PersonalDataNameRules RulesOf(IModel model) => Rules.GetValue(model, m => new PersonalDataNameRules(
        NamesBesideIds(m).GroupBy(n => n.Type.ClrType.Name)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.GroupBy(n => n.Name.Name).ToDictionary(n => n.Key, n => n.First().Id.Name)),
        NamesOfWhoeverWroteThem.GroupBy(n => n.Type.Name)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(n => n.Name).ToHashSet())));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, PersonalDataNameRules> Rules = [];

    /// <summary>The table and columns of each <see cref="NamesBesideIds"/>.</summary>
    public static IEnumerable<(string Table, string NameColumn, string IdColumn)> NameCopies(IModel model) =>
        NamesBesideIds(model)
            .Select(n => (Name: n, Table: StoreObjectIdentifier.Table(n.Type.GetTableName()!, n.Type.GetSchema())))
            .Where(x => x.Name.Name.GetColumnName(x.Table) is not null && x.Name.Id.GetColumnName(x.Table) is not null)
            .Select(x => (x.Table.Name, x.Name.Name.GetColumnName(x.Table)!, x.Name.Id.GetColumnName(x.Table)!))
            .Distinct();

    /// <summary>
    /// Replaces the person's name, e-mail address and phone everywhere the portal keeps them, inside the caller's transaction:
    /// the copies of their name on records beside their id, the names they wrote with no id beside them (found through the
    /// audit entries of their changes), their provider contact entries and organisation applications by e-mail address, and the e-mails sent to them
    /// (blanked; those not yet sent are dropped). Written straight to the tables, not through the audit interceptor: an audit
    /// entry would copy the name being erased into the trail, which is never changed. The account itself is the caller's.
    /// </summary>
    public static async Task PseudonymiseRecordsAsync(CommissioningDbContext db, string userId, string? email, string pseudonym, string pseudonymEmail)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var (table, nameColumn, idColumn) in NameCopies(db.Model))
        {
#pragma warning disable EF1002, EF1003 // The table and column names come from the model, delimited; the values are parameters.
            await db.Database.ExecuteSqlRawAsync(
                $"UPDATE {sql.DelimitIdentifier(table)} SET {sql.DelimitIdentifier(nameColumn)} = {{0}} WHERE {sql.DelimitIdentifier(idColumn)} = {{1}}",
                pseudonym, userId);
#pragma warning restore EF1002, EF1003
        }

        await PseudonymiseWhatTheyWroteAsync(db, sql, userId, pseudonym);

        if (string.IsNullOrEmpty(email))
        {
            return;
        }

        var address = email.ToLower();
        // A provider's contacts are owned by the provider (no bulk update of its own): by the model's table and columns.
        var contacts = db.Model.FindEntityType(typeof(ProviderContact))!;
        var contactsTable = StoreObjectIdentifier.Table(contacts.GetTableName()!, contacts.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(contacts.FindProperty(property)!.GetColumnName(contactsTable)!);
#pragma warning disable EF1002, EF1003 // The table and column names come from the model, delimited; the values are parameters.
        await db.Database.ExecuteSqlRawAsync(
            $"UPDATE {sql.DelimitIdentifier(contactsTable.Name)} SET {Column(nameof(ProviderContact.Name))} = {{0}}, {Column(nameof(ProviderContact.Email))} = NULL, "
            + $"{Column(nameof(ProviderContact.Phone))} = NULL WHERE LOWER({Column(nameof(ProviderContact.Email))}) = {{1}}",
            pseudonym, address);
#pragma warning restore EF1002, EF1003
        // An application to register their organisation, made before they had an account.
        await db.Set<OrganisationApplication>().Where(a => a.ApplicantEmail.ToLower() == address)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ApplicantName, pseudonym).SetProperty(a => a.ApplicantEmail, pseudonymEmail)
                .SetProperty(a => a.ApplicantJobTitle, (string?)null));
        await db.EmailMessages.Where(m => m.To.ToLower() == address && m.SentAtUtc == null).ExecuteDeleteAsync();
        await db.EmailMessages.Where(m => m.To.ToLower() == address)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.To, pseudonymEmail).SetProperty(m => m.Subject, "Erased").SetProperty(m => m.Body, ""));
    }

    /// <summary>
    /// Each <see cref="NamesOfWhoeverWroteThem"/> that the person wrote and the record still holds: the records whose audit
    /// entries show them writing the name, where the last change of that name on the record is theirs and the record still
    /// holds the value that change wrote. A name someone else wrote later (even the same words) is left alone.
    /// </summary>
    private static async Task PseudonymiseWhatTheyWroteAsync(CommissioningDbContext db, ISqlGenerationHelper sql, string userId, string pseudonym)
    {
        foreach (var kind in NamesOfWhoeverWroteThem.GroupBy(n => n.Type))
        {
            var typeName = kind.Key.Name;
            var properties = kind.Select(n => n.Name).ToHashSet();
            var theirs = await db.AuditEntries.AsNoTracking().Where(a => a.UserId == userId && a.EntityType == typeName)
                .Select(a => new { a.EntityKey, a.Changes }).ToListAsync();
            var keys = theirs.Where(a => Changes(a.Changes).Any(c => properties.Contains(c.Property) && c.New is not null))
                .Select(a => a.EntityKey).Distinct().ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            var entity = db.Model.FindEntityType(kind.Key)!;
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = entity.FindPrimaryKey()!.Properties.Single();
            foreach (var chunk in keys.Chunk(500))
            {
                // Who wrote each name last, and what: the records' own entries, oldest first.
                var last = new Dictionary<(string Key, string Property), (string? UserId, string? Value)>();
                var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == typeName && chunk.Contains(a.EntityKey))
                    .OrderBy(a => a.OccurredAtUtc).ThenBy(a => a.Id).Select(a => new { a.EntityKey, a.UserId, a.Changes }).ToListAsync();
                foreach (var entry in entries)
                {
                    foreach (var change in Changes(entry.Changes).Where(c => properties.Contains(c.Property)))
                    {
                        last[(entry.EntityKey, change.Property)] = (entry.UserId, change.New);
                    }
                }

                foreach (var written in last.Where(l => l.Value.UserId == userId && l.Value.Value is not null)
                             .GroupBy(l => (l.Key.Property, Value: l.Value.Value!)))
                {
                    var column = sql.DelimitIdentifier(entity.FindProperty(written.Key.Property)!.GetColumnName(table)!);
                    var ids = written.Select(w => Convert.ChangeType(w.Key.Key, key.ClrType, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                    var values = new List<object> { pseudonym, written.Key.Value };
                    values.AddRange(ids);
                    var placeholders = string.Join(", ", ids.Select((_, i) => $"{{{i + 2}}}"));
#pragma warning disable EF1002, EF1003 // The table and column names come from the model, delimited; the values are parameters.
                    await db.Database.ExecuteSqlRawAsync(
                        $"UPDATE {sql.DelimitIdentifier(table.Name)} SET {column} = {{0}} WHERE {column} = {{1}} "
                        + $"AND {sql.DelimitIdentifier(key.GetColumnName(table)!)} IN ({placeholders})",
                        values);
#pragma warning restore EF1002, EF1003
                }
            }
        }
    }

    private static List<AuditChange> Changes(string json) => JsonSerializer.Deserialize<List<AuditChange>>(json) ?? [];

    /// <summary>
    /// Writes the person's data as JSON: their account, role, the account's history, the changes they made (as the audit search
    /// shows them, at most <see cref="AuditSearch.MostDownloaded"/>), the questions they asked, their entries as a provider's
    /// contact, the e-mails sent to them and the records whose typed text names them (<see cref="NamedInText"/>). Streamed: the changes are read 500 at a time.
    /// </summary>
    public static async Task WriteAsync(CommissioningDbContext db, ApplicationUser user, IReadOnlyList<string> roles, DateTimeOffset now, Stream body, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("about", "The personal data Leeds Commissioning holds about one person (UK GDPR article 15). Times are UTC.");
        json.WriteStartObject("account");
        json.WriteString("id", user.Id);
        json.WriteString("name", user.DisplayName);
        json.WriteString("emailAddress", user.Email);
        json.WriteString("phone", user.PhoneNumber);
        json.WriteString("jobTitle", user.JobTitle);
        json.WriteString("role", roles.Count > 0 ? roles[0] : null);
        json.WriteString("provider", user.Provider?.Name);
        json.WriteString("commissioningOrganisation", user.CommissioningOrganisation?.Name);
        json.WriteString("createdAtUtc", user.CreatedAtUtc);
        if (user.LastSignedInAtUtc is { } signedIn)
        {
            json.WriteString("lastSignedInAtUtc", signedIn);
        }
        else
        {
            json.WriteNull("lastSignedInAtUtc");
        }

        json.WriteBoolean("twoFactorAuthenticationOn", user.TwoFactorEnabled);
        json.WriteBoolean("locked", user.LockoutEnd is not null && user.LockoutEnd > now);
        json.WriteEndObject();

        json.WriteStartArray("accountHistory");
        foreach (var e in await db.AccountEvents.AsNoTracking().Where(e => e.UserId == user.Id).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("what", new AccountEventRow(e.Kind, e.ByName, e.AtUtc, e.Reason).What);
            json.WriteString("by", e.ByName);
            json.WriteString("atUtc", e.AtUtc);
            json.WriteString("reason", e.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("questionsAsked");
        foreach (var q in await db.ClarificationQuestions.AsNoTracking().Where(q => q.AskedByUserId == user.Id).OrderBy(q => q.AskedAtUtc).ThenBy(q => q.Id)
                     .Select(q => new { q.OpportunityId, q.AskedAtUtc, q.Text, q.Answer, q.AnsweredAtUtc }).ToListAsync(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteNumber("opportunityId", q.OpportunityId);
            json.WriteString("askedAtUtc", q.AskedAtUtc);
            json.WriteString("question", q.Text);
            json.WriteString("answer", q.Answer);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        var address = (user.Email ?? "").ToLower();
        json.WriteStartArray("providerContactEntries");
        foreach (var c in await db.Providers.AsNoTracking().SelectMany(p => p.Contacts).Where(c => c.Email != null && c.Email.ToLower() == address)
                     .Select(c => new { c.Name, c.Role, c.Email, c.Phone }).ToListAsync(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("name", c.Name);
            json.WriteString("role", c.Role);
            json.WriteString("emailAddress", c.Email);
            json.WriteString("phone", c.Phone);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("emailsSentToThem");
        foreach (var m in await db.EmailMessages.AsNoTracking().Where(m => m.To.ToLower() == address).OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
                     .Select(m => new { m.Kind, m.To, m.Subject, m.Body, m.CreatedAtUtc, m.SentAtUtc }).ToListAsync(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("to", m.To);
            json.WriteString("subject", m.Subject);
            json.WriteString("body", m.Body);
            json.WriteString("queuedAtUtc", m.CreatedAtUtc);
            if (m.SentAtUtc is { } sent)
            {
                json.WriteString("sentAtUtc", sent);
            }
            else
            {
                json.WriteNull("sentAtUtc");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Where people typed their name or address into a record's text (NamedInText): which record and field, not the text.
        var (named, more) = await NamedInText.FindAsync(db, NamedInText.Defaults(user, erased: false), cancellationToken);
        json.WriteStartArray("recordsWhoseTextNamesThem");
        foreach (var mention in named)
        {
            json.WriteStartObject();
            json.WriteString("record", mention.Record.Type);
            json.WriteString("key", mention.Record.Key);
            json.WriteStartArray("fields");
            foreach (var field in mention.Fields)
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("moreRecordsNameThem", more);
        await json.FlushAsync(cancellationToken);

        json.WriteStartArray("changesTheyMade");
        var written = 0;
        await foreach (var entry in AuditSearch.AllAsync(db, new AuditCriteria([user.Id], null, null, null, null)).WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("atUtc", entry.OccurredAtUtc);
            json.WriteString("record", entry.Record?.Name);
            json.WriteString("what", entry.What);
            json.WriteStartArray("changes");
            foreach (var change in entry.Changes)
            {
                json.WriteStartObject();
                json.WriteString("detail", change.Label);
                json.WriteString("before", change.Old);
                json.WriteString("after", change.New);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            if (++written % 500 == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}

/// <param name="BesideIds">By record type: each name property and the id property beside it.</param>
/// <param name="OfWriter">By record type: the names that are always the name of whoever wrote them.</param>
public sealed record PersonalDataNameRules(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> BesideIds, IReadOnlyDictionary<string, IReadOnlySet<string>> OfWriter);
