namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// What "fast enough" means, fixed before anything is measured (docs/benchmarks.md repeats these numbers).
/// At regional scale (<see cref="Scale.Regional"/>), on a 2-core machine, one request at a time, Release build.
/// The program exits with 1 when any is missed.
/// </summary>
public static class Targets
{
    /// <summary>The contracts register: list, search, filters, totals and the Keep it Local share, all in SQL.</summary>
    public const double RegisterP95Ms = 500;

    /// <summary>The providers directory search.</summary>
    public const double ProvidersP95Ms = 500;

    /// <summary>The public opportunities list: anonymous, so it must stay cheap.</summary>
    public const double OpportunitiesP95Ms = 300;

    /// <summary>One opportunity's staff overview with the Keep it Local panel (local providers counted per lot).</summary>
    public const double OverviewP95Ms = 300;

    /// <summary>The whole process's peak working set while serving: portal, database driver, test client and this harness.</summary>
    public const long WorkingSetBytes = 500L * 1024 * 1024;
}
