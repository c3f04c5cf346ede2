namespace LeedsCommissioning.Domain.Evaluation;

/// <summary>
/// The scale each quality and social value answer is scored on: 0 to 5, each point with the council's descriptor
/// (issue 13: "0 to 5 with the council's descriptors: unacceptable, poor, satisfactory, good, very good, excellent").
/// The sources give no longer wording for the points, so none is written here (docs/domain.md, "Evaluation").
/// </summary>
public static class ScoreScale
{
    public const int Lowest = 0;
    public const int Highest = 5;

    public static IReadOnlyList<(int Score, string Descriptor)> Points { get; } =
    [
        (0, "Unacceptable"), (1, "Poor"), (2, "Satisfactory"), (3, "Good"), (4, "Very good"), (5, "Excellent"),
    ];

    public static bool IsOnScale(int score) => score is >= Lowest and <= Highest;

    /// <summary>"3 (Good)".</summary>
    public static string Describe(int score) => IsOnScale(score)
        ? $"{score} ({Points[score].Descriptor})"
        : throw new ArgumentOutOfRangeException(nameof(score), score, "Scores run from 0 to 5");
}
