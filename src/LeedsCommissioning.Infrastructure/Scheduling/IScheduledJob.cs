namespace LeedsCommissioning.Infrastructure.Scheduling;

/// <summary>
/// Work that must happen once across every instance, again and again at an interval (reminders, notices due,
/// returns due). Register one with <see cref="SchedulingSetup.AddScheduledJob{TJob}"/>; it is resolved in a scope
/// of its own for each run, after <see cref="ScheduledJobRunner"/> has claimed it in the database. A run must be
/// safe to repeat: if an instance dies part-way, another runs the job again when the lease lapses, so a job
/// records what it has done (e.g. a "sent at" column claimed with a conditional UPDATE) in the same transaction
/// as the work.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Its key in the ScheduledJobs table: short, lower case, hyphenated, never changed once shipped.</summary>
    string Name { get; }

    /// <summary>How long after a run finishes the job is due again.</summary>
    TimeSpan Interval { get; }

    /// <summary>Does the work due now. Returns a one-line summary kept as the run's outcome.</summary>
    Task<string> RunAsync(CancellationToken cancellationToken);
}
