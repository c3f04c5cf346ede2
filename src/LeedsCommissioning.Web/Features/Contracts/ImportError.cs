namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>One problem in an import file: the spreadsheet row (the header is row 1), the column and what is wrong.</summary>
public sealed record ImportError(int Row, string Column, string Message);
