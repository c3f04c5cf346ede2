namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>A published question and answer: deliberately without who asked.</summary>
public sealed record PublishedAnswerRow(string Question, string Answer, DateTime AnsweredAtUtc);
