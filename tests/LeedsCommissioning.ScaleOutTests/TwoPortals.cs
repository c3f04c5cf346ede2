using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace LeedsCommissioning.ScaleOutTests;

/// <summary>
/// Two portal processes as a load balancer without sticky sessions would see them: the same build, Production
/// settings, one PostgreSQL database (migrated and given the demo data by the portal's own `migrate --seed-demo`),
/// both running the e-mail outbox (pickup-folder transport, one shared folder, a short poll) and the scheduled
/// jobs. LC_SCALEOUT_POSTGRES is the server (e.g. Host=127.0.0.1;Port=55432;Username=postgres); the fixture
/// creates and drops a database of its own. If LC_SCALEOUT_PIDFILE is set, the processes' ids are written there
/// so .ci/run can make sure none outlives the step.
/// </summary>
public sealed class TwoPortals : IAsyncLifetime
{
    private readonly string _database = "lc_scaleout_" + Guid.NewGuid().ToString("N")[..10];
    private readonly List<PortalInstance> _instances = [];

    public PortalInstance First => _instances[0];

    public PortalInstance Second => _instances[1];

    public IReadOnlyList<PortalInstance> Both => _instances;

    /// <summary>The folder both instances write e-mail into.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "lc-scaleout-mail-" + Guid.NewGuid().ToString("N")[..8]);

    public string ConnectionString { get; private set; } = "";

    /// <summary>How many days before the deadline the reminder goes: far enough that the demo open opportunity (bids close in 21 days) is due.</summary>
    public const int ReminderDays = 30;

    public async Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable("LC_SCALEOUT_POSTGRES") is { Length: > 0 } s
            ? s
            : throw new InvalidOperationException(
                "LC_SCALEOUT_POSTGRES must hold a PostgreSQL server's connection string (.ci/run sets it; see docs/ci.md).");
        if (!File.Exists(Paths.WebDll))
        {
            throw new InvalidOperationException($"The portal is not built at {Paths.WebDll}");
        }

        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString;
        Directory.CreateDirectory(MailFolder);

        // Once, before any instance starts: the release step (docs/operations.md). Demo data needs a non-Production environment.
        await PortalInstance.RunToEndAsync("migrate --seed-demo", Settings("Staging", FreePort()), TimeSpan.FromMinutes(2));

        var ports = new[] { FreePort(), FreePort() };
        while (ports[1] == ports[0])
        {
            ports[1] = FreePort();
        }

        for (var i = 0; i < 2; i++)
        {
            var address = new Uri($"http://127.0.0.1:{ports[i]}");
            _instances.Add(PortalInstance.Start($"instance {i + 1}", "", Settings("Production", ports[i]), address));
        }

        if (Environment.GetEnvironmentVariable("LC_SCALEOUT_PIDFILE") is { Length: > 0 } pidFile)
        {
            await File.AppendAllLinesAsync(pidFile, _instances.Select(p => p.ProcessId.ToString(CultureInfo.InvariantCulture)));
        }

        await Task.WhenAll(_instances.Select(p => p.WaitUntilReadyAsync(TimeSpan.FromSeconds(90))));
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (ConnectionString.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A client for one instance that shares <paramref name="cookies"/> (one browser) and does not follow redirects.</summary>
    public static HttpClient Client(PortalInstance instance, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = instance.Address };

    private Dictionary<string, string> Settings(string environment, int port) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = environment,
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__Default"] = ConnectionString,
        // Plain HTTP on loopback: cookies marked Secure would not come back (docs/security.md).
        ["Security__SecureCookies"] = "false",
        ["Email__Transport"] = "PickupFolder",
        ["Email__PickupFolder"] = MailFolder,
        ["Email__PollInterval"] = "00:00:00.200",
        // Links in e-mail would point at the load balancer; here, the first instance.
        ["Email__PortalAddress"] = _instances.Count > 0 ? _instances[0].Address.ToString() : $"http://127.0.0.1:{port}",
        ["Scheduling__PollInterval"] = "00:00:00.500",
        ["Opportunities__BidDeadlineReminderDays"] = ReminderDays.ToString(CultureInfo.InvariantCulture),
        ["Opportunities__BidDeadlineRemindersEvery"] = "00:00:01",
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
