using LeedsCommissioning.Domain.Awards;

namespace LeedsCommissioning.Web.Features.Award;

public static class AwardSetup
{
    /// <summary>The award rules from the "AwardRules" section (the standstill, domain.md section 9), falling back to the defaults.</summary>
    public static IServiceCollection AddAward(this IServiceCollection services, IConfiguration configuration)
    {
        var rules = configuration.GetSection("AwardRules").Get<AwardRules>() ?? AwardRules.Default;
        if (rules.StandstillWorkingDays < 1)
        {
            throw new InvalidOperationException("AwardRules:StandstillWorkingDays must be at least 1");
        }

        services.AddSingleton(rules);
        services.AddScoped<AwardEmails>();
        services.AddScoped<Home.IWorkSource, AwardsAwaitingDecision>();
        return services;
    }
}
