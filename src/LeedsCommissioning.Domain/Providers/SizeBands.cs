using System.Linq.Expressions;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Providers;

/// <summary>
/// The one definition of an organisation's size and of "small" (domain.md sections 2 and 3): Keep it Local
/// figures, the social value library, filters and screens all ask here. A small organisation is micro or small.
/// </summary>
public static class SizeBands
{
    private static SizeBandThresholds _current = SizeBandThresholds.Ncvo;

    /// <summary>The bands in force: configuration ("Organisations:SizeBands"), NCVO's by default.</summary>
    public static SizeBandThresholds Current => _current;

    /// <summary>Sets the bands from configuration, once at start-up.</summary>
    public static void Configure(SizeBandThresholds thresholds) => _current = thresholds.Validated();

    /// <summary>The bands that count as a small organisation: micro and small.</summary>
    public static IReadOnlyList<SizeBand> SmallBands { get; } = [SizeBand.Micro, SizeBand.Small];

    /// <summary>Income below which an organisation is small (micro or small): the lower bound of medium.</summary>
    public static decimal SmallBelow => _current.MediumFrom;

    /// <summary>The band for an annual income in pounds, or null when the income is not known.</summary>
    public static SizeBand? For(decimal? annualIncome)
    {
        var t = _current;
        return annualIncome switch
        {
            null => null,
            { } i when i < t.SmallFrom => SizeBand.Micro,
            { } i when i < t.MediumFrom => SizeBand.Small,
            { } i when i < t.LargeFrom => SizeBand.Medium,
            { } i when i < t.MajorFrom => SizeBand.Large,
            _ => SizeBand.Major,
        };
    }

    /// <summary>Whether a band is a small organisation (micro or small).</summary>
    public static bool IsSmall(SizeBand? band) => band is SizeBand.Micro or SizeBand.Small;

    /// <summary>Small and Leeds-based: a provider whose shares count towards Keep it Local figures.</summary>
    public static bool IsSmallAndLocal(bool isLeedsBased, SizeBand? band) => isLeedsBased && IsSmall(band);

    /// <summary>Whether an organisation with this income is small; unknown income is not.</summary>
    public static bool IsSmallIncome(decimal? annualIncome) => IsSmall(For(annualIncome));

    /// <summary><see cref="IsSmall"/> for a stored band, as an expression a database query can run.</summary>
    public static Expression<Func<Provider, bool>> IsSmallProvider { get; } =
        p => p.SizeBand == SizeBand.Micro || p.SizeBand == SizeBand.Small;

    /// <summary><see cref="Provider.IsSmallAndLocal"/> as an expression a database query can run.</summary>
    public static Expression<Func<Provider, bool>> IsSmallAndLocalProvider { get; } =
        p => p.IsLeedsBased && (p.SizeBand == SizeBand.Micro || p.SizeBand == SizeBand.Small);

    /// <summary>"Small (£10,000 to £99,999)": the band with the configured figures.</summary>
    public static string Describe(SizeBand band)
    {
        var t = _current;
        static decimal Below(decimal bound) => decimal.Truncate(bound) == bound ? bound - 1m : bound - 0.01m;
        return band switch
        {
            SizeBand.Micro => $"Micro (under {Money.Text(t.SmallFrom)})",
            SizeBand.Small => $"Small ({Money.Text(t.SmallFrom)} to {Money.Text(Below(t.MediumFrom))})",
            SizeBand.Medium => $"Medium ({Money.Text(t.MediumFrom)} to {Money.Text(Below(t.LargeFrom))})",
            SizeBand.Large => $"Large ({Money.Text(t.LargeFrom)} to {Money.Text(Below(t.MajorFrom))})",
            SizeBand.Major => $"Major ({Money.Text(t.MajorFrom)} or more)",
            _ => band.ToString(),
        };
    }
}
