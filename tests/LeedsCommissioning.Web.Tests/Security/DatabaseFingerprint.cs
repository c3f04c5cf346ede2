using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// A hash of every row of every table the app maps, table by table, to prove that a refused request saved
/// nothing (no row added, removed or changed anywhere, the audit trail included). Plain SQL over the app's own
/// connection, so it reads the same on SQLite and PostgreSQL.
/// </summary>
public sealed class DatabaseFingerprint
{
    private DatabaseFingerprint(IReadOnlyDictionary<string, string> tables) => Tables = tables;

    public IReadOnlyDictionary<string, string> Tables { get; }

    public static Task<DatabaseFingerprint> TakeAsync(PortalFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var tables = db.Model.GetEntityTypes()
                .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
                .Select(e => (Name: e.GetTableName()!, Schema: e.GetSchema()))
                .Distinct().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (name, schema) in tables)
                {
                    hashes[name] = await HashAsync(connection, schema is null ? $"\"{name}\"" : $"\"{schema}\".\"{name}\"");
                }

                return new DatabaseFingerprint(hashes);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

    /// <summary>The tables whose rows differ between the two fingerprints (empty when nothing changed).</summary>
    public IReadOnlyList<string> ChangedSince(DatabaseFingerprint before) =>
        Tables.Where(t => !before.Tables.TryGetValue(t.Key, out var hash) || hash != t.Value).Select(t => t.Key).ToList();

    private static async Task<string> HashAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM " + table;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        var row = new StringBuilder();
        while (await reader.ReadAsync())
        {
            row.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexString(SHA256.HashData(bytes)),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString(),
                };
                row.Append(value).Append('\u001f');
            }

            rows.Add(row.ToString());
        }

        rows.Sort(StringComparer.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
    }
}
