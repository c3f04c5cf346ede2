namespace LeedsCommissioning.Domain.Opportunities;

public sealed record BidQuestionRule(int QuestionId, int Number, int WordLimit);
