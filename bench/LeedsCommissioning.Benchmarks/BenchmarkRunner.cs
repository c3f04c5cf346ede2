using System.Diagnostics;
using System.Globalization;
using LeedsCommissioning.Infrastructure.Data;

namespace LeedsCommissioning.Benchmarks;

/// <summary>What one portal process served at one volume: every scenario, the export, the import and its memory.</summary>
public sealed record VolumeRun(
    string Database, int Volume, PreparedData Data, string? RegisterShows, IReadOnlyList<ScenarioResult> Scenarios, ExportResult? Export, string? ExportNotBuilt,
    ImportResult? Import, long MaxRssBytes, long PeakRssBytes, string PortalLog, MixedResult? Mixed = null)
{
    public ScenarioResult? Get(string key) => Scenarios.FirstOrDefault(s => s.Scenario.Key == key);

    public bool MemoryMet => MaxRssBytes <= Targets.ResidentBytes && PeakRssBytes <= Targets.ResidentBytes;
}

/// <summary>
/// Issue 12's benchmark (docs/benchmarks.md): the portal as shipped and the two baselines, out of process,
/// under 50 concurrent users with hey. Run it with <c>bash bench/run.sh</c>.
/// </summary>
internal static class BenchmarkRunner
{
    /// <returns>0: every target met; 1: a target missed; 2: the run failed.</returns>
    public static async Task<int> Main(string[] args)
    {
        if (args is ["generate", .. var rest])
        {
            return await GenerateCommand.RunAsync(rest);
        }

        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        // The generator starts the portal in this process to initialise a database: WebApplicationFactory finds its
        // content root through the manifest beside this program, read from the current directory. Paths given on
        // the command line were made absolute when parsed.
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var log = Console.Out;
        var started = DateTime.UtcNow;
        var loadAtStart = Report.LoadAverage();
        var watch = Stopwatch.StartNew();
        var runFolder = Directory.CreateDirectory(Path.Combine(options.Results, started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture))).FullName;
        await log.WriteLineAsync($"Leeds Commissioning benchmark{(options.Quick ? " (quick)" : "")}: {options.Contracts:N0} contracts, {options.Users} users " +
            $"({options.Processes} hey processes x {options.ConnectionsPerProcess} connections), {options.Warmup.TotalSeconds:N0} s of unmeasured warm-up load and {options.Duration.TotalSeconds:N0} s measured per page. Results and logs: {runFolder}");

        var runs = new List<VolumeRun>();
        var growth = new List<(string Database, int Volume, ScenarioResult? Register, ScenarioResult? RenderOnly)>();
        try
        {
            var main = await MeasureAsync(DatabaseProvider.Sqlite, options.Contracts, full: true, options, runFolder, log, cancel.Token);
            runs.Add(main);
            if (options.Postgres)
            {
                runs.Add(await MeasureAsync(DatabaseProvider.PostgreSql, options.Contracts, full: true, options, runFolder, log, cancel.Token));
            }

            if (options.Only is null || options.Only.Split(',').Any(word => "register growth".Contains(word.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                // Every volume on a database of the register's data alone (Volume.RegisterOnly), the main volume's too:
                // like for like, whatever else the main database holds.
                foreach (var volume in options.Growth)
                {
                    try
                    {
                        var run = await MeasureAsync(DatabaseProvider.Sqlite, volume, full: false, options, runFolder, log, cancel.Token);
                        growth.Add(("SQLite", volume, run.Get("register-search"), run.Get("render-only")));
                    }
                    #pragma warning disable CA1031 // Reported in the growth table as a failure of that volume.
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    #pragma warning restore CA1031
                    {
                        // One volume that cannot be measured (e.g. the portal does not start) still leaves the others' results.
                        await Console.Error.WriteLineAsync($"The growth run at {volume:N0} contracts failed: {ex}");
                        var failed = new Scenario("register-search", "Register: search and filter, first page", Who.Commissioner, [], null, _ => null);
                        growth.Add(("SQLite", volume, new ScenarioResult(failed, "", null, 0, null, null, $"failed: {ex.Message.Split('\n')[0]}"), null));
                    }
                }
            }
        }
        #pragma warning disable CA1031 // Any failure is reported and exits 2, never mistaken for a missed target.
        catch (Exception ex)
        #pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"The benchmark failed: {ex}");
            return 2;
        }

        var report = new Report(options, runs, growth, started, watch.Elapsed, loadAtStart);
        var markdown = report.ToMarkdown();
        await File.WriteAllTextAsync(Path.Combine(runFolder, "results.md"), markdown, cancel.Token);
        await File.WriteAllTextAsync(Path.Combine(options.Results, "latest.md"), markdown, cancel.Token);
        await log.WriteLineAsync();
        await log.WriteLineAsync(markdown);
        if (options.WritesDoc)
        {
            await Report.WriteIntoAsync(options.Doc!, markdown, cancel.Token);
            await log.WriteLineAsync($"Written into {options.Doc} and {runFolder}/results.md");
        }
        else
        {
            await log.WriteLineAsync($"Written to {runFolder}/results.md (a quick or partial run does not change docs/benchmarks.md)");
        }

        await log.WriteLineAsync();
        foreach (var (target, measured, met) in report.Checks())
        {
            await log.WriteLineAsync($"{(met ? "met   " : "MISSED")}  {target}: {measured}");
        }

        await log.WriteLineAsync($"Whole run: {watch.Elapsed.TotalMinutes:N1} minutes.");
        return report.Checks().All(c => c.Met) ? 0 : 1;
    }

    private static async Task<VolumeRun> MeasureAsync(DatabaseProvider provider, int volume, bool full, BenchmarkOptions options, string runFolder, TextWriter log, CancellationToken cancellationToken)
    {
        var database = provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";
        await log.WriteLineAsync();
        await log.WriteLineAsync($"== {database}, {volume:N0} contracts{(full ? "" : ": the register search only, for the growth table")} ==");
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lc-bench", Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            var measured = await BenchData.PrepareAsync(provider, volume, registerOnly: !full, options, work, log, cancellationToken);
            var connectionString = measured.ConnectionString;
            var label = $"{database.ToLowerInvariant()}-{volume.ToString(CultureInfo.InvariantCulture)}";
            var portalLog = Path.Combine(runFolder, $"portal-{label}.log");
            await using var portal = await Served.StartAsync("portal", BenchData.WebDll(options), BenchData.FreePort(), new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = provider.ToString(),
                ["ConnectionStrings__Default"] = connectionString,
                ["Email__PickupFolder"] = Path.Combine(work, "mail"),
                // Plain HTTP on loopback, and every signed-in user of the load signs in from one address.
                ["Security__SecureCookies"] = "false",
                ["Security__SignInAttemptsPerMinute"] = "100000",
            }, portalLog, log, cancellationToken);
            await using var baselines = await Served.StartAsync("baselines", BenchData.BaselinesDll(options), BenchData.FreePort(), new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = provider.ToString(),
                ["ConnectionStrings__Default"] = connectionString,
                ["Baseline__Contracts"] = volume.ToString(CultureInfo.InvariantCulture),
            }, Path.Combine(runFolder, $"baselines-{label}.log"), log, cancellationToken);

            using var users = await Users.SignInAsync(portal.BaseAddress, options.Processes, full, cancellationToken);
            var commissioner = users.Commissioners[0];
            var registerShows = Scenarios.Text("id=\"totals\">(.*?)</h2>")(await commissioner.Http.GetStringAsync(new Uri("/contracts", UriKind.Relative), cancellationToken));
            await log.WriteLineAsync($"The register shows: {registerShows}");

            const string Search = "/contracts?search=care&status=Live";
            var totals = Scenarios.Text("id=\"totals\">(.*?)</h2>");
            var scenarios = new List<Scenario>
            {
                new("render-only", "Baseline: render only (50 rows from memory)", Who.Anyone, ["/render-only?search=care&status=Live"], null, totals, App: baselines),
                new("register-search", "Register: search and filter, first page", Who.Commissioner, [Search], Targets.RegisterP95Ms, totals),
                new("naive-ef", "Baseline: naive EF Core (LIKE scan and COUNT)", Who.Anyone, ["/naive-ef?search=care&status=Live"], null, totals, App: baselines),
            };
            IReadOnlyList<int> contracts = [];
            IReadOnlyList<int> opportunities = [];
            if (full)
            {
                // The generator's typical contract (a few providers, a history of about a dozen entries) and
                // others from the register's live contracts; the open opportunity with most lots and others open.
                contracts = (await Scenarios.IdsAsync(commissioner, "/contracts?status=Live", Scenarios.ContractLink(), options.Processes, cancellationToken))
                    .Prepend(measured.Data.TypicalContract).Distinct().Take(options.Processes).ToList();
                opportunities = (await Scenarios.IdsAsync(users.Anyone, "/opportunities", Scenarios.OpportunityLink(), options.Processes, cancellationToken))
                    .Prepend(measured.Data.OpenOpportunityWithMostLots).Distinct().Take(options.Processes).ToList();
                scenarios.AddRange(
                [
                    new("register", "Register: first page", Who.Commissioner, ["/contracts"], null, totals),
                    new("contract", "One contract's page", Who.Commissioner, contracts.Select(id => $"/contracts/{id}").ToList(), Targets.ContractP95Ms,
                        Scenarios.Text("<h1[^>]*>(.*?)</h1>")),
                    new("history", "A contract's history", Who.Commissioner, contracts.Select(id => $"/contracts/{id}/history").ToList(), null,
                        Scenarios.Text("<h1[^>]*>(.*?)</h1>")),
                    new("providers", "Providers directory", Who.Commissioner, ["/providers"], null, Scenarios.Text("id=\"results-count\">(.*?)</caption>")),
                    new("opportunities", "Opportunities (public list, anyone)", Who.Anyone, ["/opportunities"], Targets.OpportunitiesP95Ms,
                        Scenarios.Text("role=\"status\">(.*?)</p>")),
                    new("overview", "Opportunity overview with Keep it Local panel", Who.ProcurementOfficer,
                        opportunities.Select(id => $"/procurement/opportunities/{id}").ToList(), null, Scenarios.Has("id=\"keep-it-local\"", "the Keep it Local panel")),
                    new("dashboard", "Dashboard", Who.Commissioner, ["/dashboard"], Targets.DashboardP95Ms, Scenarios.Text("<h1[^>]*>(.*?)</h1>"), Optional: true),
                    new("home-commissioner", "Home page, a commissioner's (work sources)", Who.Commissioner, ["/"], Targets.HomeP95Ms, HomeShows),
                    new("home-director", "Home page, the director's (decisions awaiting)", Who.Director, ["/"], Targets.HomeP95Ms, HomeShows),
                    new("monitoring", "Monitoring list", Who.Commissioner, ["/monitoring"], Targets.MonitoringP95Ms, Scenarios.Text("id=\"count\">(.*?)</p>")),
                ]);
            }

            var results = new List<ScenarioResult>();
            foreach (var scenario in scenarios.Where(s => Chosen(options, s.Key, s.Name)))
            {
                var result = await Scenarios.RunAsync(scenario, scenario.App ?? portal, users, options, cancellationToken);
                results.Add(result);
                await log.WriteLineAsync(Report.Line(result));
            }

            MixedResult? mixed = null;
            if (full && Chosen(options, "mixed", "100 users across the roles"))
            {
                mixed = await MixedLoad.RunAsync(portal, users, contracts, opportunities, options.Warmup, cancellationToken);
                await log.WriteLineAsync($"  Mixed load: {MixedLoad.Describe(mixed)}");
            }

            ExportResult? export = null;
            string? exportNotBuilt = null;
            ImportResult? import = null;
            if (full && Chosen(options, "ocds", "export"))
            {
                (export, exportNotBuilt) = await OcdsExport.RunAsync(portal, commissioner, cancellationToken);
                await log.WriteLineAsync(export is null ? $"  OCDS export: {exportNotBuilt}"
                    : $"  OCDS export {export.Path}: {export.Pages:N0} pages{(export.Complete ? "" : " (not complete)")}, {export.Bytes / 1024.0 / 1024.0:N1} MB in {export.Elapsed.TotalSeconds:N1} s, resident {Report.Mb(export.RssBefore)} before, {Report.Mb(export.RssPeak)} at most, {Report.Mb(export.RssAfter)} after");
            }

            if (full && provider == DatabaseProvider.Sqlite && Chosen(options, "import", "import"))
            {
                import = await Import.RunAsync(commissioner, options.ImportRows, cancellationToken);
                await log.WriteLineAsync($"  Import of {import.Rows:N0} rows ({import.FileBytes / 1024.0 / 1024.0:N2} MB): {(import.Elapsed is { } t ? $"{t.TotalSeconds:N1} s, " : "")}{import.Outcome}");
            }

            var run = new VolumeRun(database, volume, measured.Data, registerShows, results, export, exportNotBuilt, import, portal.MaxRssBytes, portal.PeakRssBytes, portalLog, mixed);
            await log.WriteLineAsync($"  Portal resident memory: at most {Report.Mb(run.MaxRssBytes)} in 100 ms samples, kernel peak (VmHWM) {Report.Mb(run.PeakRssBytes)}");
            return run;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The home page's first heading and its work groups' headings with their counts: what it found for this person.</summary>
    private static string? HomeShows(string html)
    {
        var groups = System.Text.RegularExpressions.Regex.Matches(html, "<h2[^>]*>(.*?)</h2>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => Scenarios.Clean(m.Groups[1].Value)).Where(h => h.Length > 0).Take(6);
        return Scenarios.Text("<h1[^>]*>(.*?)</h1>")(html) is { } heading ? $"{heading}: {string.Join("; ", groups)}" : null;
    }

    /// <summary>Whether a scenario is chosen: every one, or those whose key or name holds one of --only's comma-separated words.</summary>
    private static bool Chosen(BenchmarkOptions options, string key, string name) =>
        options.Only is not { } only
        || only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(word => key.Contains(word, StringComparison.OrdinalIgnoreCase) || name.Contains(word, StringComparison.OrdinalIgnoreCase))
        // The ratios need the render-only baseline whatever is chosen.
        || key == "render-only";
}
