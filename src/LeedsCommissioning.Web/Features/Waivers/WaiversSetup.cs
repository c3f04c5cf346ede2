using LeedsCommissioning.Domain.Decisions;
using PdfSharp.Fonts;

namespace LeedsCommissioning.Web.Features.Waivers;

public static class WaiversSetup
{
    private static readonly Lock FontLock = new();
    private static bool _fontResolverSet;

    /// <summary>
    /// Decision rules from the "DecisionRules" section (domain.md sections 1, 3 and 9: thresholds are configuration),
    /// falling back to the seeded defaults; and the PDF font resolver.
    /// </summary>
    public static IServiceCollection AddWaivers(this IServiceCollection services, IConfiguration configuration)
    {
        var rules = configuration.GetSection("DecisionRules").Get<DecisionRules>() ?? DecisionRules.Default;
        if (rules.ProcurementThresholds.Count == 0)
        {
            rules.ProcurementThresholds = DecisionRules.DefaultThresholds.ToList();
        }

        if (rules.BankHolidayChanges.Count == 0)
        {
            rules.BankHolidayChanges = BankHolidays.DefaultChanges.ToList();
        }

        services.AddSingleton(rules);
        services.AddScoped<Home.IWorkSource, WaiversAwaitingDecision>();
        lock (FontLock)
        {
            // PDFsharp's font resolver is process-wide and may be set once.
            if (!_fontResolverSet)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
                _fontResolverSet = true;
            }
        }

        return services;
    }
}
