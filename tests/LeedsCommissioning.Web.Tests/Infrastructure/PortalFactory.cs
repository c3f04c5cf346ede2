using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace LeedsCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real database of its own: a SQLite file by default, or a PostgreSQL database when
/// LC_TEST_DATABASE=PostgreSql (LC_TEST_POSTGRES holds the server's connection string, as .ci/run sets it).
/// Each factory gets a fresh copy of a template database that was migrated and seeded with the demo data
/// once per test run, so tests are isolated and start in milliseconds. The clock is a FakeTimeProvider.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    /// <summary>"Today" in every test unless a test moves the clock: 26 November 2026, 10:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly Lock HostStartLock = new();
    private static string? _templateName;
    private readonly string _databaseName = "lc_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connectionString;

    /// <summary>
    /// Each portal a test run starts would watch its views, static files and settings files with inotify, and a run
    /// has well over a hundred portals alive at times (one or more per test class, classes in parallel): Linux allows
    /// 128 inotify instances per user by default, and past that pages fail with "The configured user limit (128) on
    /// the number of inotify instances has been reached". The tests never change those files, so polling, which costs
    /// a timer rather than an instance, is enough. ASP.NET Core's file providers read this variable when they start.
    /// </summary>
    static PortalFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");

    public PortalFactory()
        : this(Now)
    {
    }

    /// <summary>A portal whose clock starts at <paramref name="start"/>, for a rule dated before "today" (the fake clock only moves forward).</summary>
    protected PortalFactory(DateTimeOffset start) => Clock = new FakeTimeProvider(start);

    public FakeTimeProvider Clock { get; }

    /// <summary>Where the app listens when a browser test serves it on Kestrel (PortalServer); null in memory.</summary>
    public Uri? KestrelAddress { get; protected set; }

    public static DatabaseProvider Provider =>
        Environment.GetEnvironmentVariable("LC_TEST_DATABASE") is { Length: > 0 } value
            ? Enum.Parse<DatabaseProvider>(value, ignoreCase: true)
            : DatabaseProvider.Sqlite;

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "lc-tests", "mail-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Where in-memory clients send requests, when not http://localhost (an HTTPS address, for Secure cookies).</summary>
    public virtual Uri? ClientBaseAddress => null;

    /// <summary>Settings a test class may add (before the first request).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _connectionString ??= CreateDatabaseFromTemplate();
        builder.UseEnvironment("Test");
        // UseSetting, not ConfigureAppConfiguration: the app reads these while it registers services.
        foreach (var (key, value) in Settings(_connectionString).Concat(ExtraSettings()))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>
    /// Starts one app at a time. Program.cs sets Serilog's static bootstrap logger and the host freezes it
    /// when it is built, so test classes starting their apps in parallel raced on it ("The logger is already
    /// frozen") and the loser's entry point exited without building a host.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (HostStartLock)
        {
            return base.CreateHost(builder);
        }
    }

    public IServiceScope CreateScope() => Services.CreateScope();

    /// <summary>Runs <paramref name="work"/> against the app's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<CommissioningDbContext, Task<T>> work)
    {
        using var scope = CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<CommissioningDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Provider == DatabaseProvider.Sqlite && _connectionString is not null)
        {
            SqliteConnection.ClearAllPools();
            TryDelete(new SqliteConnectionStringBuilder(_connectionString).DataSource);
        }

        // Each test class has its own PostgreSQL database and so its own pool, whose idle connections would otherwise
        // stay open for minutes after the class ends: with enough classes the server refused new clients (53300).
        if (disposing && Provider == DatabaseProvider.PostgreSql && _connectionString is not null)
        {
            using var connection = new NpgsqlConnection(_connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private IEnumerable<KeyValuePair<string, string?>> Settings(string connectionString) => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Default"] = connectionString,
        ["Database:SeedDemoData"] = "true",
        ["Database:MigrateOnStartup"] = "true",
        ["Email:DispatchInBackground"] = "false",
        ["Scheduling:RunInBackground"] = "false",
        // The demo data's open data checks take well under a second, but a loaded machine must not show "being checked".
        ["OpenData:ChecksWaitSeconds"] = "600",
        ["Email:PortalAddress"] = "http://localhost",
        ["Email:PickupFolder"] = MailFolder,
        ["Serilog:MinimumLevel:Default"] = "Warning",
        // Plain HTTP in memory and on loopback; the sign-in limits are per client address, and every test shares one.
        ["Security:SecureCookies"] = "false",
        ["Security:SignInAttemptsPerMinute"] = "100000",
        ["Security:SignInAttemptsPerMinuteInAll"] = "100000",
    };

    private string CreateDatabaseFromTemplate()
    {
        var template = EnsureTemplate();
        if (Provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Folder, _databaseName + ".db");
            File.Copy(template, path);
            return $"Data Source={path};Pooling=False";
        }

        using var connection = new NpgsqlConnection(PostgresServer("postgres"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{_databaseName}\" TEMPLATE \"{template}\"";
        command.ExecuteNonQuery();
        return PostgresServer(_databaseName);
    }

    private static string Folder => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lc-tests")).FullName;

    /// <summary>Migrates and seeds one database per test run by starting the app on it once.</summary>
    private static string EnsureTemplate()
    {
        TemplateLock.Wait();
        try
        {
            if (_templateName is not null)
            {
                return _templateName;
            }

            var name = "lc_template_" + Guid.NewGuid().ToString("N")[..12];
            var connectionString = Provider == DatabaseProvider.Sqlite
                ? $"Data Source={Path.Combine(Folder, name + ".db")};Pooling=False"
                : PostgresServer(name);
            using (var builder = new TemplateBuilder(connectionString))
            {
                builder.Initialise();
            }

            if (Provider == DatabaseProvider.Sqlite)
            {
                SqliteConnection.ClearAllPools();
                _templateName = new SqliteConnectionStringBuilder(connectionString).DataSource!;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(_templateName);
            }
            else
            {
                NpgsqlConnection.ClearAllPools();
                _templateName = name;
            }

            return _templateName;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static string PostgresServer(string database)
    {
        var server = Environment.GetEnvironmentVariable("LC_TEST_POSTGRES")
            ?? throw new InvalidOperationException("LC_TEST_POSTGRES must hold the PostgreSQL server's connection string when LC_TEST_DATABASE=PostgreSql.");
        // Idle connections close after 10 seconds, so a finished test class never holds the server's client slots for long.
        return new NpgsqlConnectionStringBuilder(server) { Database = database, ConnectionIdleLifetime = 10, ConnectionPruningInterval = 5 }.ConnectionString;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Starts the app once on the template database so it migrates and seeds it.</summary>
    private sealed class TemplateBuilder(string connectionString) : WebApplicationFactory<Program>
    {
        public void Initialise() => _ = Services;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Test");
            builder.UseSetting("Database:Provider", Provider.ToString());
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Database:SeedDemoData", "true");
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("Email:DispatchInBackground", "false");
            builder.UseSetting("Scheduling:RunInBackground", "false");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Security:SecureCookies", "false");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            });
        }
    }
}
