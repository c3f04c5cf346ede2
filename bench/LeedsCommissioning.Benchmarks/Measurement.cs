using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace LeedsCommissioning.Benchmarks;

/// <summary>One page to measure: who asks for it, its address and its target.</summary>
/// <param name="Shows">Reads what the page says it shows (e.g. "25049 contracts") from its HTML, or null when it is not there:
/// proof that the page did the work at scale and is not an error page.</param>
public sealed record Scenario(string Name, string Who, HttpClient Client, string Path, double TargetP95Ms, Func<string, string?> Shows);

public sealed record ScenarioResult(
    Scenario Scenario, int Iterations, double MedianMs, double P95Ms, double MaxMs, long AllocatedBytesPerRequest, int PageBytes, string Shows)
{
    public bool Met => P95Ms <= Scenario.TargetP95Ms;
}

/// <summary>Times each request end to end (routing, authorisation, EF queries, Razor, the response body) one at a time.</summary>
public static class Measurement
{
    public static async Task<ScenarioResult> RunAsync(Scenario scenario, int warmup, int iterations)
    {
        for (var i = 0; i < warmup; i++)
        {
            await GetAsync(scenario);
        }

        var milliseconds = new double[iterations];
        var allocated = 0L;
        byte[] page = [];
        for (var i = 0; i < iterations; i++)
        {
            // Every thread's allocations (the portal's async continuations run on the thread pool), so this
            // counts the test client's too: a small, fixed share next to a page's.
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            page = await GetAsync(scenario);
            milliseconds[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            allocated += GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        }

        Array.Sort(milliseconds);
        var shows = scenario.Shows(Encoding.UTF8.GetString(page))
            ?? throw new InvalidOperationException($"{scenario.Path} did not show what was expected: is it the right page?");
        return new ScenarioResult(scenario, iterations, Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.95), milliseconds[^1],
            allocated / iterations, page.Length, shows);
    }

    /// <summary>Nearest-rank percentile of sorted values: of 50, the p95 is the 48th.</summary>
    public static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task<byte[]> GetAsync(Scenario scenario)
    {
        using var response = await scenario.Client.GetAsync(new Uri(scenario.Path, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"GET {scenario.Path} as {scenario.Who} gave {(int)response.StatusCode} {response.Headers.Location}"));
        }

        return body;
    }
}

/// <summary>
/// The process's peak resident memory (Linux VmHWM), which the kernel can be asked to reset, so the figure
/// for serving pages does not include generating the data. Elsewhere, the peak since the process started.
/// </summary>
public static class PeakMemory
{
    public static long Current()
    {
        if (File.Exists("/proc/self/status"))
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(),
                NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
            {
                return kilobytes * 1024;
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Resets the peak to the current working set (Linux 4.0 and later: "5" to /proc/self/clear_refs). False where that is not possible.</summary>
    public static bool TryReset()
    {
        try
        {
            var before = Current();
            File.WriteAllText("/proc/self/clear_refs", "5");
            return Current() <= before;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
