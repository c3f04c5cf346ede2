

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the web app starts. On by default for the embedded SQLite database.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Fill an empty database with the Leeds demo data and demo accounts. Never set in Production.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>The one shared password of the demo accounts (README.md lists them).</summary>
    public string DemoPassword { get; set; } = "Leeds-Demo-2026!";
}
