namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>A quality question as pages show it; <paramref name="IsPresentation"/> for a presentation or interview (no written answer).</summary>
public sealed record QualityQuestionRow(int Id, int Number, string Text, int Weight, int WordLimit, string? Scorers, bool IsPresentation = false);
