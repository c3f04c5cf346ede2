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

    /// <summary>The heading of the success notification banner, if the page shows one.</summary>
    public static string? SuccessBanner(this IDocument document) =>
        document.QuerySelector(".govuk-notification-banner--success .govuk-notification-banner__heading")?.TextContent.Trim();

    /// <summary>A page-level error (one not tied to a field), as the layout shows TempData["Error"].</summary>
    public static string? PageError(this IDocument document) =>
        document.QuerySelector(".govuk-error-summary .govuk-error-summary__body p")?.TextContent.Trim();

    /// <summary>The texts of the service navigation's links.</summary>
    public static IReadOnlyList<string> ServiceNavigation(this IDocument document) =>
        document.QuerySelectorAll(".govuk-service-navigation__list .govuk-service-navigation__link").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>The texts of the section's sub-navigation on a section's list page ("Contracts section"), empty if none.</summary>
    public static IReadOnlyList<string> SectionNavigation(this IDocument document) =>
        document.QuerySelectorAll("nav.moj-sub-navigation[aria-label$=' section'] .moj-sub-navigation__link").Select(a => a.TextContent.Trim()).ToList();
}

public static class UriExtensions
{
    /// <summary>A redirect's path and query, whether the app sent it absolute or relative.</summary>
    public static string PathAndQueryOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
