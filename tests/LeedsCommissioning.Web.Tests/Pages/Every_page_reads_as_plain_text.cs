using System.Net;
using System.Text.RegularExpressions;
using LeedsCommissioning.Web.Tests.Infrastructure;
using LeedsCommissioning.Web.Tests.Security;

namespace LeedsCommissioning.Web.Tests.Pages;

/// <summary>
/// The content check over every page: every GET page the app maps (the authorisation matrix's endpoints, with
/// its real records in the route), requested by every persona the matrix lets in, shows no escaped entity as
/// text (a "&amp;quot;" that was escaped twice reads "&amp;quot;" on screen) and names no project file.
/// </summary>
public sealed partial class Every_page_reads_as_plain_text(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>An HTML entity left in the text after the browser has decoded the page: it was escaped twice.</summary>
    [GeneratedRegex(@"&(?:quot|amp|lt|gt|apos|nbsp|pound|copy|#\d+|#x[0-9a-fA-F]+);")]
    private static partial Regex EscapedEntity();

    /// <summary>A file of the project's source or documentation, which means nothing to the people using the portal.</summary>
    [GeneratedRegex(@"\bdomain\.md\b|\b[\w-]+\.(?:cs|cshtml|md)\b|\bREADME\b|\bdocs/|\bappsettings\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectFile();

    [Fact]
    public async Task no_page_shows_an_escaped_entity_or_names_a_project_file()
    {
        var values = await Every_endpoint_declares_who_may_use_it.RouteValues(factory);
        var clients = new Dictionary<string, PortalClient>();
        var faults = new List<string>();
        var checkedPages = 0;
        var pages = MappedEndpoint.All(factory.Services)
            .Where(e => e.Method == "GET" && e.IsMvcAction && Every_endpoint_declares_who_may_use_it.Expected.ContainsKey(e.Key));
        foreach (var endpoint in pages)
        {
            var url = endpoint.Url(values);
            foreach (var persona in Persona.All.Where(p => Every_endpoint_declares_who_may_use_it.Expected[endpoint.Key].Contains(p.Name)))
            {
                if (!clients.TryGetValue(persona.Name, out var client))
                {
                    client = persona.Email is null ? PortalClient.For(factory) : await PortalClient.SignedInAsync(factory, persona.Email);
                    clients[persona.Name] = client;
                }

                using var response = await client.Http.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var page = await PortalClient.ParseAsync(response);
                foreach (var element in page.QuerySelectorAll("script, style, noscript").ToList())
                {
                    element.Remove();
                }

                var text = page.Body?.TextContent ?? "";
                checkedPages++;
                faults.AddRange(EscapedEntity().Matches(text).Select(m => $"{url} as {persona}: escaped entity \"{m.Value}\" in \"{Around(text, m.Index)}\""));
                faults.AddRange(ProjectFile().Matches(text).Select(m => $"{url} as {persona}: project file \"{m.Value}\" in \"{Around(text, m.Index)}\""));
            }
        }

        Assert.True(checkedPages > 60, $"Only {checkedPages} pages were checked: the matrix's route values no longer reach the pages");
        Assert.True(faults.Count == 0, string.Join("\n", faults.Distinct()));
    }

    [Fact]
    public void the_check_recognises_what_it_looks_for()
    {
        Assert.Matches(EscapedEntity(), "For &quot;3+1+1&quot; years");
        Assert.Matches(EscapedEntity(), "Tom &amp; Jerry");
        Assert.Matches(EscapedEntity(), "It&#39;s");
        Assert.DoesNotMatch(EscapedEntity(), "Tom & Jerry, \"3+1+1\", it's");
        Assert.Matches(ProjectFile(), "(Neighbourhood Networks, domain.md section 8)");
        Assert.Matches(ProjectFile(), "see OpportunityReads.cs");
        Assert.Matches(ProjectFile(), "see docs/patterns.md");
        Assert.DoesNotMatch(ProjectFile(), "Download export.csv or the spreadsheet");
    }

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 40);
        return Regex.Replace(text.Substring(start, Math.Min(100, text.Length - start)), @"\s+", " ").Trim();
    }
}
