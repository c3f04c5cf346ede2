using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace LeedsCommissioning.Benchmarks;

/// <summary>The results as Markdown (bench/results/, and docs/benchmarks.md between its markers) and the targets checked.</summary>
internal sealed class Report(
    BenchmarkOptions options, IReadOnlyList<VolumeRun> runs, IReadOnlyList<(string Database, int Volume, ScenarioResult? Register, ScenarioResult? RenderOnly)> growth,
    DateTime started, TimeSpan elapsed, string loadAtStart)
{
    public const string Start = "<!-- results:start (written by bash bench/run.sh; do not edit by hand) -->";
    public const string End = "<!-- results:end -->";
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public IEnumerable<(string Target, string Measured, bool Met)> Checks()
    {
        foreach (var run in runs)
        {
            var on = $"{run.Database}, {run.Volume:N0} contracts";
            var renderOnly = run.Get("render-only");
            foreach (var result in run.Scenarios.Where(r => r.Failure is not null || r.NotBuilt is not null || r.Scenario.TargetP95Ms is not null))
            {
                var target = result.Scenario.TargetP95Ms is { } p95 ? $"{result.Scenario.Name} p95 under {p95:N0} ms ({on})" : $"{result.Scenario.Name} answers 200 ({on})";
                yield return (target, result.Failure ?? result.NotBuilt ?? $"p95 {result.Load!.P95Ms:N0} ms", result.Met);
                if (result.Scenario.Key == "register-search" && result.Load is { } load && renderOnly?.Load is { Requests: > 0 } baseline)
                {
                    var share = load.RequestsPerSecond / baseline.RequestsPerSecond;
                    yield return ($"Register search throughput at least {Targets.RegisterShareOfRenderOnly:P0} of render-only ({on})",
                        $"{share:P0} ({load.RequestsPerSecond:N0} of {baseline.RequestsPerSecond:N0} req/s)", share >= Targets.RegisterShareOfRenderOnly && result.Failure is null && load.NonOk == 0);
                }
            }

            if (run.Export is { } export)
            {
                yield return ($"OCDS export streamed in constant memory: resident growth under {Mb(Targets.ExportGrowthBytes)} ({on})",
                    $"{Mb(export.Growth)} over {export.Bytes / 1024.0 / 1024.0:N1} MB in {export.Pages:N0} pages{(export.Complete ? "" : $", not complete after {export.Elapsed.TotalMinutes:N0} minutes")}", export.Met);
            }
            else if (run.ExportNotBuilt is { } notBuilt)
            {
                yield return ($"OCDS export streamed in constant memory ({on})", notBuilt, false);
            }

            if (run.Mixed is { } mixed)
            {
                yield return ($"{mixed.Users} users signed in across the roles for {mixed.Duration.TotalMinutes:N0} minutes: zero errors ({on})",
                    mixed.Load is { Requests: > 0 } l ? $"{l.Requests:N0} requests: {l.Statuses}; {mixed.LoggedErrors:N0} errors logged" : mixed.Failure ?? "no requests", mixed.Met);
            }

            if (run.Import is { } import)
            {
                yield return ($"{import.Rows:N0}-row import under {Targets.Import.TotalSeconds:N0} s ({on})",
                    import.Imported ? $"{import.Elapsed!.Value.TotalSeconds:N1} s" : import.Outcome, import.Met);
            }

            yield return ($"Web process under {Mb(Targets.ResidentBytes)} resident throughout ({on})",
                $"{Mb(run.MaxRssBytes)} at most in samples, {Mb(run.PeakRssBytes)} kernel peak", run.MemoryMet);
        }
    }

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        void Line(FormattableString text) => md.AppendLine(text.ToString(Uk));

        Line($"Run by `bash bench/run.sh{(options.Quick ? " --quick" : "")}` on {started:d MMMM yyyy 'at' HH:mm} UTC, at commit `{Environment.GetEnvironmentVariable("LC_BENCH_COMMIT") ?? "unknown"}`; the whole run took {elapsed.TotalMinutes:N0} minutes.");
        md.AppendLine();
        Line($"- Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}. Load average (1, 5, 15 min) at the start {loadAtStart}, at the end {LoadAverage()}: other work shared the cores, so absolute figures are loose and the ratios count.");
        Line($"- Load: {options.Users} concurrent users on loopback, {options.Processes} hey processes side by side with {options.ConnectionsPerProcess} connections each, each process a different signed-in session; {options.Warmup.TotalSeconds:N0} s of unmeasured load (the same load: the JIT optimises as it goes), then {options.Duration.TotalSeconds:N0} s measured per page. Percentiles are exact over every request of every process (nearest rank).");
        Line($"- The portal: published Release build, `ASPNETCORE_ENVIRONMENT=Production`, its own Serilog console logging (one line per request) written to a file; the baselines: the same, from bench/LeedsCommissioning.Baselines.");
        foreach (var run in runs)
        {
            var renderOnly = run.Get("render-only")?.Load;
            md.AppendLine();
            Line($"#### {run.Database}, {run.Volume:N0} generated contracts (the register shows \"{run.RegisterShows}\")");
            md.AppendLine();
            Line($"- Data: {run.Data.Volume}; rows written by the generator, largest tables: {string.Join(", ", run.Data.Rows.OrderByDescending(r => r.Value).Take(8).Select(r => $"{r.Key} {r.Value:N0}"))}; {(run.Data.Reused ? "reused from the cache" : $"generated in {run.Data.Elapsed.TotalSeconds:N0} s")}.");
            md.AppendLine();
            md.AppendLine("| Page | Request (as) | req/s | p50 | p95 | p99 | max | requests | HTML | resident (max) | share of render-only req/s | p95 against render-only | target p95 | met |");
            md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var r in run.Scenarios)
            {
                var target = r.Scenario.TargetP95Ms is { } t ? $"{t:N0} ms" : "";
                var who = r.Scenario.Who switch { Who.Commissioner => "commissioner", Who.ProcurementOfficer => "procurement officer", Who.Director => "director", _ => "anyone" };
                if (r.Load is not { Requests: > 0 } l)
                {
                    Line($"| {r.Scenario.Name} | `{r.Request}` ({who}) | {r.NotBuilt ?? r.Failure} | | | | | | | | | | {target} | {(r.NotBuilt is not null ? "not built yet" : "**no**")} |");
                    continue;
                }

                var share = renderOnly is null || r.Scenario.Key == "render-only" ? "" : (l.RequestsPerSecond / renderOnly.RequestsPerSecond).ToString("P0", Uk);
                var slower = renderOnly is null || r.Scenario.Key == "render-only" ? "" : $"{(l.P95Ms / renderOnly.P95Ms).ToString("N1", Uk)} x";
                var met = r.Failure is not null ? $"**no**: {r.Failure}" : r.Scenario.TargetP95Ms is null ? "" : r.Met ? "yes" : "**no**";
                Line($"| {r.Scenario.Name} | `{r.Request}` ({who}) | {l.RequestsPerSecond:N0} | {Ms(l.P50Ms)} | {Ms(l.P95Ms)} | {Ms(l.P99Ms)} | {Ms(l.MaxMs)} | {l.Requests:N0} | {r.PageBytes / 1024.0:N0} KB | {Mb(r.MaxRssBytes)} | {share} | {slower} | {target} | {met} |");
            }

            md.AppendLine();
            if (run.Export is { } export)
            {
                Line($"- OCDS export `{export.Path}` ({(export.Complete ? "whole" : "NOT complete")}: {export.Pages:N0} pages followed by their next links, as a commissioner): {export.Bytes / 1024.0 / 1024.0:N1} MB in {export.Elapsed.TotalSeconds:N1} s; the portal's resident memory {Mb(export.RssBefore)} before, {Mb(export.RssPeak)} at most during, {Mb(export.RssAfter)} after (target: growth under {Mb(Targets.ExportGrowthBytes)}).");
            }
            else if (run.ExportNotBuilt is { } notBuilt)
            {
                Line($"- OCDS export: {notBuilt}.");
            }

            if (run.Mixed is { } mixed)
            {
                Line($"- Mixed load (issue 16): {MixedLoad.Describe(mixed)}; the portal's resident memory at most {Mb(mixed.MaxRssBytes)} meanwhile. Each user and page: {string.Join(", ", mixed.Pages.Select(p => $"`{p.Path}`"))}.");
            }

            if (run.Import is { } import)
            {
                Line($"- Import of {import.Rows:N0} rows ({import.FileBytes / 1024.0 / 1024.0:N2} MB of CSV) through /contracts/import, upload to confirmed: {(import.Elapsed is { } e ? $"{e.TotalSeconds:N1} s" : "not timed")}; {import.Outcome} (target under {Targets.Import.TotalSeconds:N0} s).");
            }

            Line($"- The portal's resident memory through the whole run at this volume (pages, export and import): at most {Mb(run.MaxRssBytes)} in the 100 ms samples of VmRSS, kernel peak (VmHWM) {Mb(run.PeakRssBytes)} (target under {Mb(Targets.ResidentBytes)}).");
        }

        if (growth.Count > 0)
        {
            md.AppendLine();
            Line($"#### Growth: the register search (`/contracts?search=care&status=Live`) at each volume");
            md.AppendLine();
            md.AppendLine("Each volume on a database of the register's data alone, made by the same generator: the providers (one for every 20 contracts) and the contracts with their providers, funding and extensions; no opportunities, bids, histories or monitoring, which the register does not read. " +
                "A volume of 200,000 contracts or more in whole hundred thousands (1,000,000) is copies of the 100,000-contract database's generated rows, each copy a region with providers of its own, made in SQL (\"The data: regional scale\").");
            md.AppendLine();
            md.AppendLine("| contracts | database | req/s | p50 | p95 | p99 | render-only req/s in the same run | share of render-only |");
            md.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (database, volume, register, renderOnly) in growth)
            {
                if (register?.Load is not { Requests: > 0 } l)
                {
                    Line($"| {volume:N0} | {database} | {register?.Failure ?? "not measured"} | | | | | |");
                    continue;
                }

                var baseline = renderOnly?.Load;
                Line($"| {volume:N0} | {database} | {l.RequestsPerSecond:N0} | {Ms(l.P50Ms)} | {Ms(l.P95Ms)} | {Ms(l.P99Ms)} | {(baseline is null ? "" : baseline.RequestsPerSecond.ToString("N0", Uk))} | {(baseline is null ? "" : (l.RequestsPerSecond / baseline.RequestsPerSecond).ToString("P0", Uk))} |");
            }
        }

        md.AppendLine();
        md.AppendLine("#### Targets");
        md.AppendLine();
        md.AppendLine("| target | measured | met |");
        md.AppendLine("| --- | --- | --- |");
        foreach (var (target, measured, met) in Checks())
        {
            Line($"| {target} | {measured} | {(met ? "yes" : "**no**")} |");
        }

        return md.ToString();
    }

    public static string Line(ScenarioResult r) => r.Load is { Requests: > 0 } l
        ? string.Create(CultureInfo.InvariantCulture,
            $"  {r.Scenario.Name}: {l.RequestsPerSecond:N0} req/s, p50 {l.P50Ms:N0} ms, p95 {l.P95Ms:N0} ms, p99 {l.P99Ms:N0} ms, max {l.MaxMs:N0} ms, {l.Statuses} ({r.Shows}){(r.Failure is null ? "" : " FAILED: " + r.Failure)}")
        : $"  {r.Scenario.Name}: {r.NotBuilt ?? "FAILED: " + r.Failure}";

    public static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", Uk) + " MB";

    private static string Ms(double ms) => ms < 10 ? ms.ToString("N1", Uk) + " ms" : ms.ToString("N0", Uk) + " ms";

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Replaces what is between the results markers of <paramref name="path"/> (docs/benchmarks.md).</summary>
    public static async Task WriteIntoAsync(string path, string markdown, CancellationToken cancellationToken)
    {
        var doc = await File.ReadAllTextAsync(path, cancellationToken);
        var from = doc.IndexOf(Start, StringComparison.Ordinal);
        var to = doc.IndexOf(End, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"{path} has no results markers ({Start} ... {End})");
        }

        await File.WriteAllTextAsync(path, doc[..(from + Start.Length)] + "\n\n" + markdown.TrimEnd() + "\n\n" + doc[to..], cancellationToken);
    }
}
