using System.Net;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Web.Tests.Exports;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>A contract changed many times: its history is paged, newest first, 50 entries a page (docs/benchmarks.md).</summary>
public sealed class Reading_a_long_history(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task shows_the_newest_fifty_changes_first_and_the_older_ones_on_the_next_page()
    {
        var id = await ContractForms.IdOfAsync(factory, "LCC-CF-2019-007");
        await factory.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 120; i++)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    OccurredAtUtc = PortalFactory.Now.UtcDateTime.AddDays(1).AddMinutes(i),
                    UserName = "commissioner@example.org",
                    EntityType = "Contract",
                    EntityKey = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Action = AuditAction.Modified,
                    Changes = $$"""[{"Property":"Title","Old":"Title {{i - 1}}","New":"Title {{i}}"}]""",
                });
            }

            return await db.SaveChangesAsync();
        });
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var first = await commissioner.GetDocumentAsync($"/contracts/{id}/history");
        var entries = first.QuerySelectorAll("#history .app-history__entry").Select(e => e.TextContent).ToList();
        Assert.Equal(50, entries.Count);
        Assert.Contains("Title 119 → changed to Title 120", Words(entries[0]), StringComparison.Ordinal);
        Assert.Contains("Title 70 → changed to Title 71", Words(entries[49]), StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector($"#history .govuk-pagination a[href='/contracts/{id}/history?page=2']"));

        var second = await commissioner.GetDocumentAsync($"/contracts/{id}/history?page=2");
        var older = second.QuerySelectorAll("#history .app-history__entry").Select(e => Words(e.TextContent)).ToList();
        Assert.Equal(50, older.Count);
        Assert.Contains("Title 69 → changed to Title 70", older[0], StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector($"#history .govuk-pagination a[href='/contracts/{id}/history']"));
    }

    [Fact]
    public async Task downloads_whole_as_csv_and_excel_with_each_changed_figure_on_its_own_row_and_the_decision_beside_it()
    {
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2019-014"); // Live Well Leeds, with the demo's variation awaiting the director
        await factory.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 60; i++)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    OccurredAtUtc = PortalFactory.Now.UtcDateTime.AddDays(-1).AddMinutes(i),
                    UserName = "commissioner@example.org",
                    EntityType = "Contract",
                    EntityKey = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Action = AuditAction.Modified,
                    Changes = $$"""[{"Property":"Title","Old":"Name {{i - 1}}","New":"Name {{i}}"},{"Property":"Description","Old":"Old {{i}}","New":"New {{i}}"}]""",
                });
            }

            return await db.SaveChangesAsync();
        });
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var page = await commissioner.GetDocumentAsync($"/contracts/{id}/history");
        var shownEntries = page.QuerySelectorAll("#history .app-history__entry").Count;

        var (headings, rows) = await ExportFiles.CsvAsync(await commissioner.Http.GetAsync($"/contracts/{id}/history/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await commissioner.Http.GetAsync($"/contracts/{id}/history/export.xlsx"));

        Assert.Equal(["When", "Who", "What", "Recorded change", "Decision", "Detail", "Before", "After"], headings);
        // The page shows 50 entries; the download has every one of the 60 added (two figures each, so two rows each) and the demo's.
        Assert.Equal(50, shownEntries);
        Assert.Equal(60, rows.Count(r => r[6].StartsWith("Name ", StringComparison.Ordinal)));
        Assert.Equal(60, rows.Count(r => r[6].StartsWith("Old ", StringComparison.Ordinal)));
        Assert.Equal(rows.Count + 1, sheet.Count);
        // The variation awaiting the director is there, with where its decision stands.
        var variation = rows.First(r => r[2].StartsWith("Adds peer support groups", StringComparison.Ordinal));
        Assert.Equal("Yes", variation[3]);
        Assert.Equal("Waiting for a decision maker: it changes nothing until approved", variation[4]);
        Assert.Equal($"/contracts/{id}/history/export.xlsx", page.QuerySelector("#download-xlsx")?.GetAttribute("href"));

        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync($"/contracts/{id}/history/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.Http.GetAsync("/contracts/999999/history/export.csv")).StatusCode);
    }

    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
