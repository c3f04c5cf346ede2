using System.Net;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Evaluation;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Exports;

/// <summary>
/// The lists on an opportunity's own pages download as CSV and Excel, each behind its page's policy and with no more than
/// its page shows (issue 15, "Every list in the portal downloads"): the evaluation panels (progress, never a score), the
/// providers' questions for staff (who asked, never published), the published clarifications and answers for everyone
/// (never who asked, never a question still waiting), the opened bids (sealed until the opening) and the ranking.
/// </summary>
public sealed class Downloading_an_opportunitys_lists(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_evaluation_panels_download_one_row_a_member_with_their_progress_as_the_page_shows_it()
    {
        var (id, _, _) = await Evaluations.InEvaluationAsync(factory);
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var page = await officer.GetDocumentAsync($"/procurement/opportunities/{id}/panels");

        var (headings, rows) = await ExportFiles.CsvAsync(await officer.Http.GetAsync($"/procurement/opportunities/{id}/panels/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await officer.Http.GetAsync($"/procurement/opportunities/{id}/panels/export.xlsx"));

        Assert.Equal(["Panel", "Lot", "Scores", "Bids to score", "Member", "Chair", "External", "Interests declared", "Conflicts declared",
            "Bids scored and submitted", "Bids in draft"], headings);
        Assert.Equal(page.QuerySelectorAll("table tbody tr").Length, rows.Count);
        Assert.Equal(rows.Count, sheet.Count - 1);
        // The NHS commissioner sits on the small organisation's board and declared that conflict (demo data).
        var tom = Assert.Single(rows, r => r[0] == "Steering group panel" && r[4] == "Tom Bennett");
        Assert.Equal(["Every quality and social value answer", "2", "No", "No", "1"], new[] { tom[2], tom[3], tom[5], tom[6], tom[8] });
        Assert.Contains(rows, r => r[0] == "Steering group panel" && r[4] == "Grace Okafor" && r[5] == "Yes");
        Assert.Contains(rows, r => r[0] == "Young people's panel" && r[4] == "Jordan Lee" && r[6] == "Yes" && r[2] == "Question 2 only");
        Assert.Equal($"/procurement/opportunities/{id}/panels/export.csv", page.QuerySelector("#download-csv")?.GetAttribute("href"));
    }

    [Fact]
    public async Task staff_download_every_question_with_who_asked_and_whether_it_is_answered()
    {
        var (id, _, _) = await Opportunities.Demo.FindAsync(factory, Opportunities.Demo.OpenTitle);
        var asked = await factory.WithDbAsync(db => db.ClarificationQuestions.CountAsync(q => q.OpportunityId == id));
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var page = await officer.GetDocumentAsync($"/procurement/opportunities/{id}/clarifications");

        var (headings, rows) = await ExportFiles.CsvAsync(await officer.Http.GetAsync($"/procurement/opportunities/{id}/clarifications/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await officer.Http.GetAsync($"/procurement/opportunities/{id}/clarifications/export.xlsx"));

        Assert.Equal(["Question", "Asked by (never published)", "Asked", "Status", "Answer", "Answered"], headings);
        Assert.Equal(asked, rows.Count);
        Assert.Equal(asked, sheet.Count - 1);
        var waiting = Assert.Single(rows, r => r[0] == "Will premises be provided in Chapeltown?");
        Assert.Equal([DemoData.SmallProviderName, "Waiting for an answer", "", ""], new[] { waiting[1], waiting[3], waiting[4], waiting[5] });
        var answered = Assert.Single(rows, r => r[0] == "Is the annual value of each lot fixed for all five years?");
        Assert.Equal(DemoData.LeadProviderName, answered[1]);
        Assert.Equal("Answered and published", answered[3]);
        Assert.StartsWith("The annual value is the maximum for years 1 to 3.", answered[4], StringComparison.Ordinal);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", answered[5]);
        Assert.Equal($"/procurement/opportunities/{id}/clarifications/export.xlsx", page.QuerySelector("#download-xlsx")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("provider@example.org")]
    [InlineData("small.provider@example.org")]
    public async Task everyone_downloads_the_published_clarifications_and_answers_and_never_who_asked_or_a_waiting_question(string? email)
    {
        var (id, _, _) = await Opportunities.Demo.FindAsync(factory, Opportunities.Demo.OpenTitle);
        var published = await factory.WithDbAsync(async db => await db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Clarifications).CountAsync()
            + await db.ClarificationQuestions.CountAsync(q => q.OpportunityId == id && q.Answer != null));
        var client = email is null ? PortalClient.For(factory) : await PortalClient.SignedInAsync(factory, email);
        var page = await client.GetDocumentAsync($"/opportunities/{id}");

        var response = await client.Http.GetAsync($"/opportunities/{id}/clarifications/export.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var (headings, rows) = ExportFiles.Csv(bytes);
        var sheet = await ExportFiles.XlsxAsync(await client.Http.GetAsync($"/opportunities/{id}/clarifications/export.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Kind", "Clarification number", "Clarification or question", "Answer", "Published"], headings);
        Assert.Contains(rows, r => r[0] == "Clarification" && r[1] == "1" && r[2].StartsWith("TUPE applies to the current services.", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0] == "Question" && r[2] == "Is the annual value of each lot fixed for all five years?" && r[3].Length > 0);
        Assert.Equal(published, rows.Count);
        Assert.Equal(page.QuerySelectorAll(".app-answers .govuk-summary-list__row").Length, rows.Count(r => r[0] == "Question"));
        Assert.Equal(rows.Count, sheet.Count - 1);
        var text = System.Text.Encoding.UTF8.GetString(bytes) + string.Join(" ", sheet.SelectMany(r => r));
        Assert.DoesNotContain("Will premises be provided in Chapeltown?", text, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.LeadProviderName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.SmallProviderName, text, StringComparison.Ordinal);
        Assert.Equal($"/opportunities/{id}/clarifications/export.csv", page.QuerySelector("#download-csv")?.GetAttribute("href"));
    }

    [Fact]
    public async Task an_opportunity_never_published_has_no_public_clarifications_to_download()
    {
        var (draft, _, _) = await Opportunities.Demo.FindAsync(factory, Opportunities.Demo.DraftTitle);

        var response = await PortalClient.For(factory).Http.GetAsync($"/opportunities/{draft}/clarifications/export.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task the_opened_bids_download_lot_by_lot_with_their_total_prices()
    {
        var (id, bids, _) = await Evaluations.InEvaluationAsync(factory);
        var prices = await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.OpportunityId == id && b.Status == BidStatus.Submitted)
            .Select(b => new { b.Id, Total = b.Prices.Sum(p => p.Amount) }).ToDictionaryAsync(b => b.Id, b => b.Total));
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var page = await officer.GetDocumentAsync($"/procurement/opportunities/{id}/bids");

        var (headings, rows) = await ExportFiles.CsvAsync(await officer.Http.GetAsync($"/procurement/opportunities/{id}/bids/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await officer.Http.GetAsync($"/procurement/opportunities/{id}/bids/export.xlsx"));

        Assert.Equal(["Lot", "Lot title", "Provider", "Consortium of", "Submitted", "Receipt", "Total price (£)"], headings);
        Assert.Equal(page.QuerySelectorAll("table tbody tr a").Length, rows.Count);
        Assert.Equal(rows.Count, sheet.Count - 1);
        var lead = Assert.Single(rows, r => r[2] == DemoData.LeadProviderName);
        Assert.Equal("1", lead[0]);
        Assert.Equal(prices[bids[DemoData.LeadProviderName]].ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), lead[6]);
        Assert.StartsWith("LC-", lead[5], StringComparison.Ordinal);
        Assert.Equal($"/procurement/opportunities/{id}/bids/export.csv", page.QuerySelector("#download-csv")?.GetAttribute("href"));
    }

    [Fact]
    public async Task a_commissioner_who_declared_a_conflict_with_a_bidder_downloads_no_more_bids_than_they_may_read()
    {
        var (id, _, _) = await Evaluations.InEvaluationAsync(factory);
        var ccg = await PortalClient.SignedInAsync(factory, "ccg@example.org");

        var (_, rows) = await ExportFiles.CsvAsync(await ccg.Http.GetAsync($"/procurement/opportunities/{id}/bids/export.csv"));

        Assert.Contains(rows, r => r[2] == DemoData.LeadProviderName);
        Assert.DoesNotContain(rows, r => r[2] == DemoData.SmallProviderName);
    }

    [Fact]
    public async Task bids_not_yet_opened_have_nothing_to_download()
    {
        var (open, _, _) = await Opportunities.Demo.FindAsync(factory, Opportunities.Demo.OpenTitle);
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.Http.GetAsync($"/procurement/opportunities/{open}/bids/export.csv")).StatusCode);
    }

    [Fact]
    public async Task the_ranking_downloads_lot_by_lot_best_first_with_the_scores_the_page_shows()
    {
        var (id, _, _) = await Evaluations.InEvaluationAsync(factory);
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        var page = await director.GetDocumentAsync($"/procurement/opportunities/{id}/ranking");
        var shown = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();

        var (headings, rows) = await ExportFiles.CsvAsync(await director.Http.GetAsync($"/procurement/opportunities/{id}/ranking/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await director.Http.GetAsync($"/procurement/opportunities/{id}/ranking/export.xlsx"));

        Assert.Equal(["Lot", "Ranking final", "Place", "Organisation", "Abnormally low price", "Total price (£)", "Price score", "Quality score",
            "Social value score", "Total (of 100)"], headings);
        Assert.Equal(shown.Count, rows.Count);
        Assert.Equal(rows.Count, sheet.Count - 1);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(shown[i][0], rows[i][2]);
            Assert.StartsWith(rows[i][3], shown[i][1], StringComparison.Ordinal);
            Assert.Equal(shown[i][3..], rows[i][6..].Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        }

        // The demo's ranking is not final (some answers are still to moderate); the small organisation's price is the lowest.
        Assert.All(rows, r => Assert.Equal(["Lot 1: West Yorkshire", "No"], r[..2]));
        var small = Assert.Single(rows, r => r[3] == DemoData.SmallProviderName);
        Assert.Equal(["840000.00", "40"], small[5..7]);
        Assert.Equal($"/procurement/opportunities/{id}/ranking/export.csv", page.QuerySelector("#download-csv")?.GetAttribute("href"));
    }

    [Fact]
    public async Task a_member_who_declared_a_conflict_downloads_no_ranking_as_they_read_none()
    {
        var (id, _, _) = await Evaluations.InEvaluationAsync(factory);
        var ccg = await PortalClient.SignedInAsync(factory, "ccg@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await ccg.Http.GetAsync($"/procurement/opportunities/{id}/ranking/export.csv")).StatusCode);
    }

    [Theory]
    [InlineData("ranking/export.csv", "provider@example.org")]
    [InlineData("ranking/export.xlsx", "evaluator@example.org")]
    [InlineData("panels/export.csv", "provider@example.org")]
    [InlineData("panels/export.xlsx", "evaluator@example.org")]
    [InlineData("clarifications/export.csv", "provider@example.org")]
    [InlineData("clarifications/export.xlsx", "director@example.org")]
    [InlineData("bids/export.csv", "small.provider@example.org")]
    [InlineData("bids/export.xlsx", "evaluator@example.org")]
    public async Task a_staff_download_of_an_opportunity_is_refused_to_whoever_may_not_see_its_page(string path, string email)
    {
        var (id, _, _) = await Evaluations.InEvaluationAsync(factory);
        var client = await PortalClient.SignedInAsync(factory, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/procurement/opportunities/{id}/{path}")).StatusCode);
    }
}
