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
        // What waits for officers, providers and panel members on their home page (issue 15).
        services.AddScoped<Home.IWorkSource, Clarifications.QuestionsWaiting>();
        services.AddScoped<Home.IWorkSource, Clarifications.AnswersToYourQuestions>();
        services.AddScoped<Home.IWorkSource, Procurement.OpportunitiesClosing>();
        services.AddScoped<Home.IWorkSource, Opening.ReadyToOpen>();
        services.AddScoped<Home.IWorkSource, Bids.DraftBids>();
        services.AddScoped<Home.IWorkSource, Scoring.ScoringDue>();
        services.AddScheduledJob<BidDeadlineReminders>();
        return services;
    }
}
