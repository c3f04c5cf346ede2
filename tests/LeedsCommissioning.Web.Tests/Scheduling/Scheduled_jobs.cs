using LeedsCommissioning.Infrastructure.Scheduling;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Scheduling;

/// <summary>
/// The runner every instance runs: a job is claimed in the ScheduledJobs table before it runs, so two instances
/// (here two runners on one database, as two processes would be) never run it at once, it runs again only at its
/// interval, and a lease left by an instance that died lapses.
/// </summary>
public sealed class Scheduled_jobs
{
    [Fact]
    public async Task a_job_claimed_by_one_instance_is_not_run_by_another_until_it_is_due_again()
    {
        using var factory = new GatedJobPortalFactory();
        var first = Runner(factory);
        var second = Runner(factory);

        var running = first.RunDueAsync(CancellationToken.None);
        await factory.Job.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(GatedJob.JobName, await second.RunDueAsync(CancellationToken.None));
        factory.Job.Release.SetResult();
        Assert.Contains(GatedJob.JobName, await running);

        // Finished, but not due again until its interval has passed.
        Assert.DoesNotContain(GatedJob.JobName, await second.RunDueAsync(CancellationToken.None));
        factory.Clock.Advance(GatedJob.Every);
        Assert.Contains(GatedJob.JobName, await second.RunDueAsync(CancellationToken.None));

        Assert.Equal(2, factory.Job.Runs);
        var lease = await Lease(factory);
        Assert.Null(lease.LeaseHolder);
        Assert.Null(lease.LeaseUntilUtc);
        Assert.Equal(second.InstanceName, lease.LastRunBy);
        Assert.Equal("Run 2", lease.LastOutcome);
        Assert.Equal(PortalFactory.Now.UtcDateTime + GatedJob.Every, lease.LastFinishedAtUtc);
        Assert.Equal(PortalFactory.Now.UtcDateTime + GatedJob.Every + GatedJob.Every, lease.NextRunAtUtc);
    }

    [Fact]
    public async Task a_lease_left_by_an_instance_that_died_lapses_and_another_instance_takes_the_job()
    {
        using var factory = new GatedJobPortalFactory();
        factory.Job.Release.SetResult();
        await Runner(factory).RunDueAsync(CancellationToken.None);
        factory.Clock.Advance(GatedJob.Every);
        await factory.WithDbAsync(db => db.ScheduledJobs.Where(j => j.Name == GatedJob.JobName)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseHolder, "web-1:4242:dead00")
                .SetProperty(j => j.LeaseUntilUtc, factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(5))));
        var survivor = Runner(factory);

        Assert.DoesNotContain(GatedJob.JobName, await survivor.RunDueAsync(CancellationToken.None));
        factory.Clock.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(1)));
        Assert.Contains(GatedJob.JobName, await survivor.RunDueAsync(CancellationToken.None));
        Assert.Equal(survivor.InstanceName, (await Lease(factory)).LastRunBy);
    }

    [Fact]
    public async Task a_failing_run_is_recorded_and_the_job_is_tried_again_at_its_interval()
    {
        using var factory = new GatedJobPortalFactory();
        factory.Job.Release.SetResult();
        factory.Job.FailWith = "The SMTP relay refused the connection";
        var runner = Runner(factory);

        await runner.RunDueAsync(CancellationToken.None);

        var lease = await Lease(factory);
        Assert.Equal("Failed: The SMTP relay refused the connection", lease.LastOutcome);
        Assert.Null(lease.LeaseHolder);
        factory.Job.FailWith = null;
        factory.Clock.Advance(GatedJob.Every);
        await runner.RunDueAsync(CancellationToken.None);
        Assert.Equal("Run 2", (await Lease(factory)).LastOutcome);
    }

    private static ScheduledJobRunner Runner(PortalFactory factory) =>
        ActivatorUtilities.CreateInstance<ScheduledJobRunner>(factory.Services);

    private static Task<ScheduledJobLease> Lease(PortalFactory factory) =>
        factory.WithDbAsync(db => db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == GatedJob.JobName));
}

/// <summary>A job that waits until the test lets it finish, and counts its runs.</summary>
public sealed class GatedJob
{
    public const string JobName = "test-gated-job";

    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string? FailWith { get; set; }

    public int Runs { get; set; }

    /// <summary>The job as the runner sees it (scoped, like a real one), sharing this state.</summary>
    public sealed class Registered(GatedJob state) : IScheduledJob
    {
        public string Name => JobName;

        public TimeSpan Interval => Every;

        public async Task<string> RunAsync(CancellationToken cancellationToken)
        {
            state.Runs++;
            state.Started.TrySetResult();
            await state.Release.Task.WaitAsync(cancellationToken);
            return state.FailWith is { } failure ? throw new InvalidOperationException(failure) : $"Run {state.Runs}";
        }
    }
}

/// <summary>The app with <see cref="GatedJob"/> registered beside its own jobs.</summary>
public sealed class GatedJobPortalFactory : PortalFactory
{
    public GatedJob Job { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Job);
            services.AddScheduledJob<GatedJob.Registered>();
        });
    }
}
