namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// Issue 12's targets, at 100,000 contracts with 50 concurrent signed-in users, Release, Production settings
/// (docs/benchmarks.md, "Targets"). The run exits with 1 when one is missed.
/// </summary>
public static class Targets
{
    /// <summary>The register, search plus filter, first page: p95.</summary>
    public const double RegisterP95Ms = 50;

    /// <summary>The register's throughput as a share of the render-only baseline's, in the same run.</summary>
    public const double RegisterShareOfRenderOnly = 0.40;

    /// <summary>One contract's page: p95.</summary>
    public const double ContractP95Ms = 50;

    /// <summary>The public opportunities list: p95.</summary>
    public const double OpportunitiesP95Ms = 30;

    /// <summary>The dashboard: p95.</summary>
    public const double DashboardP95Ms = 200;

    /// <summary>
    /// A role's home page, signed in (issue 15's work sources; docs/benchmarks.md, "Targets"): p95. One person's work, like
    /// the contract page, but asked of every feature (about a dozen sources, each an indexed count and its first five), so
    /// twice the contract page's.
    /// </summary>
    public const double HomeP95Ms = 100;

    /// <summary>The monitoring list for a commissioner (issue 15): p95, the register's, a list page staff work from.</summary>
    public const double MonitoringP95Ms = 50;

    /// <summary>A 10,000-row register import through the import pages, upload to confirmed.</summary>
    public static readonly TimeSpan Import = TimeSpan.FromSeconds(10);

    /// <summary>The web process's resident memory, at every 100 ms sample and at the kernel's peak.</summary>
    public const long ResidentBytes = 400L * 1024 * 1024;

    /// <summary>
    /// "Streamed in constant memory": downloading the whole OCDS export may raise the process's resident memory
    /// by at most this much over what it was before (a buffered export of 100,000 contracts would take hundreds).
    /// </summary>
    public const long ExportGrowthBytes = 50L * 1024 * 1024;
}
