namespace LeedsCommissioning.Web.Features.BidOpening;

public sealed record OpenedAttachment(int Id, string FileName, long Length);
