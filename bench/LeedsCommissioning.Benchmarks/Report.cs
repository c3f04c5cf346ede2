using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace LeedsCommissioning.Benchmarks;

/// <summary>The results as the Markdown that docs/benchmarks.md quotes.</summary>
internal sealed class Report(
    Scale scale, SeedSummary? seeded, DatabaseCounts database, IReadOnlyList<ScenarioResult> results, int pages,
    long peakWhileServing, bool peakWasReset, long peakWhileGenerating, bool serverGc)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public bool WorkingSetMet => peakWhileServing <= Targets.WorkingSetBytes;

    public bool AllMet => WorkingSetMet && results.All(r => r.Met);

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        void Line(FormattableString text) => md.AppendLine(text.ToString(Uk));

        Line($"### Results at {scale.Name} scale");
        md.AppendLine();
        Line($"- Data: {database.Providers:N0} providers, {database.Contracts:N0} contracts with {database.ContractProviders:N0} provider links, {database.Opportunities:N0} opportunities ({database.OpenOpportunities:N0} open); SQLite file {Megabytes(database.FileBytes)}.");
        if (seeded is not null)
        {
            Line($"- Generated (on top of the demo data): {seeded.Providers:N0} providers with {seeded.ProviderWards:N0} ward links, {seeded.Contracts:N0} contracts with {seeded.ContractProviders:N0} provider links, {seeded.FundingLines:N0} funding lines and {seeded.Extensions:N0} extensions, {seeded.Opportunities:N0} opportunities with {seeded.Lots:N0} lots ({seeded.OpenOpportunities:N0} open), in {seeded.Elapsed.TotalSeconds:N0} s.");
        }

        Line($"- Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(serverGc ? "Server" : "Workstation")} GC.");
        Line($"- Each page: {scale.Warmup} warm-up requests, then {scale.Iterations} measured, one at a time, through the whole portal (TestServer, no network).");
        if (results.Count < pages)
        {
            Line($"- Only {results.Count} of the {pages} pages were measured (--only): this run does not show that every target is met.");
        }

        md.AppendLine();
        md.AppendLine("| Page | Request (as) | Median | p95 | Max | Target p95 | Allocated per request | HTML | Shows | Met |");
        md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        foreach (var r in results)
        {
            Line($"| {r.Scenario.Name} | `{r.Scenario.Path}` ({r.Scenario.Who}) | {r.MedianMs:N0} ms | {r.P95Ms:N0} ms | {r.MaxMs:N0} ms | {r.Scenario.TargetP95Ms:N0} ms | {Megabytes(r.AllocatedBytesPerRequest)} | {r.PageBytes / 1024.0:N0} KB | {r.Shows} | {(r.Met ? "yes" : "**no**")} |");
        }

        md.AppendLine();
        md.AppendLine("| Memory | Measured | Target | Met |");
        md.AppendLine("| --- | ---: | ---: | --- |");
        Line($"| Peak working set while serving the pages{(peakWasReset ? "" : " (the whole run: the peak could not be reset)")} | {Megabytes(peakWhileServing)} | {Megabytes(Targets.WorkingSetBytes)} | {(WorkingSetMet ? "yes" : "**no**")} |");
        Line($"| Peak working set while starting the portal and generating the data | {Megabytes(peakWhileGenerating)} | none | |");
        return md.ToString();
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString(bytes < 10 * 1024 * 1024 ? "N1" : "N0", Uk) + " MB";
}
