using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Dashboard;
using LeedsCommissioning.Web.Features.Monitoring;
using LeedsCommissioning.Web.Features.Providers;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LeedsCommissioning.Web.Tests.Dashboard.DashboardPages;

namespace LeedsCommissioning.Web.Tests.Monitoring;

/// <summary>
/// The dashboard's figures and staff's monitoring list are kept between requests per version of the data they read
/// (migration MonitoringVersion: triggers raise MonitoringVersion on every change to plans, returns, their reviews,
/// evidence, commitments and bids) and per UK date, and the dashboard until the next bid deadline passes. A change
/// made through the portal, or written straight to the database as another instance or a script would, shows on the
/// very next request; so does a new day, and a bid deadline passing. Each test has a portal of its own, because it
/// changes the data or moves the clock.
/// </summary>
public sealed class The_dashboard_and_the_monitoring_list_follow_every_change
{
    private static readonly string SecondQuarter = $"{new FinancialQuarter(2026, 2).Label} ({new FinancialQuarter(2026, 2).Months})";

    [Fact]
    public async Task a_return_submitted_through_the_portal_raises_the_monitoring_version_and_shows_at_once()
    {
        using var factory = new PortalFactory();
        var id = await MonitoringTestData.LateReturnAsync(factory);
        var reference = await factory.WithDbAsync(db => db.Contracts.Where(c => db.QuarterlyReturns.Any(r => r.Id == id && r.ContractId == c.Id))
            .Select(c => c.Reference).SingleAsync());
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var dashboard = await commissioner.GetDocumentAsync("/dashboard?year=2026");
        var awaiting = Matching(await commissioner.GetDocumentAsync("/monitoring?status=awaiting-review"));
        var late = Matching(await commissioner.GetDocumentAsync("/monitoring?status=late"));
        Assert.Contains(reference, await ReferencesAsync(commissioner, "late"));
        var version = await MonitoringVersionAsync(factory);

        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var answers = await MonitoringTestData.CompleteAnswersAsync(factory, id);
        answers["Next"] = "continue";
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync($"/monitoring/returns/{id}", $"/monitoring/returns/{id}", answers)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await provider.PostFormAsync($"/monitoring/returns/{id}/check-answers", $"/monitoring/returns/{id}/submit", [])).StatusCode);

        Assert.True(await MonitoringVersionAsync(factory) > version);
        var after = await commissioner.GetDocumentAsync("/dashboard?year=2026");
        // Due 30 October 2026, submitted on 26 November 2026: one fewer late and not submitted, one more submitted late.
        Assert.Equal(Figure(dashboard, 1) + 1, Figure(after, 1));
        Assert.Equal(Figure(dashboard, 2) - 1, Figure(after, 2));
        Assert.Equal(awaiting + 1, Matching(await commissioner.GetDocumentAsync("/monitoring?status=awaiting-review")));
        Assert.Equal(late - 1, Matching(await commissioner.GetDocumentAsync("/monitoring?status=late")));
        Assert.Contains(reference, await ReferencesAsync(commissioner, "awaiting-review"));
        Assert.DoesNotContain(reference, await ReferencesAsync(commissioner, "late"));
    }

    [Fact]
    public async Task a_rating_changed_elsewhere_shows_on_the_dashboard_and_the_list_at_once()
    {
        using var factory = new PortalFactory();
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        // A live contract's latest review, of a return for 2026 to 2027, not rated red.
        var rated = await factory.WithDbAsync(db => db.QuarterlyReturns.AsNoTracking()
            .Where(r => r.Review != null && r.Review.Rating != Rag.Red && r.QuarterKey >= 20261 && r.QuarterKey <= 20264)
            .Where(r => !db.QuarterlyReturns.Any(o => o.ContractId == r.ContractId && o.Review != null && o.QuarterKey > r.QuarterKey))
            .Where(r => db.Contracts.Where(ProviderQueries.IsDelivering).Any(c => c.Id == r.ContractId))
            .OrderBy(r => r.Id).Select(r => new { r.Id, Reference = db.Contracts.Where(c => c.Id == r.ContractId).Select(c => c.Reference).Single() })
            .FirstAsync());
        var before = await commissioner.GetDocumentAsync("/dashboard?year=2026");
        Assert.DoesNotContain(rated.Reference, await ReferencesAsync(commissioner, "red"));

        await factory.WithDbAsync(db => db.MonitoringReviews.Where(v => v.QuarterlyReturnId == rated.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Rating, Rag.Red).SetProperty(v => v.RatingReason, "Safeguarding concerns raised by Healthwatch")));

        var after = await commissioner.GetDocumentAsync("/dashboard?year=2026");
        Assert.Equal(int.Parse(Table(before, "latest-ratings")["Red"][0], CultureInfo.InvariantCulture) + 1,
            int.Parse(Table(after, "latest-ratings")["Red"][0], CultureInfo.InvariantCulture));
        Assert.Contains("Safeguarding concerns raised by Healthwatch", Text(after, "rated-red"), StringComparison.Ordinal);
        Assert.Contains(rated.Reference, await ReferencesAsync(commissioner, "red"));
    }

    [Fact]
    public async Task a_return_due_today_is_due_soon_and_late_the_next_day_with_no_change_to_the_data()
    {
        // Due 30 October 2026: on that day (noon, UK time) it is due soon, the next day late.
        using var factory = new OnTheDayTheSecondQuartersReturnsAreDue();
        var id = await MonitoringTestData.LateReturnAsync(factory);
        var reference = await factory.WithDbAsync(db => db.Contracts.Where(c => db.QuarterlyReturns.Any(r => r.Id == id && r.ContractId == c.Id))
            .Select(c => c.Reference).SingleAsync());
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.Contains(reference, await ReferencesAsync(commissioner, "due"));
        Assert.DoesNotContain(reference, await ReferencesAsync(commissioner, "late"));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        Assert.DoesNotContain(reference, await ReferencesAsync(commissioner, "due"));
        Assert.Contains(reference, await ReferencesAsync(commissioner, "late"));
    }

    [Fact]
    public async Task an_opportunity_is_counted_on_the_dashboard_once_its_bid_deadline_passes_the_same_day()
    {
        using var factory = new PortalFactory();
        var (_, _, deadline) = await Opportunities.Demo.FindAsync(factory, Opportunities.Demo.OpenTitle);
        var year = FinancialYear.Of(UkTime.DateOf(deadline)).StartYear.ToString(CultureInfo.InvariantCulture);
        factory.Clock.SetUtcNow(new DateTimeOffset(deadline.AddSeconds(-1), TimeSpan.Zero));
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.DoesNotContain(Opportunities.Demo.OpenTitle, await BidsDownloadTitlesAsync(commissioner, $"?year={year}"));

        factory.Clock.SetUtcNow(new DateTimeOffset(deadline, TimeSpan.Zero));

        Assert.Contains(Opportunities.Demo.OpenTitle, await BidsDownloadTitlesAsync(commissioner, $"?year={year}"));
    }

    /// <summary>
    /// The dashboard counts the year's returns and ratings in the database; the figures are those the monitoring rules
    /// give (<see cref="QuarterlyReturn.Timing"/> with no warning period, and each contract's latest review of the year)
    /// on the demo's returns, on a day when one return is due that very day and on a later one when it is late.
    /// </summary>
    [Fact]
    public async Task the_returns_and_ratings_counted_by_the_database_are_those_of_the_monitoring_rules()
    {
        using var factory = new OnTheDayTheSecondQuartersReturnsAreDue();
        var returns = await factory.WithDbAsync(db => db.QuarterlyReturns.AsNoTracking().Where(r => r.QuarterKey >= 20261 && r.QuarterKey <= 20264)
            .Select(r => new { r.ContractId, r.QuarterKey, r.DueOn, r.SubmittedOn, Rating = r.Review == null ? (Rag?)null : r.Review.Rating })
            .ToListAsync());
        Assert.Contains(returns, r => r.Rating is not null);
        var latest = returns.Where(r => r.Rating is not null).GroupBy(r => r.ContractId).Select(g => g.MaxBy(r => r.QuarterKey)!.Rating).ToList();

        foreach (var now in new[] { factory.Clock.GetUtcNow(), PortalFactory.Now })
        {
            factory.Clock.SetUtcNow(now);
            var today = UkTime.DateOf(now.UtcDateTime);
            var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
            var page = await commissioner.GetDocumentAsync("/dashboard?year=2026");

            var table = Table(page, "returns-by-quarter");
            foreach (var quarter in Enumerable.Range(1, 4).Select(n => new FinancialQuarter(2026, n)))
            {
                var timings = returns.Where(r => r.QuarterKey == quarter.Key).Select(r => QuarterlyReturn.Timing(r.DueOn, r.SubmittedOn, today, 0)).ToList();
                int[] expected =
                [
                    timings.Count(t => t == ReturnTiming.SubmittedOnTime), timings.Count(t => t == ReturnTiming.SubmittedLate),
                    timings.Count(t => t == ReturnTiming.Late), timings.Count(t => t is ReturnTiming.NotYetDue or ReturnTiming.DueSoon),
                ];
                Assert.Equal(expected, table[$"{quarter.Label} ({quarter.Months})"].Select(v => int.Parse(v, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)));
            }

            var ratings = Table(page, "latest-ratings");
            foreach (var rag in new[] { Rag.Red, Rag.Amber, Rag.Green })
            {
                Assert.Equal(latest.Count(r => r == rag), int.Parse(ratings[rag.ToString()][0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// A commissioner's "Quarterly returns to review" (home page) is kept per person against the register's and the
    /// monitoring versions: a return submitted, and a contract given to another commissioner, straight in the database
    /// as another instance would, show on the next read, which always equals the count read from the database.
    /// </summary>
    [Fact]
    public async Task a_commissioners_returns_to_review_follow_a_return_submitted_and_a_contract_handed_over_elsewhere()
    {
        using var factory = new PortalFactory();
        var priya = await TestUsers.FindAsync(factory, "commissioner@example.org");
        Task<int> AwaitingAsync() => factory.WithDbAsync(db => db.QuarterlyReturns.CountAsync(r => r.Status == ReturnStatus.Submitted
            && db.Contracts.Any(c => c.Id == r.ContractId && (c.ResponsibleCommissionerId == priya.Id
                || (c.ResponsibleCommissionerId == null && c.CommissioningOrganisationId == priya.CommissioningOrganisationId)))));
        var before = (await MonitoringTestData.WorkAsync<ReturnsToReviewWork>(factory, "commissioner@example.org"))!.Count;
        Assert.Equal(await AwaitingAsync(), before);
        Assert.Equal(before, (await MonitoringTestData.WorkAsync<ReturnsToReviewWork>(factory, "commissioner@example.org"))!.Count);

        // A draft of a contract hers to review submitted (the status written straight to the database).
        var draft = await factory.WithDbAsync(db => db.QuarterlyReturns.Where(r => r.Status == ReturnStatus.Draft
                && db.Contracts.Any(c => c.Id == r.ContractId && (c.ResponsibleCommissionerId == priya.Id
                    || (c.ResponsibleCommissionerId == null && c.CommissioningOrganisationId == priya.CommissioningOrganisationId))))
            .Select(r => r.Id).FirstAsync());
        await factory.WithDbAsync(db => db.QuarterlyReturns.Where(r => r.Id == draft)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReturnStatus.Submitted).SetProperty(r => r.SubmittedOn, new DateOnly(2026, 11, 26))));
        var submitted = await MonitoringTestData.WorkAsync<ReturnsToReviewWork>(factory, "commissioner@example.org");
        Assert.Equal(before + 1, submitted!.Count);
        Assert.Equal(await AwaitingAsync(), submitted.Count);

        // That contract handed to another commissioner: no longer hers to review.
        var other = await TestUsers.FindAsync(factory, "director@example.org");
        await factory.WithDbAsync(db => db.Contracts.Where(c => db.QuarterlyReturns.Any(r => r.Id == draft && r.ContractId == c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ResponsibleCommissionerId, other.Id)));
        var handedOver = await MonitoringTestData.WorkAsync<ReturnsToReviewWork>(factory, "commissioner@example.org");
        Assert.Equal(await AwaitingAsync(), handedOver!.Count);
        Assert.True(handedOver.Count < submitted.Count);
    }

    private static Task<long> MonitoringVersionAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => DataVersion.ReadAsync(db, DataVersion.Monitoring));

    /// <summary>The second quarter's figure in column <paramref name="column"/> of the returns chart (0 on time, 1 submitted late, 2 late and not submitted, 3 not yet due).</summary>
    private static int Figure(IDocument dashboard, int column) =>
        int.Parse(Table(dashboard, "returns-by-quarter")[SecondQuarter][column], CultureInfo.InvariantCulture);

    /// <summary>"Showing 3 of 40 contracts": how many contracts the filters match.</summary>
    private static int Matching(IDocument list) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(list.QuerySelector("#count")!.TextContent, @"\d+").Value, CultureInfo.InvariantCulture);

    /// <summary>The references of every contract the list matches with this status filter, from its download (every page).</summary>
    private static async Task<List<string>> ReferencesAsync(PortalClient client, string status)
    {
        var (_, rows) = await Exports.ExportFiles.CsvAsync(await client.Http.GetAsync($"/monitoring/export.csv?status={status}"));
        return rows.Select(r => r[0]).ToList();
    }

    /// <summary>A portal on 30 October 2026 (noon, UK time), the day the second quarter's returns are due.</summary>
    public sealed class OnTheDayTheSecondQuartersReturnsAreDue() : PortalFactory(new DateTimeOffset(2026, 10, 30, 11, 0, 0, TimeSpan.Zero));
}
