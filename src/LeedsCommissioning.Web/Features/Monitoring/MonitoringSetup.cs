using LeedsCommissioning.Infrastructure.Scheduling;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Features.Reminders;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>The "Monitoring" configuration section (issue 15; docs/domain.md "Monitoring").</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>A quarter's return is due this many days after the quarter's last day.</summary>
    public int ReturnDueDays { get; set; } = 30;

    /// <summary>A return not yet submitted is "due soon" (reminded, and on the provider's home page) from this many days before it is due.</summary>
    public int DueSoonDays { get; set; } = 14;
}

public static class MonitoringSetup
{
    /// <summary>The options, the job that opens each quarter's returns, the return reminders and the home page's work.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MonitoringOptions.Section).Get<MonitoringOptions>() ?? new MonitoringOptions();
        services.AddSingleton(options);
        services.AddScoped<MonitoringListRows>();
        services.AddSingleton<KeptMonitoringLists>(); // staff's list kept per version of the data (MonitoringListRows)
        services.AddScheduledJob<MonitoringReturnsJob>();
        services.AddScoped<IReminderSource, MonitoringReturnReminders>();
        services.AddScoped<IWorkSource, ReturnsDueWork>();
        services.AddScoped<IWorkSource, ReturnsToReviewWork>();
        services.AddSingleton<KeptReturnsToReview>(); // each reviewer's returns to review, kept per version of the data (ReturnsToReviewWork)
        return services;
    }
}
