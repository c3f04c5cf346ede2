using System.Diagnostics;
using System.Net;
using System.Text;

namespace LeedsCommissioning.ScaleOutTests;

/// <summary>One portal process: the built Web dll under `dotnet`, its console output kept for the assertions.</summary>
public sealed class PortalInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();

    private PortalInstance(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Every line the process has written so far (stdout and stderr).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            }
        }
    }

    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts `dotnet Web.dll args` with <paramref name="environment"/> and no inherited ASP.NET Core settings.</summary>
    public static PortalInstance Start(string name, string arguments, IReadOnlyDictionary<string, string> environment, Uri address) =>
        new(name, StartProcess(arguments, environment), address);

    /// <summary>Runs `dotnet Web.dll args` to the end (the migrate command); throws with its output if it fails.</summary>
    public static async Task RunToEndAsync(string arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var instance = new PortalInstance("migrate", StartProcess(arguments, environment), new Uri("http://127.0.0.1"));
        await using (instance)
        {
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await instance._process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new InvalidOperationException($"`{arguments}` did not finish in {timeout}:\n{instance.Output}");
            }

            if (instance._process.ExitCode != 0)
            {
                throw new InvalidOperationException($"`{arguments}` exited {instance._process.ExitCode}:\n{instance.Output}");
            }
        }
    }

    /// <summary>Waits until GET /health/ready answers 200 (the database answers), or fails with the process's output.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not ready at {Address} within {timeout}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await _process.WaitForExitAsync(cancel.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static Process StartProcess(string arguments, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(DotNet, $"\"{Paths.WebDll}\" {arguments}")
        {
            WorkingDirectory = Paths.WebProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                     || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal) || k.StartsWith("LC_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>The dotnet host that runs these tests (the CLI sets DOTNET_HOST_PATH), else `dotnet` on PATH.</summary>
    private static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputLock)
        {
            _output.Append(line).Append('\n');
        }
    }
}
