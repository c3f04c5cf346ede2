using LeedsCommissioning.Infrastructure.Scheduling;

namespace LeedsCommissioning.Web.Features.Reminders;

public static class RemindersSetup
{
    /// <summary>The reminders job, its options ("Reminders") and this feature's own reminder sources (issue 14).</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddScheduledJob<RemindersJob>();
        services.AddScoped<IReminderSource, ExtensionDecisionReminders>();
        services.AddScoped<IReminderSource, CompactNoticeReminders>();
        services.AddScoped<Home.IWorkSource, ContractDecisionsDue>();
        return services;
    }
}
