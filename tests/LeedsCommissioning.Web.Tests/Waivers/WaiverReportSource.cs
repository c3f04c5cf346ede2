using System.Text.RegularExpressions;

namespace LeedsCommissioning.Web.Tests.Waivers;

/// <summary>
/// The Waiver report (sources/cpr-waiver-report-ndti.txt, copied beside this file) read as the blocks a reader walks
/// through: the header lines, the yes/no questions with the box that is crossed, and the body as headings and
/// paragraphs with their labels ("1.1", "4.3.3", "a)"), in order, whitespace normalised. A paragraph broken by a page
/// break in the source (3.3) is joined again.
/// </summary>
internal sealed partial class WaiverReportSource
{
    private WaiverReportSource() { }

    public List<string> HeaderLines { get; } = [];

    public List<(string Question, string Answer)> Questions { get; } = [];

    /// <summary>Headings as ("#", text); paragraphs as (label or "", text).</summary>
    public List<(string Label, string Text)> Body { get; } = [];

    public string Footnote { get; private set; } = "";

    public static WaiverReportSource Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Waivers", "Sources", "cpr-waiver-report-ndti.txt");
        var source = new WaiverReportSource();
        var inBody = false;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line == "---")
            {
                inBody = false;
                continue;
            }

            if (line.StartsWith("<sup>1</sup>", StringComparison.Ordinal))
            {
                source.Footnote = Normalise(line["<sup>1</sup>".Length..]);
                continue;
            }

            if (!inBody && line.Contains('\t', StringComparison.Ordinal))
            {
                var answer = CheckedBox().Match(line).Groups[1].Value;
                source.Questions.Add((Normalise(line[..line.IndexOf('\t', StringComparison.Ordinal)]), answer));
                continue;
            }

            if (line == "**Summary**")
            {
                inBody = true;
            }

            if (!inBody)
            {
                source.HeaderLines.Add(Normalise(line.Replace("**", "", StringComparison.Ordinal)));
                continue;
            }

            if (line.StartsWith('#') || (line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal)))
            {
                var heading = line.TrimStart('#').Replace("**", "", StringComparison.Ordinal).Replace("<sup>1</sup>", "", StringComparison.Ordinal);
                source.Body.Add(("#", Normalise(heading)));
                continue;
            }

            var labelled = Labelled().Match(line);
            if (labelled.Success)
            {
                source.Body.Add((labelled.Groups[1].Value, Normalise(labelled.Groups[2].Value)));
            }
            else if (char.IsLower(line[0]) && source.Body.Count > 0 && source.Body[^1].Label != "#")
            {
                // The rest of a paragraph carried over a page break (3.3 "... commission care and / support services ...").
                source.Body[^1] = (source.Body[^1].Label, Normalise(source.Body[^1].Text + " " + line));
            }
            else
            {
                source.Body.Add(("", Normalise(line)));
            }
        }

        return source;
    }

    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"checked="""" type=""checkbox""/> (Yes|No)")]
    private static partial Regex CheckedBox();

    [GeneratedRegex(@"^(?:- )?(\d+(?:\.\d+)+|[a-z]\))\s+(.*)$")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
