namespace LeedsCommissioning.Domain.Evaluation;

/// <summary>What a line of a score sheet scores: the answer to a quality question, or the commitment to a social value criterion.</summary>
public enum ScoreItemKind
{
    Quality = 1,
    SocialValue = 2,
}

/// <summary>One answer a panel member scores: a quality question (its id) or a social value criterion (its id).</summary>
public sealed record ScoreItem(ScoreItemKind Kind, int ItemId);
