namespace LeedsCommissioning.Domain.Providers;

/// <summary>The band thresholds, in one place. Lower bounds are inclusive.</summary>
public static class SizeBands
{
    /// <summary>Income from which an organisation is small (below it: micro).</summary>
    public const decimal SmallFrom = 10_000m;

    /// <summary>Income from which an organisation is medium.</summary>
    public const decimal MediumFrom = 100_000m;

    /// <summary>Income from which an organisation is large (£1 million).</summary>
    public const decimal LargeFrom = 1_000_000m;

    /// <summary>The band for an annual income in pounds, or null when the income is not known.</summary>
    public static SizeBand? For(decimal? annualIncome) => annualIncome switch
    {
        null => null,
        < SmallFrom => SizeBand.Micro,
        < MediumFrom => SizeBand.Small,
        < LargeFrom => SizeBand.Medium,
        _ => SizeBand.Large,
    };

    /// <summary>Micro and small organisations count as "small" for Keep it Local figures.</summary>
    public static bool IsSmall(SizeBand? band) => band is SizeBand.Micro or SizeBand.Small;
}
