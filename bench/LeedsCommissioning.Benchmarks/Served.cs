using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// A published ASP.NET Core app run out of process (<c>dotnet App.dll --urls http://127.0.0.1:port</c>) with its
/// own environment variables, its console written by the kernel straight to a log file (not through this
/// harness), and its resident memory sampled from /proc every 100 ms while it runs.
/// </summary>
public sealed class Served : IAsyncDisposable
{
    private readonly Process process;
    private readonly CancellationTokenSource stopSampling = new();
    private readonly Task sampling;
    private long maxRss;
    private long windowMaxRss;

    private Served(Process process, string name, Uri baseAddress, string logPath)
    {
        this.process = process;
        Name = name;
        BaseAddress = baseAddress;
        LogPath = logPath;
        sampling = SampleAsync(stopSampling.Token);
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public int ProcessId => process.Id;

    /// <summary>The largest VmRSS seen by the 100 ms sampler since the process started.</summary>
    public long MaxRssBytes => Interlocked.Read(ref maxRss);

    /// <summary>The kernel's own peak (VmHWM) for the process: catches a peak between two samples.</summary>
    public long PeakRssBytes => Read("VmHWM:") ?? 0;

    public long CurrentRssBytes => Read("VmRSS:") ?? 0;

    /// <summary>Starts a window over which <see cref="WindowMaxRssBytes"/> is the largest sample (e.g. one download).</summary>
    public void StartWindow() => Interlocked.Exchange(ref windowMaxRss, CurrentRssBytes);

    public long WindowMaxRssBytes => Interlocked.Read(ref windowMaxRss);

    public static async Task<Served> StartAsync(
        string name, string dll, int port, IReadOnlyDictionary<string, string> environment, string logPath, TextWriter log, CancellationToken cancellationToken)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        // sh execs dotnet, so the process id is the app's, and the app's console goes to the file with no pipe to drain.
        var start = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", "exec dotnet \"$0\" --urls \"$1\" >>\"$2\" 2>&1", dll, baseAddress.ToString().TrimEnd('/'), logPath })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}");
        var served = new Served(process, name, baseAddress, logPath);
        var started = Stopwatch.StartNew();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} stopped while starting (exit code {process.ExitCode}). The end of {logPath}:\n{Tail(logPath)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(baseAddress, "/health/ready"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            if (started.Elapsed > TimeSpan.FromMinutes(5))
            {
                await served.DisposeAsync();
                throw new TimeoutException($"{name} did not answer /health/ready within 5 minutes. The end of {logPath}:\n{Tail(logPath)}");
            }

            await Task.Delay(250, cancellationToken);
        }

        await log.WriteLineAsync($"{name} ready at {baseAddress} (process {process.Id}) in {started.Elapsed.TotalSeconds:N1} s; log {logPath}");
        return served;
    }

    public bool IsRunning => !process.HasExited;

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            do
            {
                if (Read("VmRSS:") is { } rss)
                {
                    InterlockedMax(ref maxRss, rss);
                    InterlockedMax(ref windowMaxRss, rss);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private long? Read(string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal)
                    && long.TryParse(line[field.Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
                {
                    return kilobytes * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return null;
    }

    public static string Tail(string path, int lines = 30) =>
        File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(lines)) : "(no log)";

    /// <summary>Stops the app: SIGTERM, so it shuts down as in production; SIGKILL if it has not after 15 s.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopSampling.CancelAsync();
        await sampling;
        if (!process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
        stopSampling.Dispose();
    }
}
