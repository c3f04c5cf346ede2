using System.Data.Common;
using System.Globalization;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Reminders;
using LeedsCommissioning.Infrastructure.Scheduling;
using LeedsCommissioning.Web.Features.Audit;
using LeedsCommissioning.Web.Features.Contracts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LeedsCommissioning.Web.Features.Users;

/// <summary>
/// The records whose text someone typed names a person (issue 16, docs/security.md "Personal data"): what erasure cannot
/// reach by itself, because nothing on the record says the name is theirs. An administrator reviews them with each
/// record's owner; the person's download lists them. Every text column in the model is searched, found from the model so
/// a record added later is covered too, except the names erasure already replaces and the tables that are the system's
/// own (<see cref="NotSearched"/>). Only where the name is and in which field is told, never the text around it: a bid's
/// answer, say, stays for those allowed to open the bid.
/// </summary>
public static class NamedInText
{
    /// <summary>The most records listed: a name typed into more records than this needs a longer text to look for.</summary>
    public const int MostListed = 200;

    /// <summary>The shortest text looked for: fewer letters would match most records.</summary>
    public const int ShortestLookedFor = 3;

    /// <summary>
    /// Tables not searched, and why: the audit trail is never changed (the audit search shows it); e-mails are the outbox's,
    /// sent and not editable (those to the person are blanked by erasure); the accounts and their history, sign-ins and
    /// keys are Identity's and the portal's own (the person's own account is erased as a whole); reminders are written by
    /// the portal from records that are searched; job leases and data protection keys hold no one's words.
    /// </summary>
    public static readonly IReadOnlySet<Type> NotSearched = new HashSet<Type>
    {
        typeof(AuditEntry), typeof(EmailMessage), typeof(ApplicationUser), typeof(AccountEvent), typeof(IdentityRole),
        typeof(IdentityUserClaim<string>), typeof(IdentityRoleClaim<string>), typeof(IdentityUserLogin<string>), typeof(IdentityUserRole<string>),
        typeof(IdentityUserToken<string>), typeof(DataProtectionKey), typeof(ScheduledJobLease), typeof(Reminder),
        typeof(ReminderEmailOptOut),
    };

    /// <summary>A record that names a person: the record, with a link to its page where it has one, and the fields in words.</summary>
    public sealed record Mention(AuditedRecord Record, IReadOnlyList<string> Fields);

    /// <summary>One table's text columns, with its key's columns and the record it belongs to (its type's name and the column of its key).</summary>
    public sealed record TextColumns(
        IEntityType Type, string Table, IReadOnlyList<(string Column, string Property)> Columns, IReadOnlyList<string> Key, string? ParentType, string? ParentColumn);

    /// <summary>
    /// Every table's text columns that a person may have typed a name into: text with no conversion (not a choice kept as its
    /// name), not a key or an id, not a name erasure already replaces (<see cref="PersonalData.NamesBesideIds"/>,
    /// <see cref="PersonalData.NamesOfWhoeverWroteThem"/>), in a table not in <see cref="NotSearched"/>.
    /// </summary>
    public static IReadOnlyList<TextColumns> Searched(IModel model) => Columns.GetValue(model, static model =>
    {
        var erased = PersonalData.NamesBesideIds(model).Select(n => (n.Type.ClrType, n.Name.Name))
            .Concat(PersonalData.NamesOfWhoeverWroteThem.Select(n => (n.Type, n.Name)))
            .ToHashSet();
        var tables = new List<TextColumns>();
        foreach (var type in model.GetEntityTypes().Where(t => t.GetTableName() is not null && !NotSearched.Contains(t.ClrType)))
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties()
                .Where(p => p.ClrType == typeof(string) && !p.IsKey() && !p.IsForeignKey() && p.GetTypeMapping().Converter is null
                    && !p.Name.EndsWith("Id", StringComparison.Ordinal) && !erased.Contains((type.ClrType, p.Name))
                    && p.GetColumnName(table) is not null)
                .Select(p => (p.GetColumnName(table)!, p.Name))
                .ToList();
            var key = type.FindPrimaryKey()?.Properties.Select(p => p.GetColumnName(table)).OfType<string>().ToList() ?? [];
            var parent = type.FindOwnership() ?? AuditInterceptor.AggregateForeignKey(type);
            var parentColumn = parent?.Properties is [var single] ? single.GetColumnName(table) : null;
            if (columns.Count > 0 && key.Count > 0)
            {
                tables.Add(new TextColumns(type, table.Name, columns, key, parentColumn is null ? null : parent!.PrincipalEntityType.ClrType.Name, parentColumn));
            }
        }

        return tables;
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, IReadOnlyList<TextColumns>> Columns = [];

    /// <summary>
    /// The records whose text contains any of <paramref name="lookFor"/> (case aside), at most <see cref="MostListed"/>, in the
    /// model's order of tables. One query a table, each column compared with LIKE: a scan, as the text is not indexed, so this
    /// is run when an administrator asks, never on a page everyone sees.
    /// </summary>
    public static async Task<(List<Mention> Mentions, bool More)> FindAsync(CommissioningDbContext db, IReadOnlyList<string> lookFor, CancellationToken cancellationToken = default)
    {
        var patterns = lookFor.Where(t => t.Trim().Length >= ShortestLookedFor).Select(t => "%" + ContractQueries.EscapeLike(t.Trim().ToLowerInvariant()) + "%").Distinct().ToList();
        var mentions = new List<Mention>();
        if (patterns.Count == 0)
        {
            return (mentions, false);
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            foreach (var table in Searched(db.Model))
            {
                var parent = table.ParentColumn;
                var selected = table.Key.Concat(parent is null ? [] : [parent]).Select(c => sql.DelimitIdentifier(c))
                    .Concat(table.Columns.Select(c => Matches(sql.DelimitIdentifier(c.Column), patterns.Count)));
                await using DbCommand command = connection.CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                command.CommandText = $"SELECT {string.Join(", ", selected)} FROM {sql.DelimitIdentifier(table.Table, table.Type.GetSchema())} WHERE "
                    + string.Join(" OR ", table.Columns.Select(c => Holds(sql.DelimitIdentifier(c.Column), patterns.Count)));
                for (var i = 0; i < patterns.Count; i++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = $"@p{i.ToString(CultureInfo.InvariantCulture)}";
                    parameter.Value = patterns[i];
                    command.Parameters.Add(parameter);
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (mentions.Count == MostListed)
                    {
                        return (mentions, true);
                    }

                    var key = string.Join(",", table.Key.Select((_, i) => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
                    var parentKey = parent is null ? null : Convert.ToString(reader.GetValue(table.Key.Count), CultureInfo.InvariantCulture);
                    var first = table.Key.Count + (parent is null ? 0 : 1);
                    var record = AuditSearch.Record(table.Type.ClrType.Name, key, table.ParentType, parentKey);
                    mentions.Add(new Mention(record, table.Columns
                        .Where((_, c) => Convert.ToInt32(reader.GetValue(first + c), CultureInfo.InvariantCulture) == 1)
                        .Select(c => ContractHistory.Sentence(c.Property)).ToList()));
                }
            }
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        return (mentions, false);
    }

    /// <summary>True when the column holds any of the patterns (parameters @p0…), case aside: the same in SQLite, PostgreSQL and SQL Server.</summary>
    private static string Holds(string column, int patterns) =>
        "(" + string.Join(" OR ", Enumerable.Range(0, patterns).Select(i => $"LOWER({column}) LIKE @p{i.ToString(CultureInfo.InvariantCulture)} ESCAPE '\\'")) + ")";

    /// <summary>1 when the column holds any of the patterns, else 0.</summary>
    private static string Matches(string column, int patterns) => $"CASE WHEN {Holds(column, patterns)} THEN 1 ELSE 0 END";

    /// <summary>What an administrator looks for by default: the person's name and e-mail address, unless erased (then whatever they type).</summary>
    public static IReadOnlyList<string> Defaults(ApplicationUser user, bool erased) =>
        erased ? [] : new[] { user.DisplayName, user.Email }.OfType<string>().Where(t => t.Length >= ShortestLookedFor).ToList();
}
