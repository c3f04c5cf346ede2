using System.Globalization;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Opportunities;

public static class OpportunitiesSetup
{
    public static IServiceCollection AddOpportunities(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OpportunityOptions>(configuration.GetSection(OpportunityOptions.Section));
        services.AddSingleton(sp => new PublicationRules(sp.GetRequiredService<IOptions<OpportunityOptions>>().Value.Thresholds
            .Select(t => new DatedThreshold(t.Kind, DateOnly.ParseExact(t.From, "yyyy-MM-dd", CultureInfo.InvariantCulture), t.Amount, t.Source))));
        services.AddSingleton<OpenOpportunities>();
        services.AddScoped<KeepItLocalFigures>();
        services.AddScoped<OpportunityEmails>();
        services.AddScheduledJob<BidDeadlineReminders>();
        return services;
    }
}
