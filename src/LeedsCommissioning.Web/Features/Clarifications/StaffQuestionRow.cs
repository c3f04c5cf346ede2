namespace LeedsCommissioning.Web.Features.Clarifications;

public sealed record StaffQuestionRow(int Id, string Text, string AskedBy, DateTime AskedAtUtc, string? Answer, DateTime? AnsweredAtUtc);
