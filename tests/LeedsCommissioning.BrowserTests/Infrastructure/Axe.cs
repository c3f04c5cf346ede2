using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace LeedsCommissioning.BrowserTests.Infrastructure;

/// <summary>axe-core on the page as it stands: WCAG 2.0, 2.1 and 2.2 A and AA rules; any violation fails the test.</summary>
public static class Axe
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

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
        // Only violations are read, so axe is told not to collect every passing and inapplicable element too (it
        // still runs every rule on every element; the result it builds and sends back is what shrinks).
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            ResultTypes = [ResultType.Violations],
        };
        var result = await page.RunAxe(options);
        return result.Violations.Length > 0 ? Describe(pageName, page.Url, result.Violations) : null;
    }

    /// <summary>Enough to fix each violation without re-running: rule, impact, help link, and every offending node.</summary>
    public static string Describe(string pageName, string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        var list = violations.ToList();
        text.AppendLine($"axe-core found {list.Count} accessibility violation(s) on '{pageName}' ({url}):");
        foreach (var violation in list)
        {
            text.AppendLine($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    target: {node.Target}");
                text.AppendLine($"    html:   {node.Html}");
                // axe's own failure summary: fix all of "All" and "None", or any one of "Any".
                foreach (var check in (node.All ?? []).Concat(node.None ?? []))
                {
                    text.AppendLine($"    fix:    {check.Message}");
                }

                var any = (node.Any ?? []).Select(c => c.Message).ToList();
                if (any.Count > 0)
                {
                    text.AppendLine($"    fix one of: {string.Join(" | ", any)}");
                }
            }
        }

        return text.ToString();
    }
}
