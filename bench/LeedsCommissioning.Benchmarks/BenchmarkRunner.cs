using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Text.RegularExpressions;
using LeedsCommissioning.Domain.Opportunities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// Speed and memory at regional scale: see docs/benchmarks.md. Not top-level statements: the portal's own
/// <c>Program</c> is the entry point WebApplicationFactory needs, and there must be only one type of that name.
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

        // WebApplicationFactory finds the portal's content root (its Razor views' folder) through the
        // MvcTestingAppManifest.json beside this program, read from the current directory. Paths given on the
        // command line were made absolute when parsed.
        Environment.CurrentDirectory = AppContext.BaseDirectory;
        var scale = options.Scale;
        var nowUtc = FixedClock.BenchmarkNow.UtcDateTime;
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lc-bench", Guid.NewGuid().ToString("N")[..8])).FullName;
        var databasePath = options.DatabasePath ?? Path.Combine(folder, $"regional-{scale.Name}.db");
        var reuse = options.DatabasePath is not null && File.Exists(databasePath);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();

        Console.WriteLine($"Leeds Commissioning benchmark: {scale.Name} scale ({scale.Providers:N0} providers, {scale.Contracts:N0} contracts, " +
            $"{scale.Opportunities:N0} opportunities), {scale.Warmup} warm-up and {scale.Iterations} measured requests per page.");
        Console.WriteLine($"Targets (p95): register {Targets.RegisterP95Ms} ms, providers {Targets.ProvidersP95Ms} ms, opportunities {Targets.OpportunitiesP95Ms} ms, " +
            $"opportunity overview {Targets.OverviewP95Ms} ms; peak working set while serving {Targets.WorkingSetBytes / 1024 / 1024} MB.");
        Console.WriteLine($"Database: {databasePath}{(reuse ? " (reused)" : "")}");

        try
        {
            var startup = Stopwatch.StartNew();
            using var factory = new PortalUnderTest(connectionString, Path.Combine(folder, "mail"), new FixedClock(FixedClock.BenchmarkNow));
            _ = factory.Services; // starts the portal: migrations, reference data, demo data and accounts
            Console.WriteLine($"Portal started (migrations and demo data) in {startup.Elapsed.TotalSeconds:N1} s.");

            SeedSummary? seeded = null;
            if (!reuse)
            {
                Console.WriteLine("Generating the regional data...");
                seeded = await RegionalData.SeedAsync(connectionString, scale, nowUtc);
                Console.WriteLine($"Generated {seeded.Providers:N0} providers, {seeded.Contracts:N0} contracts and {seeded.Opportunities:N0} opportunities " +
                    $"in {seeded.Elapsed.TotalSeconds:N1} s.");
            }

            var inDatabase = await DatabaseCounts.ReadAsync(connectionString, nowUtc);
            var overviewId = inDatabase.OpenOpportunityWithMostLots;

            // The data generation's garbage is not the portal's: collect it, then measure the peak from here on.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var peakWhileGenerating = PeakMemory.Current();
            var peakReset = PeakMemory.TryReset();

            using var commissioner = await Portal.SignedInAsync(factory, "commissioner@example.org");
            using var officer = await Portal.SignedInAsync(factory, "procurement@example.org");
            using var anyone = Portal.Anonymous(factory);

            Scenario[] scenarios =
            [
                new("Contracts register", "commissioner", commissioner, "/contracts", Targets.RegisterP95Ms, Shows.Text("id=\"totals\">(.*?)</h2>")),
                new("Contracts register: search, filter, sort", "commissioner", commissioner,
                    "/contracts?search=armley&status=Live&sort=value&direction=desc", Targets.RegisterP95Ms, Shows.Text("id=\"totals\">(.*?)</h2>")),
                new("Providers directory", "commissioner", commissioner, "/providers", Targets.ProvidersP95Ms, Shows.Text("id=\"results-count\">(.*?)</caption>")),
                new("Providers directory: search, ward, sort by contract value", "commissioner", commissioner,
                    $"/providers?search=community&ward={inDatabase.ArmleyWardId}&sort=value", Targets.ProvidersP95Ms,
                    Shows.Text("id=\"results-count\">(.*?)</caption>")),
                new("Opportunities (public list)", "anyone", anyone, "/opportunities", Targets.OpportunitiesP95Ms, Shows.Text("role=\"status\">(.*?)</p>")),
                new("Opportunities: search, small organisations", "anyone", anyone, "/opportunities?search=care&small=true",
                    Targets.OpportunitiesP95Ms, Shows.Text("role=\"status\">(.*?)</p>")),
                new("Opportunity overview with Keep it Local panel", "procurement officer", officer, $"/procurement/opportunities/{overviewId}",
                    Targets.OverviewP95Ms, Shows.LocalProvidersPerLot),
            ];

            var chosen = scenarios.Where(s => options.Only is null || s.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase)).ToList();
            if (chosen.Count == 0)
            {
                await Console.Error.WriteLineAsync($"No page's name contains \"{options.Only}\". The pages: {string.Join("; ", scenarios.Select(s => s.Name))}.");
                return 2;
            }

            var results = new List<ScenarioResult>();
            foreach (var scenario in chosen)
            {
                var result = await Measurement.RunAsync(scenario, scale.Warmup, scale.Iterations);
                results.Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {scenario.Name}: median {result.MedianMs:N0} ms, p95 {result.P95Ms:N0} ms, max {result.MaxMs:N0} ms ({result.Shows})"));
            }

            var report = new Report(scale, seeded, inDatabase, results, scenarios.Length, PeakMemory.Current(), peakReset, peakWhileGenerating, GCSettings.IsServerGC);
            var markdown = report.ToMarkdown();
            Console.WriteLine();
            Console.WriteLine(markdown);
            if (options.OutputPath is { } output)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(output)!);
                await File.WriteAllTextAsync(output, markdown);
                Console.WriteLine($"Written to {output}");
            }

            Console.WriteLine(report.AllMet ? "Every target met." : "TARGET MISSED: see the table above.");
            return report.AllMet ? 0 : 1;
        }
        #pragma warning disable CA1031 // Any failure is reported and exits 2, never mistaken for a missed target.
        catch (Exception ex)
        #pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"The benchmark failed: {ex}");
            return 2;
        }
        finally
        {
            // The temporary folder holds the mail pickup folder and, without --db, the database.
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>How each page says what it shows, read from its HTML.</summary>
internal static partial class Shows
{
    public static Func<string, string?> Text(string pattern) => html =>
        Regex.Match(html, pattern, RegexOptions.Singleline) is { Success: true } match ? Clean(match.Groups[1].Value) : null;

    /// <summary>The Keep it Local table: how many local providers could bid for each lot.</summary>
    public static string? LocalProvidersPerLot(string html)
    {
        var at = html.IndexOf("id=\"keep-it-local\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var table = html[at..html.IndexOf("</table>", at, StringComparison.Ordinal)];
        var counts = LotRow().Matches(table).Select(m => m.Groups[1].Value).ToList();
        return counts.Count == 0 ? null : $"{counts.Count} lots; local providers who could bid: {string.Join(", ", counts)}";
    }

    private static string Clean(string html) => Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, "")), " ").Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<td class=""govuk-table__cell govuk-table__cell--numeric"">[^<]*</td>\s*<td class=""govuk-table__cell govuk-table__cell--numeric"">(\d+)</td>")]
    private static partial Regex LotRow();
}

/// <summary>What is in the database being measured (the app's demo data plus the generated data).</summary>
internal sealed record DatabaseCounts(int Providers, int Contracts, int ContractProviders, int Opportunities, int OpenOpportunities, int ArmleyWardId, int OpenOpportunityWithMostLots, long FileBytes)
{
    public static async Task<DatabaseCounts> ReadAsync(string connectionString, DateTime nowUtc)
    {
        await using var db = RegionalData.NewContext(connectionString);
        var open = db.Opportunities.Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc > nowUtc);
        return new DatabaseCounts(
            await db.Providers.CountAsync(),
            await db.Contracts.CountAsync(),
            await db.ContractProviders.CountAsync(),
            await db.Opportunities.CountAsync(),
            await open.CountAsync(),
            await db.Wards.Where(w => w.Name == "Armley").Select(w => w.Id).SingleAsync(),
            await open.OrderByDescending(o => o.Lots.Count).ThenBy(o => o.Id).Select(o => o.Id).FirstAsync(),
            new FileInfo(new SqliteConnectionStringBuilder(connectionString).DataSource).Length);
    }
}
