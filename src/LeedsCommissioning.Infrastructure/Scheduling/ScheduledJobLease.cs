namespace LeedsCommissioning.Infrastructure.Scheduling;

/// <summary>
/// One row per scheduled job (table ScheduledJobs): when it is next due, which instance holds it now and until
/// when, and how its last run went. An instance runs a job only after claiming this row with a conditional
/// UPDATE (see <see cref="ScheduledJobRunner"/>), so however many instances run, one runs a job at a time.
/// </summary>
public sealed class ScheduledJobLease
{
    /// <summary>The job's <see cref="IScheduledJob.Name"/>; the key.</summary>
    public string Name { get; set; } = "";

    /// <summary>The job may run (again) from this instant.</summary>
    public DateTime NextRunAtUtc { get; set; }

    /// <summary>The instance running the job now (host name, process id and a random part); null when nobody is.</summary>
    public string? LeaseHolder { get; set; }

    /// <summary>When the holder's claim lapses: another instance may take the job after this, if the holder died.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    public DateTime? LastStartedAtUtc { get; set; }

    public DateTime? LastFinishedAtUtc { get; set; }

    /// <summary>The last run's summary ("3 reminders queued"), or "Failed: " and the error.</summary>
    public string? LastOutcome { get; set; }

    /// <summary>Which instance ran it last.</summary>
    public string? LastRunBy { get; set; }
}
