using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeedsCommissioning.Infrastructure.Scheduling;

public static class SchedulingSetup
{
    /// <summary>The runner, and (unless "Scheduling:RunInBackground" is false) its background loop.</summary>
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SchedulingOptions>(configuration.GetSection(SchedulingOptions.Section));
        services.TryAddSingleton<ScheduledJobRunner>();
        if (configuration.GetValue($"{SchedulingOptions.Section}:{nameof(SchedulingOptions.RunInBackground)}", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<ScheduledJobRunner>());
        }

        return services;
    }

    /// <summary>Adds a job: the runner claims and runs it at its interval, on one instance at a time.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new ScheduledJobRegistration(typeof(TJob)));
        return services;
    }
}

/// <summary>A job type the runner knows about.</summary>
public sealed record ScheduledJobRegistration(Type JobType);
