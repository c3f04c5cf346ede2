using System.Diagnostics;
using System.Globalization;

namespace LeedsCommissioning.Benchmarks;

/// <summary>One hey process: its URL and, for a signed-in user, that user's cookie.</summary>
public sealed record HeyTarget(Uri Url, string? Cookie);

/// <summary>Every request of every hey process in one measured period, pooled.</summary>
public sealed record LoadResult(int Requests, double Seconds, double P50Ms, double P95Ms, double P99Ms, double MaxMs, IReadOnlyDictionary<int, int> StatusCounts)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    public int NonOk => StatusCounts.Where(s => s.Key != 200).Sum(s => s.Value);

    /// <summary>"200 x 5123" or "200 x 5100, 302 x 23".</summary>
    public string Statuses => string.Join(", ", StatusCounts.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} x {s.Value}")));
}

/// <summary>
/// The load: several hey processes side by side (hey sends one Cookie header per process, so each signed-in
/// process is its own user), each with a few connections, for a fixed time after an unmeasured warm-up.
/// Each process writes one CSV line per request (<c>hey -o csv</c>); the lines are pooled, so the
/// percentiles are exact over every request, not averages of each process's.
/// </summary>
public static class Load
{
    /// <param name="warmup">Unmeasured load first, the same as the measured load. A process just started runs code the
    /// tiered JIT has not optimised yet, and it goes on compiling for 20 s or so of load (measured: a render-only
    /// baseline gave 1,530 requests a second in its first 8 s and 4,600 from its third 8 s on), so a page measured
    /// first would be measured cold. hey lets the requests in flight at the end finish, so the measured period does
    /// not start behind a queue of abandoned ones, and a slow page gets at least one request per connection.</param>
    public static async Task<LoadResult> RunAsync(IReadOnlyList<HeyTarget> targets, int connectionsPerProcess, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (warmup > TimeSpan.Zero)
        {
            await Task.WhenAll(targets.Select(t => HeyAsync(t, connectionsPerProcess, ["-z", Seconds(warmup)], cancellationToken)));
        }

        var outputs = await Task.WhenAll(targets.Select(t => HeyAsync(t, connectionsPerProcess, ["-z", Seconds(duration)], cancellationToken)));
        var latencies = new List<double>();
        var statuses = new Dictionary<int, int>();
        var end = 0.0;
        foreach (var csv in outputs)
        {
            foreach (var line in csv.Split('\n').Skip(1))
            {
                // response-time,DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset (seconds)
                var cells = line.Split(',');
                if (cells.Length < 8)
                {
                    continue;
                }

                var seconds = double.Parse(cells[0], CultureInfo.InvariantCulture);
                var status = int.Parse(cells[6], CultureInfo.InvariantCulture);
                var offset = double.Parse(cells[7], CultureInfo.InvariantCulture);
                latencies.Add(seconds * 1000);
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                end = Math.Max(end, offset + seconds);
            }
        }

        if (latencies.Count == 0)
        {
            // Nothing answered: hey leaves requests without a response (refused, or over its 60 s timeout) out of its CSV.
            return new LoadResult(0, duration.TotalSeconds, 0, 0, 0, 0, statuses);
        }

        latencies.Sort();
        return new LoadResult(latencies.Count, end, Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99), latencies[^1], statuses);
    }

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.#}s");

    /// <summary>Nearest rank: the smallest value with at least p of all values at or below it.</summary>
    public static double Percentile(List<double> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task<string> HeyAsync(HeyTarget target, int connections, string[] howMuch, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("hey") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // No redirects followed: a signed-out user sent to the sign-in page must count as a failure, not as a 200.
        string[] arguments = [.. howMuch, "-c", connections.ToString(CultureInfo.InvariantCulture), "-o", "csv", "-disable-redirects", "-t", "60"];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (target.Cookie is { } cookie)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Cookie: {cookie}");
        }

        start.ArgumentList.Add(target.Url.ToString());
        using var hey = Process.Start(start) ?? throw new InvalidOperationException("Could not start hey (Debian package hey, /usr/bin/hey)");
        var output = hey.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = hey.StandardError.ReadToEndAsync(cancellationToken);
        await hey.WaitForExitAsync(cancellationToken);
        if (hey.ExitCode != 0)
        {
            throw new InvalidOperationException($"hey exited with {hey.ExitCode}: {await errors}");
        }

        return await output;
    }
}
