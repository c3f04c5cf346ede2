using System.Globalization;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// <c>generate --contracts N [--register-only [--copies-of B]] [--db PATH | --postgres CONNECTION] [--force] [--now yyyy-MM-ddTHH:mm]</c>: makes (or finds already made) a
/// benchmark database at a volume and says what it holds and how long it took (docs/benchmarks.md).
/// </summary>
internal static class GenerateCommand
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/LeedsCommissioning.Benchmarks -- generate [options]

          --contracts N         contracts to generate (default 100000); providers, opportunities, bids and
                                audit rows follow from it (docs/benchmarks.md)
          --register-only       the register's data alone (providers, contracts with their providers, funding
                                and extensions): what the growth table measures (bench/.cache/lc_bench_register_N.db).
                                On SQLite, 200,000 contracts or more in whole hundred thousands are copies of the
                                100,000-contract register (lc_bench_register_100000.db beside --db, made first if
                                missing), made in SQL in minutes
          --copies-of B         with --register-only: copy the B-contract register instead of the 100,000 one
                                (to check the copies at a small scale; N must be a multiple of B)
          --db PATH             the SQLite file to make (default bench/results/regional-N.db under the
                                current directory)
          --postgres CONNECTION a PostgreSQL connection string naming the database to make instead; it is
                                dropped and created again
          --force               generate again even when the database already holds this volume
          --now yyyy-MM-ddTHH:mm  the moment (UTC) the data is made for (default 2026-11-26T10:00, the demo
                                data's day); a portal run out of process uses the real clock
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var contracts = 100_000;
        string? path = null, postgres = null;
        var force = false;
        var registerOnly = false;
        var copiesOf = RegisterCopies.BaseContracts;
        var nowUtc = FixedClock.BenchmarkNow.UtcDateTime;
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
                    case "--now" when i + 1 < args.Length && DateTime.TryParseExact(args[i + 1], "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var now):
                        nowUtc = DateTime.SpecifyKind(now, DateTimeKind.Utc);
                        i++;
                        break;
                    case "--force":
                        force = true;
                        break;
                    case "--copies-of" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b >= 20 && b % 20 == 0:
                        copiesOf = b;
                        i++;
                        break;
                    case "--register-only":
                        registerOnly = true;
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

        var volume = registerOnly ? Volume.RegisterForContracts(contracts) : Volume.ForContracts(contracts);
        var prepared = await RegionalData.PrepareAsync(database, volume, nowUtc, Console.Out, copiesOf);
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
