namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed record NoticeRow(int Number, string Text, DateTime PublishedAtUtc);
