using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Web.Tests.Infrastructure;
using static LeedsCommissioning.Web.Tests.Dashboard.DashboardPages;

namespace LeedsCommissioning.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's monitoring status (issue 15: "monitoring status (returns late, contracts rated red)") and the provider's
/// own returns and feedback, from returns made here through the monitoring model's own methods.
/// </summary>
public sealed class Monitoring_on_the_dashboard(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Feedback = "Staffing gaps left the drop-in closed for three weeks.";

    /// <summary>A return for April to June 2026 (due 30 July 2026), submitted on <paramref name="submittedUtc"/> and reviewed with <paramref name="rating"/>.</summary>
    /// <summary>Opens (and submits, and rates) a Q1 2026/27 return for the contract; its id.</summary>
    private Task<int> ReturnAsync(int contractId, DateTime? submittedUtc, Rag? rating) => ReturnAsync(factory, contractId, submittedUtc, rating);

    private static Task<int> ReturnAsync(PortalFactory factory, int contractId, DateTime? submittedUtc, Rag? rating) => factory.WithDbAsync(async db =>
    {
        var plan = new MonitoringPlan(contractId, false);
        db.MonitoringPlans.Add(plan);
        var quarterly = QuarterlyReturn.Open(plan, [], new FinancialQuarter(2026, 1), 30);
        if (submittedUtc is { } submitted)
        {
            quarterly.Submit("test-provider", "Test Provider", submitted);
        }

        if (rating is { } r)
        {
            quarterly.RecordReview(Feedback, null, null, r, r == Rag.Green ? null : "Two months without a manager", [],
                "test-commissioner", "Test Commissioner", submittedUtc!.Value.AddDays(10));
        }

        db.QuarterlyReturns.Add(quarterly);
        await db.SaveChangesAsync();
        return quarterly.Id;
    });

    private static int Late(AngleSharp.Dom.IDocument page) =>
        int.Parse(Text(page, "returns-late").Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task a_return_submitted_late_and_rated_red_is_counted_and_its_contract_listed()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var before = await staff.GetDocumentAsync("/dashboard?year=2026");
        var contractId = await ContractAsync(factory, "DASH-RED-1", "LCC-AH", new DateOnly(2026, 4, 1), new DateOnly(2028, 3, 31), 80_000m, "Leeds Mind");

        // Due 30 July 2026; submitted 10 August 2026: late.
        await ReturnAsync(contractId, new DateTime(2026, 8, 10, 9, 0, 0, DateTimeKind.Utc), Rag.Red);
        var after = await staff.GetDocumentAsync("/dashboard?year=2026");

        Assert.Equal(Late(before) + 1, Late(after));
        Assert.Contains("Dashboard test DASH-RED-1 (DASH-RED-1), £80,000 a year, Q1 2026/27: Two months without a manager", Text(after, "rated-red"), StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector($"#rated-red a[href='/contracts/{contractId}']"));
        var quarter = "Q1 2026/27 (April to June 2026)";
        Assert.Equal(int.Parse(Table(before, "returns-by-quarter")[quarter][1], System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(Table(after, "returns-by-quarter")[quarter][1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(int.Parse(Table(before, "latest-ratings")["Red"][0], System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(Table(after, "latest-ratings")["Red"][0], System.Globalization.CultureInfo.InvariantCulture));

        var nhs = await staff.GetDocumentAsync("/dashboard?organisation=nhs&year=2026");
        Assert.DoesNotContain("DASH-RED-1", Text(nhs, "rated-red"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_page_lists_the_ten_red_contracts_with_the_largest_annual_value_and_the_download_has_every_one()
    {
        using var fresh = new PortalFactory();
        var references = new List<string>();
        for (var i = 1; i <= 11; i++)
        {
            var reference = $"DASH-RED-V{i:00}";
            references.Add(reference);
            // Worth more than any demo contract, the first least: £5,000,000 a year and £100,000 more each.
            var id = await ContractAsync(fresh, reference, "LCC-AH", new DateOnly(2026, 4, 1), new DateOnly(2028, 3, 31), 5_000_000m + (i * 100_000m), "Leeds Mind");
            await ReturnAsync(fresh, id, new DateTime(2026, 7, 20, 9, 0, 0, DateTimeKind.Utc), Rag.Red);
        }

        var staff = await PortalClient.SignedInAsync(fresh, "commissioner@example.org");
        var page = await staff.GetDocumentAsync("/dashboard?year=2026");

        var red = int.Parse(Table(page, "latest-ratings")["Red"][0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(red >= 11);
        Assert.StartsWith($"{red} contracts rated red at their latest review of 2026 to 2027; the 10 with the largest annual value", Text(page, "rated-red-count"), StringComparison.Ordinal);
        var listed = page.QuerySelectorAll("#rated-red-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(10, listed.Count);
        Assert.All(Enumerable.Range(0, 10), n => Assert.Contains($"({references[10 - n]})", listed[n], StringComparison.Ordinal));
        Assert.DoesNotContain(listed, l => l.Contains("(DASH-RED-V01)", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("#rated-red a[href='/monitoring?status=red']"));

        var (headings, rows) = await LeedsCommissioning.Web.Tests.Exports.ExportFiles.CsvAsync(
            await staff.Http.GetAsync(page.GetElementById("rated-red-download-csv")!.GetAttribute("href")));
        Assert.Equal(["Reference", "Contract", "Annual value (£)", "Quarter reviewed", "Reason for the rating"], headings);
        Assert.Equal(red, rows.Count);
        Assert.All(references, r => Assert.Contains(rows, row => row[0] == r));
        Assert.Equal(rows.Select(r => decimal.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).OrderDescending(),
            rows.Select(r => decimal.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)));
        var sheet = await LeedsCommissioning.Web.Tests.Exports.ExportFiles.XlsxAsync(
            await staff.Http.GetAsync(page.GetElementById("rated-red-download-xlsx")!.GetAttribute("href")));
        Assert.Equal(red, sheet.Count - 1);
    }

    [Fact]
    public async Task a_return_not_submitted_after_its_due_date_is_late_and_due_on_the_lead_providers_dashboard()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var before = await staff.GetDocumentAsync("/dashboard?year=2026");
        var contractId = await ContractAsync(factory, "DASH-LATE-1", "LCC-AH", new DateOnly(2026, 4, 1), new DateOnly(2028, 3, 31), 80_000m,
            LeedsCommissioning.Infrastructure.Seeding.DemoData.LeadProviderName);

        var returnId = await ReturnAsync(contractId, null, null);
        var after = await staff.GetDocumentAsync("/dashboard?year=2026");

        Assert.Equal(Late(before) + 1, Late(after));
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var own = await provider.GetDocumentAsync("/your-dashboard");
        var due = Text(own, "returns-due");
        Assert.Contains("Dashboard test DASH-LATE-1: return for Q1 2026/27 (April to June 2026), due 30 July 2026 Late", due, StringComparison.Ordinal);
        var link = own.QuerySelectorAll("#returns-due a").Single(a => a.TextContent == "Dashboard test DASH-LATE-1");
        Assert.Equal($"/monitoring/returns/{returnId}", link.GetAttribute("href"));
        var form = await provider.GetDocumentAsync($"/monitoring/returns/{returnId}");
        Assert.Equal("Q1 2026/27 quarterly return", form.Heading());
        var other = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        Assert.DoesNotContain("DASH-LATE-1", (await other.GetDocumentAsync("/your-dashboard")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_lead_provider_sees_the_commissioners_feedback_and_rating()
    {
        var contractId = await ContractAsync(factory, "DASH-FEEDBACK-1", "LCC-AH", new DateOnly(2026, 4, 1), new DateOnly(2028, 3, 31), 80_000m,
            LeedsCommissioning.Infrastructure.Seeding.DemoData.LeadProviderName);
        var returnId = await ReturnAsync(contractId, new DateTime(2026, 7, 20, 9, 0, 0, DateTimeKind.Utc), Rag.Amber);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var page = await provider.GetDocumentAsync("/your-dashboard");

        var card = page.GetElementById($"feedback-{contractId}-20261");
        Assert.NotNull(card);
        Assert.Contains("Amber", card.TextContent, StringComparison.Ordinal);
        Assert.Contains(Feedback, card.TextContent, StringComparison.Ordinal);
        // The card links to the reviewed return, where the provider reads the whole review and its actions.
        var link = card.QuerySelector(".govuk-summary-card__actions a");
        Assert.NotNull(link);
        Assert.Equal($"/monitoring/returns/{returnId}", link.GetAttribute("href"));
        Assert.Equal("View the return (Dashboard test DASH-FEEDBACK-1, Q1 2026/27)", link.TextContent.Trim());
        var review = await provider.Http.GetAsync(link.GetAttribute("href"));
        Assert.Equal(System.Net.HttpStatusCode.OK, review.StatusCode);
        Assert.Contains(Feedback, await review.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task every_feedback_card_links_to_its_own_return()
    {
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var page = await provider.GetDocumentAsync("/your-dashboard");

        var cards = page.QuerySelectorAll("[id^='feedback-'].govuk-summary-card").ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.Matches(@"^/monitoring/returns/\d+$", c.QuerySelector(".govuk-summary-card__actions a")?.GetAttribute("href") ?? ""));
        Assert.Equal(cards.Count, cards.Select(c => c.QuerySelector(".govuk-summary-card__actions a")!.GetAttribute("href")).Distinct().Count());
    }
}
