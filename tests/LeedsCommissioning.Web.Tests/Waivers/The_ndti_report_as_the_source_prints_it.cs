using AngleSharp.Dom;
using LeedsCommissioning.Web.Tests.Infrastructure;
using static LeedsCommissioning.Web.Tests.Waivers.WaiverTestData;

namespace LeedsCommissioning.Web.Tests.Waivers;

/// <summary>
/// Issue 11's acceptance test: "a person walking the NDTi waiver's printed report beside the source finds no
/// difference". The seeded NDTi waiver's printed report (GET /waivers/{id}/report) is read block by block and compared
/// with the Waiver report (sources/cpr-waiver-report-ndti.txt) block by block: header, the boxes on the front, then
/// every heading and every paragraph with its label, in order. The portal's record of the decision and Appendix 1,
/// which the source does not print, follow the template's part and are checked separately.
/// </summary>
[Collection("Waivers")]
public sealed class The_ndti_report_as_the_source_prints_it(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly WaiverReportSource Source = WaiverReportSource.Load();

    [Fact]
    public async Task the_header_lines_are_the_sources()
    {
        var report = await Report();

        var lines = new[] { report.QuerySelector("h1")!.TextContent }
            .Concat(report.QuerySelectorAll(".app-report__line").Select(l => l.TextContent))
            .Select(WaiverReportSource.Normalise).ToList();

        Assert.Equal(
            [
                "Report of Deputy Director, Integrated Commissioning",
                "Report to Director of Adults and Health",
                "Date: 30/10/19",
                "Subject: Request to waive Contract Procedure Rules 8.1 and 8.2 to enter into a direct contract with the National Development Team for Inclusion to take part in ‘The Art of Commissioning’ Programme.",
            ],
            Source.HeaderLines);
        Assert.Equal(Source.HeaderLines, lines);
    }

    [Fact]
    public async Task the_questions_are_worded_and_answered_as_the_source()
    {
        var report = await Report();

        var questions = report.QuerySelectorAll(".app-report__questions tbody tr").Select(r => (
            WaiverReportSource.Normalise(r.QuerySelector(".app-report__question")!.TextContent),
            WaiverReportSource.Normalise(r.QuerySelector(".app-report__answer")!.TextContent).Replace("Answer: ", "", StringComparison.Ordinal))).ToList();

        Assert.Equal(5, Source.Questions.Count);
        Assert.Contains(("Will the decision be open for call-in?", "No"), Source.Questions);
        Assert.Contains(("Are there implications for equality and diversity and cohesion and integration?", "No"), Source.Questions);
        Assert.Equal(Source.Questions, questions);
    }

    [Fact]
    public async Task every_heading_and_numbered_paragraph_is_the_sources_in_the_sources_order()
    {
        var report = await Report();

        var printed = TemplateBlocks(report);

        // The source itself, so a parser fault cannot make the comparison empty.
        Assert.Equal(59, Source.Body.Count);
        Assert.Contains(("4.3.3", "There are no specific climate emergency issues to be considered as part of this decision. However, there could be significant future benefits obtained from the work undertaken through ensuring that climate concerns are considered throughout the process. These could include that services commissioned in the future, for example Home Care, could reduce the dependency on transport by working more locally."), Source.Body);
        Assert.Contains(("#", "Climate Emergency"), Source.Body);
        for (var i = 0; i < Math.Min(Source.Body.Count, printed.Count); i++)
        {
            Assert.Equal(Source.Body[i], printed[i]);
        }

        Assert.Equal(Source.Body.Count, printed.Count);
    }

    [Fact]
    public async Task the_background_documents_footnote_is_the_sources()
    {
        var report = await Report();

        var footnote = WaiverReportSource.Normalise(report.QuerySelector(".app-report__footnote")!.TextContent);

        Assert.StartsWith("The background documents listed in this section", Source.Footnote, StringComparison.Ordinal);
        Assert.Equal("1 " + Source.Footnote, footnote);
    }

    [Fact]
    public async Task the_screening_is_appendix_1_and_the_decision_follows_the_report()
    {
        var report = await Report();

        var headings = report.QuerySelectorAll("h2").Select(h => WaiverReportSource.Normalise(h.TextContent)).ToList();
        var decision = report.QuerySelectorAll(".app-report__header tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());

        Assert.Equal("Appendix 1: Equality impact assessment screening", headings[^2]);
        Assert.Equal("Decision", headings[^1]);
        Assert.Equal("Approved", decision["Decision"]);
        Assert.Equal("30 October 2019", decision["Date of decision"]);
        Assert.Equal("This is a significant operational decision and is not open for call-in.", decision["Call-in"]);
    }

    [Fact]
    public async Task whether_the_executive_member_was_briefed_is_stored_but_not_printed()
    {
        var id = await NdtiId(factory);
        var report = await Report();

        Assert.True((await Load(factory, id)).Decision.ExecutiveMemberBriefed);
        Assert.DoesNotContain("briefed", report.TextContent.Replace(
            "The Executive Member for Health, Wellbeing and Adults has been briefed on this decision.", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task the_pdf_carries_the_same_header_questions_headings_and_paragraphs_in_the_same_order()
    {
        var client = await PortalClient.SignedInAsync(factory, Commissioner);

        var bytes = await client.Http.GetByteArrayAsync($"/waivers/{await NdtiId(factory)}/report.pdf");

        // The PDF's text in drawing order (PdfPig reads it back through the fonts' ToUnicode maps).
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = WaiverReportSource.Normalise(string.Join(' ', pdf.GetPages().Select(DrawnText)));
        var expected = Source.HeaderLines
            .Concat(Source.Questions.Select(q => q.Question))
            .Concat(Source.Body.Select(b => b.Label is "#" or "" ? b.Text : b.Label + " " + b.Text))
            .Append(Source.Footnote);
        var position = 0;
        foreach (var block in expected)
        {
            var at = text.IndexOf(block, position, StringComparison.Ordinal);
            Assert.True(at >= 0, $"The PDF does not carry, after what came before it: {block}\nIt reads on: {text[position..Math.Min(text.Length, position + 400)]}");
            position = at + block.Length;
        }
    }

    /// <summary>A page's letters in the order they were drawn, with a space wherever the pen moved to a new line or jumped ahead.</summary>
    private static string DrawnText(UglyToad.PdfPig.Content.Page page)
    {
        var text = new System.Text.StringBuilder();
        UglyToad.PdfPig.Content.Letter? previous = null;
        foreach (var letter in page.Letters)
        {
            if (previous is not null
                && (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.5
                    || letter.StartBaseLine.X < previous.EndBaseLine.X - 0.5
                    || letter.StartBaseLine.X - previous.EndBaseLine.X > 2))
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            previous = letter;
        }

        // The page number in the footer is furniture, drawn last on each page: leave it out of the running text.
        return System.Text.RegularExpressions.Regex.Replace(text.ToString(), @"\s*Page \d+\s*$", "");
    }

    /// <summary>The report's own part of the page, as (label, text) blocks: headings as "#", up to Appendix 1 or the decision.</summary>
    private static List<(string Label, string Text)> TemplateBlocks(IElement report)
    {
        var blocks = new List<(string, string)>();
        foreach (var element in report.QuerySelectorAll("h2, h3, h4, p.app-report__paragraph"))
        {
            if (element.LocalName is "h2" or "h3" or "h4")
            {
                var heading = WaiverReportSource.Normalise(string.Concat(
                    element.ChildNodes.Where(n => n is not IElement { LocalName: "sup" }).Select(n => n.TextContent)));
                if (element.ClassList.Contains("app-report__decision") || heading.StartsWith("Appendix", StringComparison.Ordinal))
                {
                    break;
                }

                blocks.Add(("#", heading));
            }
            else
            {
                blocks.Add((
                    WaiverReportSource.Normalise(element.QuerySelector(".app-report__number")?.TextContent ?? ""),
                    WaiverReportSource.Normalise(element.QuerySelector(".app-report__text")!.TextContent)));
            }
        }

        return blocks;
    }

    private async Task<IElement> Report()
    {
        var client = await PortalClient.SignedInAsync(factory, Commissioner);
        var page = await client.GetDocumentAsync($"/waivers/{await NdtiId(factory)}/report");
        return page.QuerySelector("article.app-report")!;
    }
}
