namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>
/// The "Decommissioning" configuration section. The exit plan's task list is configurable (domain.md section 5: TUPE,
/// records and communications are good practice the MPS and the LCC toolkit name, not a list the sources give).
/// </summary>
public sealed class DecommissioningOptions
{
    public const string Section = "Decommissioning";

    public static IReadOnlyList<string> DefaultExitTasks => Domain.Decommissioning.DecommissioningCase.DefaultExitTasks;

    /// <summary>The tasks every new case's exit plan starts with (config "Decommissioning:ExitTasks").</summary>
    public List<string> ExitTasks { get; set; } = [];
}

public static class DecommissioningSetup
{
    /// <summary>The exit plan's task list from configuration (the seeded list when none is given), and the overdue exit task reminders.</summary>
    public static IServiceCollection AddDecommissioning(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DecommissioningOptions.Section).Get<DecommissioningOptions>() ?? new DecommissioningOptions();
        if (options.ExitTasks.Count == 0)
        {
            options.ExitTasks = DecommissioningOptions.DefaultExitTasks.ToList();
        }

        services.AddSingleton(options);
        services.AddScoped<Reminders.IReminderSource, ExitTaskReminders>();
        services.AddScoped<Home.IWorkSource, DecisionsAwaiting>();
        return services;
    }
}
