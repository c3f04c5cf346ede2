using LeedsCommissioning.Web.Features.Reminders;

namespace LeedsCommissioning.Web.Features.Pipeline;

public static class PipelineSetup
{
    /// <summary>
    /// The renewals pipeline (issue 14): its reminder source. The <c>RenewalRules</c> it reads are bound once from the
    /// "Renewals" section by the web setup.
    /// </summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<IReminderSource, RenewalDecisionReminders>();
        return services;
    }
}
