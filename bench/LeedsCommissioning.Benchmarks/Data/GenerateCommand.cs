using System.Globalization;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// <c>generate --contracts N [--db PATH | --postgres CONNECTION] [--force]</c>: makes (or finds already made) a
/// benchmark database at a volume and says what it holds and how long it took (docs/benchmarks.md).
/// </summary>
internal static class GenerateCommand
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/LeedsCommissioning.Benchmarks -- generate [options]

          --contracts N         contracts to generate (default 100000); providers, opportunities, bids and
                                audit rows follow from it (docs/benchmarks.md)
          --db PATH             the SQLite file to make (default bench/results/regional-N.db under the
                                current directory)
          --postgres CONNECTION a PostgreSQL connection string naming the database to make instead; it is
                                dropped and created again
          --force               generate again even when the database already holds this volume
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var contracts = 100_000;
        string? path = null, postgres = null;
        var force = false;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--contracts" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 20:
                        contracts = n;
                        i++;
                        break;
                    case "--db" when i + 1 < args.Length:
                        path = Path.GetFullPath(args[++i]);
                        break;
                    case "--postgres" when i + 1 < args.Length:
                        postgres = args[++i];
                        break;
                    case "--force":
                        force = true;
                        break;
                    default:
                        throw new ArgumentException($"Not understood: {args[i]}\n\n{Usage}");
                }
            }

            if (path is not null && postgres is not null)
            {
                throw new ArgumentException($"Give --db or --postgres, not both.\n\n{Usage}");
            }
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        var database = postgres is not null
            ? BenchDatabase.PostgreSql(postgres)
            : BenchDatabase.Sqlite(path ?? Path.GetFullPath(Path.Combine("bench", "results", string.Create(CultureInfo.InvariantCulture, $"regional-{contracts}.db"))));
        // WebApplicationFactory finds the portal's content root through the manifest beside this program.
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        if (force)
        {
            await database.DropAsync(CancellationToken.None);
        }

        var prepared = await RegionalData.PrepareAsync(database, Volume.ForContracts(contracts), FixedClock.BenchmarkNow.UtcDateTime, Console.Out);
        Console.WriteLine();
        Console.WriteLine($"{prepared.Database}: {(prepared.Reused ? "reused, made" : "made")} in {prepared.Elapsed.TotalSeconds:N0} s.");
        Console.WriteLine("Rows added on top of the demo data, by table:");
        foreach (var (table, rows) in prepared.Rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-32} {rows,12:N0}"));
        }

        Console.WriteLine($"Open opportunities: {prepared.OpenOpportunities:N0}; the one with most lots: {prepared.OpenOpportunityWithMostLots}.");
        Console.WriteLine($"A typical contract: {prepared.TypicalContract}; one with a long history: {prepared.ContractWithLongHistory}.");
        Console.WriteLine($"Accounts (password {Portal.DemoPassword}): {string.Join(", ", prepared.Accounts.Take(3).Select(a => a.Email))} ... " +
            $"{prepared.Accounts.Count} in all, and bench-provider-<provider id>@example.org for each generated provider.");
        return 0;
    }
}
