using System.Net;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LeedsCommissioning.Web.Tests.Dashboard.DashboardPages;

namespace LeedsCommissioning.Web.Tests.Dashboard;

/// <summary>
/// The commissioners' dashboard (issue 15, "Dashboards") against the demo data: each figure is worked out here again from
/// the demo's own records, by counting days, so the page's query and the test do not share code.
/// </summary>
public sealed class Seeing_the_dashboard(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record DemoContract(
        int Id, string Organisation, CommissioningOrganisationKind Kind, ContractStatus Status, DateOnly Start, DateOnly End, decimal Annual,
        bool? LeadIsThirdSector, List<(string Funder, decimal Amount)> Funding, List<(decimal Share, bool SmallAndLocal)> Shares);

    private Task<List<DemoContract>> DemoAsync() => factory.WithDbAsync(async db =>
    {
        var contracts = await db.Contracts.AsNoTracking()
            .Include(c => c.CommissioningOrganisation).Include(c => c.Funding).ThenInclude(f => f.FunderOrganisation)
            .Include(c => c.Providers).ThenInclude(p => p.Provider)
            .AsSplitQuery().ToListAsync();
        return contracts.Select(c => new DemoContract(c.Id, c.CommissioningOrganisation!.Name, c.CommissioningOrganisation.Kind, c.Status,
            c.StartDate, c.CurrentEndDate, c.AnnualValue, c.LeadProviderIsThirdSector,
            c.Funding.Select(f => (f.FunderName, f.AnnualAmount)).ToList(),
            c.Providers.Select(p => (p.AnnualShare, SmallAndLocal(p.Provider))).ToList())).ToList();
    });

    private static List<DemoContract> RunningInTheYear(IEnumerable<DemoContract> contracts) =>
        contracts.Where(c => Awarded.Contains(c.Status) && c.Start <= YearEnd && c.End >= YearStart).ToList();

    [Fact]
    public async Task the_spend_in_the_year_is_each_awarded_contracts_annual_value_for_the_part_of_the_year_it_runs()
    {
        var running = RunningInTheYear(await DemoAsync());
        var staff = await PortalClient.SignedInAsync(factory, "director@example.org");

        var page = await staff.GetDocumentAsync("/dashboard");

        Assert.Equal("Showing All commissioners, financial year 2026 to 2027.", Text(page, "showing"));
        Assert.Equal(Money.Text(running.Sum(c => InYear(c.Annual, c.Start, c.End))), Text(page, "total-spend"));
        Assert.Equal(running.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(page, "contracts-counted"));
        var byOrganisation = running.GroupBy(c => c.Organisation)
            .ToDictionary(g => g.Key, g => Money.Text(g.Sum(c => InYear(c.Annual, c.Start, c.End))));
        Assert.Equal(byOrganisation, Table(page, "spend-by-organisation").ToDictionary(r => r.Key, r => r.Value[0]));
        var byFunder = running.SelectMany(c => c.Funding.Select(f => (f.Funder, Value: InYear(f.Amount, c.Start, c.End))))
            .GroupBy(f => f.Funder).Where(g => g.Sum(f => f.Value) != 0m).ToDictionary(g => g.Key, g => Money.Text(g.Sum(f => f.Value)));
        Assert.Equal(byFunder, Table(page, "spend-by-funder").ToDictionary(r => r.Key, r => r.Value[0]));
        Assert.Contains(byFunder.Keys, k => k.StartsWith("West Yorkshire Mayor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_contract_running_half_the_year_adds_half_its_annual_value_to_its_organisation_only()
    {
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var nhsBefore = await staff.GetDocumentAsync("/dashboard?organisation=nhs&year=2026");
        var councilBefore = await staff.GetDocumentAsync("/dashboard?organisation=council&year=2026");

        // 1 April to 30 September 2026 is 183 of the year's 365 days: £100,000 × 183 ÷ 365 = £50,136.99.
        await ContractAsync(factory, "DASH-HALF-1", "NHS-LEEDS", new DateOnly(2026, 4, 1), new DateOnly(2026, 9, 30), 100_000m,
            "Leeds Community Healthcare NHS Trust");
        var nhsAfter = await staff.GetDocumentAsync("/dashboard?organisation=nhs&year=2026");
        var councilAfter = await staff.GetDocumentAsync("/dashboard?organisation=council&year=2026");

        Assert.Equal(Pounds(Text(nhsBefore, "total-spend")) + 50_136.99m, Pounds(Text(nhsAfter, "total-spend")));
        Assert.Equal(Text(councilBefore, "total-spend"), Text(councilAfter, "total-spend"));
        Assert.Equal(["NHS (ICB Leeds place, formerly CCG)"], Labels(nhsAfter, "spend-by-organisation"));
        Assert.DoesNotContain("NHS (ICB Leeds place, formerly CCG)", Labels(councilAfter, "spend-by-organisation"));
        Assert.All(Labels(councilAfter, "spend-by-organisation"), l => Assert.StartsWith("Leeds City Council", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_filters_are_a_link_and_a_choice_not_offered_is_an_error_on_its_field()
    {
        var staff = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        var response = await staff.Http.GetAsync("/dashboard?organisation=everyone&year=1999");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(["Select whose contracts to show from the list", "Select a financial year from the list"], page.ErrorSummary());
        Assert.Equal("#Filter_Organisation", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("Filter_Organisation"));
        Assert.Contains("Select a financial year from the list", page.FieldError("Filter_Year"), StringComparison.Ordinal);
        Assert.Null(page.GetElementById("total-spend"));

        var chosen = await staff.GetDocumentAsync("/dashboard?organisation=council&year=2025");
        Assert.Equal("Showing Leeds City Council, financial year 2025 to 2026.", Text(chosen, "showing"));
        Assert.Equal("council", chosen.QuerySelector("#Filter_Organisation option[selected]")!.GetAttribute("value"));
        Assert.Equal("2025", chosen.QuerySelector("#Filter_Year option[selected]")!.GetAttribute("value"));
        Assert.Equal("get", chosen.QuerySelector("form[action='/dashboard']")!.GetAttribute("method"));
    }

    [Fact]
    public async Task contracts_ending_are_counted_in_each_of_the_next_eight_quarters_with_a_link_to_the_pipeline()
    {
        var contracts = await DemoAsync();
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await staff.GetDocumentAsync("/dashboard");

        var table = Table(page, "contracts-ending-by-quarter");
        Assert.Equal(8, table.Count);
        Assert.Equal("October to December 2026", Labels(page, "contracts-ending-by-quarter")[0]);
        Assert.Equal("July to September 2028", Labels(page, "contracts-ending-by-quarter")[7]);
        var today = new DateOnly(2026, 11, 26);
        var running = contracts.Where(c => c.Status is not (ContractStatus.Ended or ContractStatus.Decommissioned) && c.End >= today).ToList();
        Assert.Equal(running.Count(c => c.End <= new DateOnly(2026, 12, 31)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            table["October to December 2026"][0]);
        Assert.Equal(running.Count(c => c.End >= new DateOnly(2027, 4, 1) && c.End <= new DateOnly(2027, 6, 30)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            table["April to June 2027"][0]);
        Assert.Equal("/pipeline", page.GetElementById("pipeline-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task keep_it_local_shows_the_small_and_local_share_against_the_configured_aim_and_third_sector_awards()
    {
        var running = RunningInTheYear(await DemoAsync());
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await staff.GetDocumentAsync("/dashboard");

        var spend = running.Sum(c => InYear(c.Annual, c.Start, c.End));
        var smallLocal = running.Sum(c => c.Shares.Where(s => s.SmallAndLocal).Sum(s => InYear(s.Share, c.Start, c.End)));
        var share = decimal.Round(smallLocal / spend * 100m, 1);
        var text = Text(page, "small-local-share");
        Assert.StartsWith($"{share.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}% ({Money.Text(smallLocal)}), against an aim of 30%", text, StringComparison.Ordinal);
        Assert.Contains(share < 30m ? "Below the aim" : "Aim met", text, StringComparison.Ordinal);

        var starting = running.Where(c => c.Start >= YearStart && c.Start <= YearEnd).ToList();
        var awards = Text(page, "third-sector-awards");
        if (starting.Count == 0)
        {
            Assert.Equal("No contract starts in 2026 to 2027", awards);
        }
        else
        {
            Assert.Contains($"{starting.Count(c => c.LeadIsThirdSector == true)} of the {starting.Count}", awards, StringComparison.Ordinal);
        }
    }

    /// <summary>The year's opportunities whose deadline has passed (title and bids each, from submitted bids), worked out here.</summary>
    private Task<(List<(int Id, string Title, int Bids)> Closed, int Local, int All, List<string> Open)> ClosedOpportunitiesAsync()
    {
        var nowUtc = PortalFactory.Now.UtcDateTime;
        return factory.WithDbAsync(async db =>
        {
            var from = UkTime.ToUtc(YearStart, TimeOnly.MinValue);
            var to = UkTime.ToUtc(YearEnd.AddDays(1), TimeOnly.MinValue);
            var closed = await db.Opportunities.AsNoTracking()
                .Where(o => o.Status != OpportunityStatus.Draft && o.Status != OpportunityStatus.SubmittedForApproval && o.Status != OpportunityStatus.Approved)
                .Where(o => o.BidDeadlineUtc >= from && o.BidDeadlineUtc < to && o.BidDeadlineUtc <= nowUtc)
                .Select(o => new { o.Id, o.Title }).ToListAsync();
            var ids = closed.Select(o => o.Id).ToList();
            var bids = await db.Set<Bid>().AsNoTracking().Where(b => ids.Contains(b.OpportunityId) && b.Status == BidStatus.Submitted)
                .Join(db.Providers, b => b.ProviderId, p => p.Id, (b, p) => new { b.OpportunityId, p.IsLeedsBased }).ToListAsync();
            var open = await db.Opportunities.AsNoTracking().Where(o => o.BidDeadlineUtc > nowUtc).Select(o => o.Title).ToListAsync();
            return (closed.Select(o => (o.Id, o.Title, bids.Count(b => b.OpportunityId == o.Id))).ToList(),
                bids.Count(b => b.IsLeedsBased), bids.Count, open);
        });
    }

    [Fact]
    public async Task local_bidders_are_counted_from_sealed_bids_only_once_the_deadline_has_passed()
    {
        var expected = await ClosedOpportunitiesAsync();
        Assert.NotEmpty(expected.Closed);
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await staff.GetDocumentAsync("/dashboard");

        var perOpportunity = decimal.Round(expected.Local / (decimal)expected.Closed.Count, 1);
        Assert.StartsWith($"{perOpportunity.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} {(perOpportunity == 1m ? "bid" : "bids")} from Leeds-based organisations per opportunity, across {expected.Closed.Count}",
            Text(page, "local-bidders"), StringComparison.Ordinal);
        var titles = await BidsDownloadTitlesAsync(staff, "?year=2026");
        Assert.Equal(expected.Closed.Select(o => o.Title).Order(), titles.Order());
        Assert.All(expected.Open, title => Assert.DoesNotContain(title, titles));
    }

    [Fact]
    public async Task the_bids_chart_counts_each_opportunity_in_one_band_and_the_download_holds_every_opportunity_with_its_bids()
    {
        var expected = await ClosedOpportunitiesAsync();
        Assert.NotEmpty(expected.Closed);
        var staff = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var page = await staff.GetDocumentAsync("/dashboard");

        // The distribution: every opportunity counted once, in the band of its number of bids.
        var bands = new (string Name, int From, int To)[]
        {
            ("No bids", 0, 0), ("1 bid", 1, 1), ("2 bids", 2, 2), ("3 to 5 bids", 3, 5), ("6 to 10 bids", 6, 10), ("More than 10 bids", 11, int.MaxValue),
        };
        var distribution = Table(page, "opportunities-by-bids");
        Assert.Equal(bands.Select(b => b.Name), Labels(page, "opportunities-by-bids"));
        Assert.Equal(expected.Closed.Count, distribution.Values.Sum(v => int.Parse(v[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(bands, b => Assert.Equal(expected.Closed.Count(o => o.Bids >= b.From && o.Bids <= b.To).ToString(System.Globalization.CultureInfo.InvariantCulture), distribution[b.Name][0]));

        // The fewest bids: at most ten, fewest first, and none left out that has fewer bids than one shown.
        var fewest = page.GetElementById("fewest-bids")!.QuerySelectorAll("tbody tr")
            .Select(r => (Title: r.QuerySelector("th")!.TextContent.Trim(), Bids: int.Parse(r.QuerySelectorAll("td")[1].TextContent, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(Math.Min(10, expected.Closed.Count), fewest.Count);
        Assert.Equal(fewest.Select(f => f.Bids).Order(), fewest.Select(f => f.Bids));
        Assert.Equal(expected.Closed.Select(o => o.Bids).Order().Take(fewest.Count), fewest.Select(f => f.Bids));
        Assert.All(fewest, f => Assert.Contains(expected.Closed, o => o.Title == f.Title && o.Bids == f.Bids));

        // The download: every opportunity counted, each with its bids, as CSV and as a workbook.
        var link = page.GetElementById("bids-per-opportunity-download-csv")!.GetAttribute("href");
        Assert.Equal("/dashboard/bids-per-opportunity.csv?year=2026", link);
        var (headings, rows) = await LeedsCommissioning.Web.Tests.Exports.ExportFiles.CsvAsync(await staff.Http.GetAsync(link));
        Assert.Equal(["Opportunity", "Bid deadline", "All bids", "From Leeds-based organisations", "From small organisations"], headings);
        Assert.Equal(expected.Closed.Select(o => $"{o.Title}: {o.Bids}").Order(), rows.Select(r => $"{r[0]}: {r[2]}").Order());
        Assert.Equal(expected.All, rows.Sum(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)));
        var sheet = await LeedsCommissioning.Web.Tests.Exports.ExportFiles.XlsxAsync(
            await staff.Http.GetAsync(page.GetElementById("bids-per-opportunity-download-xlsx")!.GetAttribute("href")));
        Assert.Equal(expected.Closed.Count, sheet.Count - 1);
    }

    private static decimal Pounds(string text) =>
        decimal.Parse(text.TrimStart('£').Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
