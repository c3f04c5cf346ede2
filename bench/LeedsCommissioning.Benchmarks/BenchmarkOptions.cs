using System.Globalization;

namespace LeedsCommissioning.Benchmarks;

/// <summary>The command line (bench/README.md). bench/run.sh builds everything and passes --publish.</summary>
public sealed record BenchmarkOptions(
    bool Quick, string? Only, bool Postgres, int Contracts, IReadOnlyList<int> Growth, TimeSpan Warmup, TimeSpan Duration,
    int Processes, int ConnectionsPerProcess, int ImportRows, string Publish, string Cache, string Results, string? Doc)
{
    public const string Usage = """
        Usage: bash bench/run.sh [options]   (builds, then runs this program with --publish)

          --quick             a smoke run: 10,000 contracts, 3 s of load per page,
                              a 500-row import, no growth table; docs/benchmarks.md is not written
          --only TEXT         only the scenarios whose key or name contains TEXT (e.g. register, import);
                              docs/benchmarks.md is not written
          --postgres          also measure on PostgreSQL (LC_BENCH_POSTGRES: a connection string to a
                              server where the benchmark may create databases; run.sh starts one)
          --contracts N       the main volume (default 100000)
          --growth A,B,C      the volumes of the growth table (default 10000,100000,1000000; none to skip)
          --duration S        seconds of measured load per scenario (default 10)
          --warmup S          seconds of unmeasured load per scenario first (default 15): .NET's tiered JIT
                              keeps compiling for 20 s or so of load after a start
          --processes N       hey processes side by side (default 10), each its own user
          --connections N     connections per hey process (default 5): 10 x 5 = 50 users
          --import-rows N     rows in the import file (default 10000)
          --publish DIR       where run.sh published the portal (DIR/web) and the baselines (DIR/baselines)
          --cache DIR         generated databases are kept here (default bench/.cache, ignored by git)
          --results DIR       results and logs (default bench/results, ignored by git)
          --doc PATH          write the results table into PATH between its results markers
        """;

    public bool WritesDoc => Doc is not null && !Quick && Only is null;

    public static BenchmarkOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var options = new BenchmarkOptions(
            quick, null, false, quick ? 10_000 : 100_000, quick ? [] : [10_000, 100_000, 1_000_000],
            TimeSpan.FromSeconds(quick ? 3 : 15), TimeSpan.FromSeconds(quick ? 3 : 10), 10, 5, quick ? 500 : 10_000,
            "", Path.GetFullPath("bench/.cache"), Path.GetFullPath("bench/results"), null);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--quick" => options,
                "--only" => options with { Only = Value(args, ++i) },
                "--postgres" => options with { Postgres = true },
                "--contracts" => options with { Contracts = PositiveInt(args, ++i) },
                "--growth" => options with
                {
                    Growth = Value(args, ++i) is "none" ? [] : args[i].Split(',').Select(v => int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture)).ToList(),
                },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(PositiveInt(args, ++i)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(int.Parse(Value(args, ++i), NumberStyles.None, CultureInfo.InvariantCulture)) },
                "--processes" => options with { Processes = PositiveInt(args, ++i) },
                "--connections" => options with { ConnectionsPerProcess = PositiveInt(args, ++i) },
                "--import-rows" => options with { ImportRows = PositiveInt(args, ++i) },
                "--publish" => options with { Publish = Path.GetFullPath(Value(args, ++i)) },
                "--cache" => options with { Cache = Path.GetFullPath(Value(args, ++i)) },
                "--results" => options with { Results = Path.GetFullPath(Value(args, ++i)) },
                "--doc" => options with { Doc = Path.GetFullPath(Value(args, ++i)) },
                _ => throw new ArgumentException($"Unknown option {args[i]}\n\n{Usage}"),
            };
        }

        return options.Publish.Length == 0 ? throw new ArgumentException($"--publish is required (bash bench/run.sh passes it)\n\n{Usage}") : options;
    }

    public int Users => Processes * ConnectionsPerProcess;

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value\n\n{Usage}");

    private static int PositiveInt(string[] args, int i) =>
        int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{args[i - 1]} needs a whole number above 0\n\n{Usage}");
}
