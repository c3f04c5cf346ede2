namespace LeedsCommissioning.Domain.Performance;

/// <summary>
/// The four ratings of a key performance indicator under the Procurement Act 2023 (issue 15: "good, approaching target,
/// requires improvement, inadequate"), given each contract year and published in the contract performance notice (UK9).
/// </summary>
public enum PerformanceRating
{
    Good = 0,
    ApproachingTarget = 1,
    RequiresImprovement = 2,
    Inadequate = 3,
}

/// <summary>What a recorded <see cref="PerformanceFailure"/> is.</summary>
public enum PerformanceFailureKind
{
    /// <summary>A breach of the contract.</summary>
    Breach = 0,

    /// <summary>Persistent poor performance.</summary>
    PersistentPoorPerformance = 1,
}

public static class PerformanceNames
{
    public static string ToDisplayName(this PerformanceRating rating) => rating switch
    {
        PerformanceRating.Good => "Good",
        PerformanceRating.ApproachingTarget => "Approaching target",
        PerformanceRating.RequiresImprovement => "Requires improvement",
        PerformanceRating.Inadequate => "Inadequate",
        _ => rating.ToString(),
    };

    /// <summary>The GOV.UK tag colour for a rating.</summary>
    public static string TagClass(this PerformanceRating rating) => rating switch
    {
        PerformanceRating.Good => "govuk-tag--green",
        PerformanceRating.ApproachingTarget => "govuk-tag--yellow",
        PerformanceRating.RequiresImprovement => "govuk-tag--orange",
        _ => "govuk-tag--red",
    };

    public static string ToDisplayName(this PerformanceFailureKind kind) => kind switch
    {
        PerformanceFailureKind.Breach => "Breach of contract",
        PerformanceFailureKind.PersistentPoorPerformance => "Persistent poor performance",
        _ => kind.ToString(),
    };
}
