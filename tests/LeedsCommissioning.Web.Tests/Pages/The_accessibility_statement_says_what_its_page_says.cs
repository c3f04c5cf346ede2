using System.Text.RegularExpressions;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Pages;

/// <summary>
/// docs/accessibility-statement.md and the footer's page (/accessibility) are one statement: every heading,
/// paragraph and bullet of the markdown is on the page word for word (links as their text; the {braced} parts the
/// page fills in from configuration are passed over), so neither can say something the other does not.
/// </summary>
public sealed partial class The_accessibility_statement_says_what_its_page_says(ContactPortalFactory factory) : IClassFixture<ContactPortalFactory>
{
    [Fact]
    public async Task every_heading_paragraph_and_bullet_of_the_markdown_is_on_the_page()
    {
        var markdown = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "docs", "accessibility-statement.md"));
        var page = await PortalClient.For(factory).GetDocumentAsync("/accessibility");
        var text = Normalise(page.QuerySelector("main")!.TextContent);

        var blocks = Comment().Replace(markdown, "")
            .Split('\n')
            .Select(line => Link().Replace(line.TrimStart('#', '-', ' '), "$1"))
            .Where(line => line.Trim().Length > 0)
            .ToList();
        var missing = blocks
            .SelectMany(block => Placeholder().Split(block))
            .Select(Normalise)
            .Where(fragment => fragment.Length > 0 && !text.Contains(fragment, StringComparison.Ordinal))
            .ToList();

        Assert.True(blocks.Count > 20, $"Only {blocks.Count} blocks read from the markdown.");
        Assert.Contains("Preparation of this accessibility statement", blocks);
        Assert.True(missing.Count == 0, "Not on /accessibility:\n" + string.Join("\n", missing));
    }

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
