using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LeedsCommissioning.Infrastructure.Data;

/// <summary>
/// Runs <c>PRAGMA optimize</c> on the SQLite database every few hours, as SQLite advises for applications that keep
/// running, so the planner's statistics follow the data as it grows (<see cref="SqliteConnectionSettings.OptimiseAsync"/>).
/// Registered only when the provider is SQLite.
/// </summary>
public sealed class SqliteOptimiser(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SqliteOptimiser> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await SqliteConnectionSettings.OptimiseAsync(scope.ServiceProvider.GetRequiredService<CommissioningDbContext>(), atStartUp: false, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "PRAGMA optimize failed; the planner keeps its earlier statistics");
            }
        }
    }
}
