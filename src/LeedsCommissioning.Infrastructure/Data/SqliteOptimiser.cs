using LeedsCommissioning.Infrastructure.Scheduling;

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>
/// Runs <c>PRAGMA optimize</c> on the SQLite database every few hours, as SQLite advises for applications that keep
/// running, so the planner's statistics follow the data as it grows (<see cref="SqliteConnectionSettings.OptimiseAsync"/>).
/// A scheduled job (<see cref="ScheduledJobRunner"/>), so however many instances share the database it runs once
/// per interval. Registered only when the provider is SQLite.
/// </summary>
public sealed class SqliteOptimiser(CommissioningDbContext db) : IScheduledJob
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(3);

    public string Name => "sqlite-optimize";

    public TimeSpan Interval => Every;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await SqliteConnectionSettings.OptimiseAsync(db, atStartUp: false, cancellationToken);
        return "PRAGMA optimize run";
    }
}
