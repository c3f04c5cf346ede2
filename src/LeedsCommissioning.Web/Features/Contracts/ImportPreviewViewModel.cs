namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record ImportPreviewViewModel(string FileName, ImportResult Result, string? Upload);
