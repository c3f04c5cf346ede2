namespace LeedsCommissioning.Infrastructure.Scheduling;

/// <summary>The "Scheduling" configuration section.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Run scheduled jobs in this process (default on). Tests switch it off and run jobs themselves.</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>How often the runner looks for a job that is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an instance holds a job it claimed. A run must finish within it; if the instance dies, another
    /// takes the job once it lapses.
    /// </summary>
    public TimeSpan LeaseLength { get; set; } = TimeSpan.FromMinutes(5);
}
