namespace LeedsCommissioning.Domain.Providers;

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
