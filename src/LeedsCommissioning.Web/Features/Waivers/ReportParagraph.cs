namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>A paragraph of the report, with the template's label ("4.3.3", "a)") or none.</summary>
public sealed record ReportParagraph(string? Label, string Text);
