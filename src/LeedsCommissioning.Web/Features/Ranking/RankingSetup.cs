using LeedsCommissioning.Domain.Evaluation;

namespace LeedsCommissioning.Web.Features.Ranking;

public static class RankingSetup
{
    /// <summary>
    /// Evaluation rules from the "EvaluationRules" section (issue 13: the price formula and the abnormally low
    /// percentage are configurable), falling back to the defaults.
    /// </summary>
    public static IServiceCollection AddRanking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("EvaluationRules").Get<EvaluationRules>() ?? EvaluationRules.Default);
        return services;
    }
}
