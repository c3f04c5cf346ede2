using System.Collections.Concurrent;
using System.Data.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Scheduling;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Scheduling;

/// <summary>
/// On SQLite the planner's statistics are refreshed with <c>PRAGMA optimize</c> every 3 hours by the scheduled job
/// "sqlite-optimize", claimed like every scheduled job, so two instances on one database run it once, not twice.
/// </summary>
public sealed class SQLite_statistics
{
    [Fact]
    public async Task are_refreshed_every_three_hours_by_one_instance_only()
    {
        using var factory = new RecordingPortalFactory();
        var registered = factory.Services.GetServices<ScheduledJobRegistration>().Select(r => r.JobType).ToList();
        if (PortalFactory.Provider != DatabaseProvider.Sqlite)
        {
            Assert.DoesNotContain(typeof(SqliteOptimiser), registered); // Other databases keep their own statistics.
            return;
        }

        Assert.Contains(typeof(SqliteOptimiser), registered);
        var first = ActivatorUtilities.CreateInstance<ScheduledJobRunner>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<ScheduledJobRunner>(factory.Services);
        factory.Commands.Clear();

        Assert.Contains("sqlite-optimize", await first.RunDueAsync(CancellationToken.None));
        Assert.DoesNotContain("sqlite-optimize", await second.RunDueAsync(CancellationToken.None));
        Assert.Single(factory.Commands, c => c.Contains("PRAGMA optimize", StringComparison.Ordinal));
        var lease = await Lease(factory);
        Assert.Equal(first.InstanceName, lease.LastRunBy);
        Assert.Equal("PRAGMA optimize run", lease.LastOutcome);
        Assert.Equal(PortalFactory.Now.UtcDateTime.AddHours(3), lease.NextRunAtUtc);

        factory.Clock.Advance(TimeSpan.FromHours(3) - TimeSpan.FromSeconds(1));
        Assert.DoesNotContain("sqlite-optimize", await second.RunDueAsync(CancellationToken.None));
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains("sqlite-optimize", await second.RunDueAsync(CancellationToken.None));
        Assert.DoesNotContain("sqlite-optimize", await first.RunDueAsync(CancellationToken.None));
        Assert.Equal(2, factory.Commands.Count(c => c.Contains("PRAGMA optimize", StringComparison.Ordinal)));
        Assert.Equal(second.InstanceName, (await Lease(factory)).LastRunBy);
    }

    private static Task<ScheduledJobLease> Lease(PortalFactory factory) =>
        factory.WithDbAsync(db => db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == "sqlite-optimize"));

    /// <summary>The app with every SQL command it sends to the database recorded.</summary>
    private sealed class RecordingPortalFactory : PortalFactory
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
                services.ConfigureDbContext<CommissioningDbContext>(options => options.AddInterceptors(new Recorder(Commands))));
        }
    }

    private sealed class Recorder(ConcurrentQueue<string> commands) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            commands.Enqueue(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
