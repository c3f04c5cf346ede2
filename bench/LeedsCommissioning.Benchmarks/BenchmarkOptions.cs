using System.Globalization;

namespace LeedsCommissioning.Benchmarks;

/// <summary>How much data to generate and how many times to ask for each page.</summary>
/// <param name="Name">"regional" or "quick", printed with the results.</param>
public sealed record Scale(string Name, int Providers, int Contracts, int Opportunities, int Warmup, int Iterations)
{
    /// <summary>A region's register: about 2,500 providers, 25,000 contracts and 500 opportunities.</summary>
    public static Scale Regional { get; } = new("regional", 2_500, 25_000, 500, 5, 50);

    /// <summary>A tenth of the data and few iterations: a smoke run that checks the harness works, in about half a minute.</summary>
    public static Scale Quick { get; } = new("quick", 250, 2_500, 50, 3, 10);
}

/// <summary>The command line (docs/benchmarks.md, "How to run").</summary>
/// <param name="Only">Run only the pages whose name contains this text (while working on one page).</param>
public sealed record BenchmarkOptions(Scale Scale, string? DatabasePath, string? OutputPath, string? Only)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/LeedsCommissioning.Benchmarks -- [options]

          --quick             a tenth of the data and 10 iterations: a smoke run
          --iterations N      measured requests per scenario (default 50; 10 with --quick)
          --warmup N          unmeasured requests per scenario first (default 5; 3 with --quick)
          --db PATH           keep the generated SQLite database at PATH; if PATH exists, reuse it
                              without generating data again (it must have been made at the same scale)
          --output PATH       also write the Markdown results to PATH
          --only TEXT         measure only the pages whose name contains TEXT, e.g. --only register
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var scale = args.Contains("--quick") ? Scale.Quick : Scale.Regional;
        string? database = null, output = null, only = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    break;
                case "--iterations":
                    scale = scale with { Iterations = PositiveInt(args, ++i) };
                    break;
                case "--warmup":
                    scale = scale with { Warmup = PositiveInt(args, ++i) };
                    break;
                case "--db":
                    database = Path.GetFullPath(Value(args, ++i));
                    break;
                case "--output":
                    output = Path.GetFullPath(Value(args, ++i));
                    break;
                case "--only":
                    only = Value(args, ++i);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}\n\n{Usage}");
            }
        }

        return new BenchmarkOptions(scale, database, output, only);
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value\n\n{Usage}");

    private static int PositiveInt(string[] args, int i) =>
        int.TryParse(Value(args, i), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{args[i - 1]} needs a whole number above 0\n\n{Usage}");
}
