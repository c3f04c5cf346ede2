using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace LeedsCommissioning.BrowserTests.Infrastructure;

/// <summary>
/// axe-core on the page as it stands: WCAG 2.0, 2.1 and 2.2 A and AA rules; any violation fails the test.
/// <para>
/// axe-core is the one Deque.AxeCore.Commons bundles, injected into the page and run there with <c>axe.run</c>. The
/// package's own <c>page.RunAxe</c> runs it in parts (for pages with iframes, which the portal has none of) and finishes
/// every run in a new page of its own with axe-core injected again: a browser context and a renderer started and
/// stopped for each check, which made the checks most of the browser suite's time; its <c>RunAxeLegacy</c>, which runs
/// in the page, is marked obsolete. docs/testing.md, "Which Chromium, and how axe runs".
/// </para>
/// </summary>
public static class Axe
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Source = new(() =>
    {
        const string resource = "Deque.AxeCore.Commons.Resources.axe.min.js";
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"axe-core ({resource}) is not in Deque.AxeCore.Commons");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Injects axe-core unless the page has it, then runs the rules of <see cref="Tags"/> on the whole document, asking
    /// only for violations (axe still runs every rule on every element; what it builds and sends back is what shrinks),
    /// and answers with what is needed to describe each, as JSON.
    /// </summary>
    private const string Run = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          const messages = checks => (checks || []).map(c => c.message);
          return JSON.stringify(result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({ target: JSON.stringify(n.target), html: n.html,
              fixAll: messages(n.all).concat(messages(n.none)), fixAny: messages(n.any) })),
          })));
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task AssertNoViolationsAsync(IPage page, string pageName)
    {
        if (await ViolationsAsync(page, pageName) is { } violations)
        {
            throw new XunitException(violations);
        }
    }

    /// <summary>
    /// axe-core's violations on the page as it stands, described as <see cref="Describe"/> does, or null if there
    /// are none: for a walk that checks many pages and reports them all at the end.
    /// </summary>
    public static async Task<string?> ViolationsAsync(IPage page, string pageName)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(Run, Tags.ToArray());
        var violations = JsonSerializer.Deserialize<Violation[]>(json, Json) ?? [];
        return violations.Length > 0 ? Describe(pageName, page.Url, violations) : null;
    }

    /// <summary>Enough to fix each violation without re-running: rule, impact, help link, and every offending node.</summary>
    private static string Describe(string pageName, string url, IReadOnlyList<Violation> violations)
    {
        var text = new StringBuilder();
        text.AppendLine($"axe-core found {violations.Count} accessibility violation(s) on '{pageName}' ({url}):");
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    target: {node.Target}");
                text.AppendLine($"    html:   {node.Html}");
                // axe's own failure summary: fix all of "All" and "None", or any one of "Any".
                foreach (var message in node.FixAll)
                {
                    text.AppendLine($"    fix:    {message}");
                }

                if (node.FixAny.Length > 0)
                {
                    text.AppendLine($"    fix one of: {string.Join(" | ", node.FixAny)}");
                }
            }
        }

        return text.ToString();
    }

    private sealed record Violation(string Id, string? Impact, string Help, string HelpUrl, Node[] Nodes);

    private sealed record Node(string Target, string Html, string[] FixAll, string[] FixAny);
}
