using AngleSharp.Dom;

namespace LeedsCommissioning.Web.Tests.Infrastructure;

public static class DocumentExtensions
{
    /// <summary>The GOV.UK error summary's messages, in order.</summary>
    public static IReadOnlyList<string> ErrorSummary(this IDocument document) =>
        document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>The message shown beside the field with <paramref name="id"/>.</summary>
    public static string? FieldError(this IDocument document, string id) =>
        document.GetElementById(id + "-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();

    public static string? Value(this IDocument document, string id) => document.GetElementById(id)?.GetAttribute("value");

    public static string Heading(this IDocument document) => document.QuerySelector("h1")?.TextContent.Trim() ?? "";
}
