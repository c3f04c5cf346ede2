namespace LeedsCommissioning.Web.Features.Dashboard;

public static class DashboardSetup
{
    /// <summary>The dashboards (issue 15): their one query class and their settings (section "Dashboard").</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.Section))
            .Validate(o => o.SmallAndLocalShareAim is >= 0m and <= 100m, "Dashboard:SmallAndLocalShareAim must be a percentage from 0 to 100")
            .Validate(o => o.YearsBack is >= 0 and <= 30, "Dashboard:YearsBack must be from 0 to 30")
            .ValidateOnStart();
        services.AddScoped<DashboardQueries>();
        services.AddSingleton<KeptDashboards>(); // figures kept per version of the data (DashboardQueries)
        return services;
    }
}
