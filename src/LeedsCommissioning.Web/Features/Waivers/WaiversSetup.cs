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

        services.AddSingleton(rules);
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

/// <summary>
/// PDFsharp on Linux finds no fonts of its own: this serves Liberation Sans 2.1 (SIL Open Font License 1.1,
/// from Debian's fonts-liberation2; metric-compatible with Arial, the portal's font) embedded in this
/// assembly, so the PDF renders the same on any machine with only the .NET runtime.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "Liberation Sans";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "LiberationSans-Bold" : "LiberationSans-Regular");

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
