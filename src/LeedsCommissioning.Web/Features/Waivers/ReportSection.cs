namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>
/// A heading of the report and the paragraphs under it. <see cref="Level"/> 1 is a section ("Summary", "1. Purpose of
/// this report"), 2 a sub-section ("Main issues", "4.1 Consultation and engagement"), 3 a sub-heading inside one
/// ("Climate Emergency"). <see cref="Footnote"/> is the template's footnote on a heading (section 7).
/// </summary>
public sealed record ReportSection(int Level, string Heading, IReadOnlyList<ReportParagraph> Paragraphs, string? Footnote = null);
