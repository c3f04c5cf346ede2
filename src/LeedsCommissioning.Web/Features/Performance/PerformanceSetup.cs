using LeedsCommissioning.Domain.Performance;

namespace LeedsCommissioning.Web.Features.Performance;

public static class PerformanceSetup
{
    /// <summary>
    /// The dated key performance indicator rule from the "PerformanceRules" section (domain.md section 9: dated
    /// configuration; the seeded Procurement Act 2023 requirement when none is given), and the decision maker's home page
    /// work: variations awaiting a decision.
    /// </summary>
    public static IServiceCollection AddPerformance(this IServiceCollection services, IConfiguration configuration)
    {
        var rules = configuration.GetSection(PerformanceRules.Section).Get<PerformanceRules>() ?? PerformanceRules.Default;
        if (rules.KpiRequirements.Count == 0)
        {
            rules.KpiRequirements = PerformanceRules.DefaultRequirements.ToList();
        }

        services.AddSingleton(rules);
        services.AddScoped<Home.IWorkSource, ChangeDecisionWork>();
        return services;
    }
}
