using System.Globalization;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Infrastructure.Scheduling;

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> when it is due. Every instance runs this loop; a job runs
/// only on the instance that claims its ScheduledJobs row with a conditional UPDATE (due, and nobody's lease
/// current), the same way the e-mail outbox claims a message, so with any number of instances a job runs once
/// per interval. A lease that lapses (its instance died) lets another instance take the job.
/// </summary>
public sealed class ScheduledJobRunner(
    IServiceScopeFactory scopes,
    IEnumerable<ScheduledJobRegistration> registrations,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<ScheduledJobRunner> logger) : BackgroundService
{
    private readonly IReadOnlyList<ScheduledJobRegistration> _jobs = registrations.ToList();

    /// <summary>This process, as recorded in LeaseHolder and LastRunBy.</summary>
    public string InstanceName { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Scheduled jobs could not be read; trying again shortly");
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and runs each job that is due. Returns the names of the jobs this instance ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken)
    {
        var ran = new List<string>();
        foreach (var registration in _jobs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            var job = (IScheduledJob)scope.ServiceProvider.GetRequiredService(registration.JobType);
            var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
            await EnsureRowAsync(db, job.Name, cancellationToken);

            var now = clock.GetUtcNow().UtcDateTime;
            var leaseUntil = now + options.Value.LeaseLength;
            var claimed = await db.ScheduledJobs
                .Where(j => j.Name == job.Name && j.NextRunAtUtc <= now && (j.LeaseUntilUtc == null || j.LeaseUntilUtc < now))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.LeaseHolder, InstanceName)
                    .SetProperty(j => j.LeaseUntilUtc, leaseUntil)
                    .SetProperty(j => j.LastStartedAtUtc, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            string outcome;
            try
            {
                outcome = await job.RunAsync(cancellationToken);
                logger.LogInformation("Scheduled job {Job} ran on {Instance}: {Outcome}", job.Name, InstanceName, outcome);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                outcome = "Failed: " + ex.Message;
                logger.LogError(ex, "Scheduled job {Job} failed on {Instance}", job.Name, InstanceName);
            }

            var finished = clock.GetUtcNow().UtcDateTime;
            var next = finished + job.Interval;
            outcome = outcome.Length > 2000 ? outcome[..2000] : outcome;
            await db.ScheduledJobs
                .Where(j => j.Name == job.Name && j.LeaseHolder == InstanceName)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.LeaseHolder, (string?)null)
                    .SetProperty(j => j.LeaseUntilUtc, (DateTime?)null)
                    .SetProperty(j => j.LastFinishedAtUtc, finished)
                    .SetProperty(j => j.NextRunAtUtc, next)
                    .SetProperty(j => j.LastOutcome, outcome)
                    .SetProperty(j => j.LastRunBy, InstanceName), CancellationToken.None);
            ran.Add(job.Name);
        }

        return ran;
    }

    /// <summary>Adds the job's row, due now, the first time any instance sees it.</summary>
    private async Task EnsureRowAsync(CommissioningDbContext db, string name, CancellationToken cancellationToken)
    {
        if (await db.ScheduledJobs.AnyAsync(j => j.Name == name, cancellationToken))
        {
            return;
        }

        var row = new ScheduledJobLease { Name = name, NextRunAtUtc = clock.GetUtcNow().UtcDateTime };
        db.ScheduledJobs.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance added it at the same moment: theirs will do.
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
