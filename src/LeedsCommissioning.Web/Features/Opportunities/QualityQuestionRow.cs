namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed record QualityQuestionRow(int Id, int Number, string Text, int Weight, int WordLimit, string? Scorers);
