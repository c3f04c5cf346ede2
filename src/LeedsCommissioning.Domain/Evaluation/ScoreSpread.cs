namespace LeedsCommissioning.Domain.Evaluation;

/// <summary>
/// How far the panel's submitted scores for one answer are apart: the lowest, the highest and the difference,
/// shown beside the individual scores so the chair's moderation can start from them (issue 13, "the spread of
/// individual scores is shown").
/// </summary>
public sealed record ScoreSpread(int Count, int Lowest, int Highest)
{
    public int Range => Highest - Lowest;

    /// <summary>Null when nobody has submitted a score for the answer.</summary>
    public static ScoreSpread? Of(IEnumerable<int> scores)
    {
        var list = scores.ToList();
        return list.Count == 0 ? null : new ScoreSpread(list.Count, list.Min(), list.Max());
    }
}
