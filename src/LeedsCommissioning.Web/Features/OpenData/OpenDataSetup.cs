namespace LeedsCommissioning.Web.Features.OpenData;

public static class OpenDataSetup
{
    /// <summary>The OCDS export (issue 15, "Exports and open data"): its options, checked at start-up, and its reader.</summary>
    public static IServiceCollection AddOpenData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenDataOptions>().Bind(configuration.GetSection(OpenDataOptions.Section))
            .Validate(o => OcdsQualityChecks.IsWellFormedPrefix(o.OcidPrefix), "OpenData:OcidPrefix must be \"ocds-\" and six letters or digits")
            .Validate(o => o.PageSize is >= 1 and <= 1000, "OpenData:PageSize must be between 1 and 1000")
            .Validate(o => o.ChecksWaitSeconds is >= 0 and <= 600, "OpenData:ChecksWaitSeconds must be between 0 and 600")
            .ValidateOnStart();
        services.AddScoped<OcdsReleases>();
        services.AddSingleton<KeptOpenDataChecks>(); // the checks page's findings, kept per version of the data
        return services;
    }
}
