using System.Text.Json;
using LeedsCommissioning.Domain.Common;
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
    /// Every copy of a person's name kept on a record beside their id (a property "XName" beside "XUserId": a recorded change's
    /// RecordedByName, a document's UploadedByName, an account event's ByName, a decision's DecisionMakerName…), found from
    /// the model so a record added later is covered too. The audit trail is left alone: it is never changed.
    /// </summary>
    public static IEnumerable<(string Table, string NameColumn, string IdColumn)> NameCopies(IModel model) =>
        model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(AuditEntry) && t.GetTableName() is not null)
            .SelectMany(t =>
            {
                var table = StoreObjectIdentifier.Table(t.GetTableName()!, t.GetSchema());
                return t.GetProperties()
                    .Where(p => p.ClrType == typeof(string) && p.Name.EndsWith("Name", StringComparison.Ordinal) && p.Name.Length > "Name".Length)
                    // "XUserId", or a text "XId" (a contract's ResponsibleCommissionerId): account ids are text, other ids numbers.
                    .Select(p => (Name: p, Id: t.FindProperty(p.Name[..^"Name".Length] + "UserId")
                        ?? (t.FindProperty(p.Name[..^"Name".Length] + "Id") is { } id && id.ClrType == typeof(string) ? id : null)))
                    .Where(x => x.Id is not null && x.Name.GetColumnName(table) is not null && x.Id.GetColumnName(table) is not null)
                    .Select(x => (table.Name, x.Name.GetColumnName(table)!, x.Id!.GetColumnName(table)!));
            })
            .Distinct();

    /// <summary>
    /// Replaces the person's name, e-mail address and phone everywhere the portal keeps them, inside the caller's transaction:
    /// the copies of their name on records, their provider contact entries and organisation applications by e-mail address, and the e-mails sent to them
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
    /// Writes the person's data as JSON: their account, role, the account's history, the changes they made (as the audit search
    /// shows them, at most <see cref="AuditSearch.MostDownloaded"/>), the questions they asked, their entries as a provider's
    /// contact and the e-mails sent to them. Streamed: the changes are read 500 at a time.
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
