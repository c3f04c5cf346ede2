using LeedsCommissioning.Infrastructure.Auditing;
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

    private static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
