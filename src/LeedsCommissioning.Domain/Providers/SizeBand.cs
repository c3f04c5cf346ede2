using System.Linq.Expressions;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Providers;

/// <summary>
/// Size of an organisation by annual income, using NCVO's income bands (domain.md section 2: "micro under
/// £10,000; small £10,000 to £100,000; medium £100,000 to £1m; large £1m to £10m; major over £10m").
/// The sources give no bands; the figures are configuration (<see cref="SizeBands.Configure"/>).
/// </summary>
public enum SizeBand
{
    Micro = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
    Major = 4,
}

/// <summary>The lower bound of each band above micro, in pounds a year (inclusive).</summary>
public sealed record SizeBandThresholds(decimal SmallFrom, decimal MediumFrom, decimal LargeFrom, decimal MajorFrom)
{
    /// <summary>NCVO's bands (domain.md section 2), the seeded configuration.</summary>
    public static SizeBandThresholds Ncvo { get; } = new(10_000m, 100_000m, 1_000_000m, 10_000_000m);

    /// <summary>Throws unless every bound is positive and each is above the one before.</summary>
    public SizeBandThresholds Validated()
    {
        if (SmallFrom <= 0 || MediumFrom <= SmallFrom || LargeFrom <= MediumFrom || MajorFrom <= LargeFrom)
        {
            throw new InvalidOperationException(
                $"Size band thresholds must rise: small from {SmallFrom}, medium from {MediumFrom}, large from {LargeFrom}, major from {MajorFrom}.");
        }

        return this;
    }
}

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
