using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record DocumentRow(int Id, DocumentKind Kind, string FileName, long SizeBytes, string UploadedBy, DateTime UploadedAtUtc);
