namespace LeedsCommissioning.Domain.Monitoring;

/// <summary>
/// A measure's year to date (docs/domain.md "Monitoring"): the quarters reported so far in the financial year added up
/// (<see cref="MeasureAggregation.Total"/>, against the quarterly target times the quarters reported) or averaged
/// (<see cref="MeasureAggregation.Average"/>, against the quarterly target), and whether that is on track given which way
/// is better. No figures yet: no verdict.
/// </summary>
public sealed record MeasureProgress(int QuartersReported, decimal? YearToDate, decimal Target, bool? OnTrack)
{
    public static MeasureProgress YearToDateOf(
        MeasureAggregation aggregation, MeasureDirection direction, decimal quarterlyTarget, IEnumerable<decimal?> quarterFigures)
    {
        var figures = quarterFigures.Where(f => f is not null).Select(f => f!.Value).ToList();
        if (figures.Count == 0)
        {
            return new MeasureProgress(0, null, aggregation == MeasureAggregation.Total ? 0 : quarterlyTarget, null);
        }

        var (value, target) = aggregation == MeasureAggregation.Total
            ? (figures.Sum(), quarterlyTarget * figures.Count)
            : (Math.Round(figures.Average(), 2, MidpointRounding.AwayFromZero), quarterlyTarget);
        return new MeasureProgress(figures.Count, value, target, IsOnTrack(direction, value, target));
    }

    /// <summary>On track: at or above the target when higher is better, at or below it when lower is better.</summary>
    public static bool IsOnTrack(MeasureDirection direction, decimal value, decimal target) =>
        direction == MeasureDirection.HigherIsBetter ? value >= target : value <= target;
}
