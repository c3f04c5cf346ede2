namespace LeedsCommissioning.Domain.Providers;

/// <summary>A CQC-registered location's overall rating (domain.md section 7).</summary>
public enum CqcRating
{
    NotYetRated = 0,
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}
