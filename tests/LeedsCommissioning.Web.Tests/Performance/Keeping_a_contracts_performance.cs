using System.Net;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Performance;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Tests.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Performance;

/// <summary>
/// Issue 15, "Changes and performance during the contract": the contract's Performance page shows its key performance
/// indicators with their ratings by contract year and its breaches; the commissioner adds and rates indicators and records
/// poor performance; the provider sees its own contract's record and nobody else's.
/// </summary>
public sealed class Keeping_a_contracts_performance(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string LiveWell = "LCC-AH-2019-014";
    private const string HomeCare = "LCC-AH-2021-006";

    [Fact]
    public async Task the_performance_page_shows_each_indicator_with_its_rating_for_the_year()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, HomeCare);

        var page = await commissioner.GetDocumentAsync($"/contracts/{id}/performance");

        var rows = page.QuerySelectorAll("#kpi-table tbody tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("Care visits on time", rows[0].QuerySelector("th")!.TextContent.Trim(), StringComparison.Ordinal);
        // Home care began on 1 June 2021: year 5 (from 1 June 2025) is rated, year 6 (from 1 June 2026) is not yet.
        Assert.Equal("Requires improvement", rows[0].QuerySelectorAll("td")[4].QuerySelector(".govuk-tag")!.TextContent);
        Assert.Contains("Not rated", rows[0].QuerySelectorAll("td")[5].TextContent, StringComparison.Ordinal);
        Assert.Contains("Persistent poor performance", page.GetElementById("failures")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Steps taken: Performance improvement plan agreed on 21 September 2026", page.GetElementById("failures")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Performance", page.QuerySelector("[aria-current=page]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_provider_sees_its_own_contracts_performance_and_not_another_providers()
    {
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var own = await ContractForms.IdOfAsync(factory, LiveWell);
        var other = await ContractForms.IdOfAsync(factory, HomeCare);

        var ownPage = await provider.Http.GetAsync($"/contracts/{own}/performance");
        var otherPage = await provider.Http.GetAsync($"/contracts/{other}/performance");
        var notice = await provider.Http.GetAsync($"/contracts/{own}/uk7-notice");
        var rate = await provider.Http.GetAsync($"/contracts/{own}/performance/failures/new");

        Assert.Equal(HttpStatusCode.OK, ownPage.StatusCode);
        var document = await PortalClient.ParseAsync(ownPage);
        Assert.Equal(3, document.QuerySelectorAll("#kpi-table tbody tr").Length);
        Assert.Null(document.GetElementById("add-kpi"));
        Assert.Null(document.GetElementById("performance-notices"));
        Assert.Equal(HttpStatusCode.NotFound, otherPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rate.StatusCode);
    }

    [Fact]
    public async Task adding_an_indicator_without_its_measure_or_target_keeps_what_was_typed_and_says_what_is_missing()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2019-016");
        var url = $"/contracts/{id}/performance/kpis/new";

        var refused = await commissioner.PostFormAsync(url, url, new() { ["Name"] = "Breaks booked within four weeks" });
        var page = await PortalClient.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(["Enter how the key performance indicator is measured", "Enter the target"], page.ErrorSummary());
        Assert.Equal("Breaks booked within four weeks", page.Value("Name"));

        var added = await commissioner.PostFormAsync(url, url, new()
        {
            ["Name"] = "Breaks booked within four weeks", ["Measure"] = "Share of carers' requests booked within four weeks", ["Target"] = "90%",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/contracts/{id}/performance", added.Headers.Location!.OriginalString);
        var kpis = await factory.WithDbAsync(db => db.KeyPerformanceIndicators.Where(k => k.ContractId == id).Select(k => new { k.Name, k.Target }).ToListAsync());
        Assert.Equal(("Breaks booked within four weeks", "90%"), (Assert.Single(kpis).Name, kpis[0].Target));
    }

    [Fact]
    public async Task rating_an_indicator_for_a_year_that_has_not_begun_is_refused_and_a_begun_year_is_rated()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");
        var kpi = await factory.WithDbAsync(db => db.KeyPerformanceIndicators.Where(k => k.ContractId == id).OrderBy(k => k.Id).Select(k => k.Id).FirstAsync());
        var url = $"/contracts/{id}/performance/kpis/{kpi}/rate";

        var empty = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, []));
        // The advocacy hub began on 1 April 2025; year 3 begins on 1 April 2027.
        var future = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, new()
        {
            ["Year"] = "3", ["Rating"] = nameof(PerformanceRating.Good), ["RatedOn.Day"] = "20", ["RatedOn.Month"] = "11", ["RatedOn.Year"] = "2026",
        }));
        var rated = await commissioner.PostFormAsync(url, url, new()
        {
            ["Year"] = "2", ["Rating"] = nameof(PerformanceRating.ApproachingTarget), ["RatedOn.Day"] = "20", ["RatedOn.Month"] = "11", ["RatedOn.Year"] = "2026",
            ["Note"] = "91% in the first half of the year",
        });

        Assert.Equal(["Select the contract year", "Select the rating", "Enter the date of the rating"], empty.ErrorSummary());
        Assert.Equal(["Contract year 3 starts on 1 April 2027: it can be rated once it has begun"], future.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        var rating = await factory.WithDbAsync(db => db.KeyPerformanceIndicators.Where(k => k.Id == kpi).SelectMany(k => k.Ratings).SingleAsync(r => r.Year == 2));
        Assert.Equal((PerformanceRating.ApproachingTarget, new DateOnly(2026, 11, 20), "91% in the first half of the year", "Priya Shah"),
            (rating.Rating, rating.RatedOn, rating.Note, rating.RatedByName));
    }

    [Fact]
    public async Task an_indicator_is_removed_after_confirming_but_not_below_three_on_a_contract_over_five_million()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        // Integrated sexual health service: from July 2025 under the Act, £6.2m a year; its demo ratings are cleared here so each can go.
        var id = await ContractForms.IdOfAsync(factory, "LCC-PH-2025-002");
        await factory.WithDbAsync(async db =>
        {
            db.RemoveRange(await db.KeyPerformanceIndicators.Where(k => k.ContractId == id).SelectMany(k => k.Ratings).ToListAsync());
            return await db.SaveChangesAsync();
        });
        var first = await factory.WithDbAsync(db => db.KeyPerformanceIndicators.Where(k => k.ContractId == id).OrderBy(k => k.Id)
            .Select(k => new { k.Id, k.Name }).FirstAsync());
        var url = $"/contracts/{id}/performance/kpis/{first.Id}/remove";

        var confirm = await commissioner.GetDocumentAsync(url);
        var tooFew = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, []));

        Assert.Equal("Are you sure you want to remove this key performance indicator?", confirm.Heading());
        Assert.Contains("the contract is left with 2 key performance indicators; a contract worth more than £5,000,000 needs at least 3",
            confirm.QuerySelector(".app-what-happens")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [$"“{first.Name}” cannot be removed: a contract worth more than £5,000,000 needs at least 3 key performance indicators (Procurement Act 2023). Add another first"],
            tooFew.ErrorSummary());
        Assert.Equal(3, await factory.WithDbAsync(db => db.KeyPerformanceIndicators.CountAsync(k => k.ContractId == id)));

        var add = $"/contracts/{id}/performance/kpis/new";
        await commissioner.PostFormAsync(add, add, new() { ["Name"] = "Chlamydia tests for under-25s", ["Measure"] = "Tests a year", ["Target"] = "12,000" });
        var performance = await commissioner.GetDocumentAsync($"/contracts/{id}/performance");
        Assert.NotNull(performance.QuerySelector($"a[href='{url}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync(url)).StatusCode);
        var removed = await commissioner.PostFormAsync(url, url, []);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var names = await factory.WithDbAsync(db => db.KeyPerformanceIndicators.Where(k => k.ContractId == id).Select(k => k.Name).ToListAsync());
        Assert.Equal(3, names.Count);
        Assert.DoesNotContain(first.Name, names);
    }

    [Fact]
    public async Task a_breach_is_recorded_with_its_date_what_happened_and_the_steps_taken()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2018-008");
        var url = $"/contracts/{id}/performance/failures/new";

        var empty = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, []));
        var recorded = await commissioner.PostFormAsync(url, url, new()
        {
            ["Kind"] = nameof(PerformanceFailureKind.Breach), ["OccurredOn.Day"] = "3", ["OccurredOn.Month"] = "11", ["OccurredOn.Year"] = "2026",
            ["Description"] = "A home admitted residents while under a CQC warning notice, against clause 12.",
            ["StepsTaken"] = "Admissions suspended until the CQC re-inspects; weekly visits by the quality team.",
        });

        Assert.Equal(
            ["Select whether it is a breach of contract or persistent poor performance", "Enter the date it happened", "Enter what happened", "Enter the steps taken"],
            empty.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = await commissioner.GetDocumentAsync($"/contracts/{id}/performance");
        Assert.Contains("Breach of contract", page.GetElementById("failures")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 November 2026", page.GetElementById("failures")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Admissions suspended until the CQC re-inspects", page.GetElementById("failures")!.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>
/// Issue 15: a variation (a change of scope in words) is recorded with its reason and date; one that raises the whole-life
/// value by the key-decision threshold (£500,000) or more waits for the decision maker, whose home page lists it, and who
/// approves or refuses it on its decision record. The UK7, UK9 and UK10 notices are prepared from these records.
/// </summary>
public sealed class Varying_a_contract_and_its_notices(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Variation(string description, string value) => new()
    {
        ["Description"] = description, ["ValueChange"] = value,
        ["EffectiveDate.Day"] = "1", ["EffectiveDate.Month"] = "1", ["EffectiveDate.Year"] = "2027",
        ["Reason"] = "Agreed at the contract review on 12 November 2026",
    };

    [Fact]
    public async Task a_variation_under_the_threshold_is_recorded_without_a_decision()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");
        var url = $"/contracts/{id}/variations/new";

        var empty = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, []));
        var recorded = await commissioner.PostFormAsync(url, url, Variation("Advocates also attend hospital discharge meetings", "45,000"));

        Assert.Equal(["Describe the change to the scope or service", "Enter the date the change takes effect", "Enter the reason for the change"], empty.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var change = await factory.WithDbAsync(db => db.ContractChanges.Include(c => c.Decision)
            .SingleAsync(c => c.ContractId == id && c.Kind == ContractChangeKind.Variation));
        Assert.Equal(("Advocates also attend hospital discharge meetings", 45_000m, new DateOnly(2027, 1, 1)), (change.Description, change.ValueChange, change.EffectiveDate));
        Assert.Null(change.Decision);
        var page = await commissioner.GetDocumentAsync($"/contracts/{id}/performance");
        Assert.Contains("No decision needed", page.GetElementById("changes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_variation_over_the_threshold_waits_for_the_director_who_approves_it()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-017");
        var url = $"/contracts/{id}/variations/new";

        var recorded = await commissioner.PostFormAsync(url, url, Variation("Adds an evening helpline for carers", "650,000"));
        var changeId = await factory.WithDbAsync(db => db.ContractChanges.Where(c => c.ContractId == id && c.Kind == ContractChangeKind.Variation).Select(c => c.Id).SingleAsync());
        var decide = $"/contracts/{id}/changes/{changeId}/decide";
        var work = await WorkAsync("director@example.org");
        var commissionerDecides = await commissioner.Http.GetAsync(decide);
        var pendingNotice = await commissioner.GetDocumentAsync($"/contracts/{id}/changes/{changeId}/uk10-notice");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Contains(work!.Items, i => i.Link == decide && i.Detail!.StartsWith("A variation that increases the whole-life value by £650,000", StringComparison.Ordinal));
        Assert.Null(await WorkAsync("commissioner@example.org"));
        Assert.Equal(HttpStatusCode.Forbidden, commissionerDecides.StatusCode);
        Assert.Contains("The change is waiting for the decision maker's decision", Missing(pendingNotice));

        var empty = await PortalClient.ParseAsync(await director.PostFormAsync(decide, decide, []));
        var approved = await director.PostFormAsync(decide, decide, new() { ["Outcome"] = "approve", ["Reasons"] = "Within the carers' budget for 2027" });

        Assert.Equal(["Select whether you approve or refuse the change", "Enter the reasons for your decision"], empty.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var decision = await factory.WithDbAsync(db => db.ContractChanges.Where(c => c.Id == changeId).Select(c => c.Decision!).SingleAsync());
        Assert.Equal((DecisionOutcome.Approved, "Helen Carter", DecisionKind.KeyDecision), (decision.Outcome, decision.DecisionMakerName, decision.Kind));
        var notice = await commissioner.GetDocumentAsync($"/contracts/{id}/changes/{changeId}/uk10-notice");
        Assert.Empty(Missing(notice));
        Assert.Equal("UK10 contract change notice", notice.Heading());
        Assert.Contains("Description of the change: Adds an evening helpline for carers", Text(notice), StringComparison.Ordinal);
        Assert.Contains("Decision: Approved by Helen Carter on 26 November 2026 (Key decision): Within the carers' budget for 2027", Text(notice), StringComparison.Ordinal);
        var again = await director.Http.GetAsync(decide);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task the_director_refuses_the_demo_variation_and_its_notice_says_it_is_not_made()
    {
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2019-014");
        var changeId = await factory.WithDbAsync(db => db.ContractChanges.Where(c => c.ContractId == id && c.Kind == ContractChangeKind.Variation).Select(c => c.Id).SingleAsync());
        var decide = $"/contracts/{id}/changes/{changeId}/decide";

        var refused = await director.PostFormAsync(decide, decide, new() { ["Outcome"] = "refuse", ["Reasons"] = "The ICB funding is not yet confirmed" });

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var page = await director.GetDocumentAsync($"/contracts/{id}/performance");
        Assert.Contains("Refused", page.GetElementById("changes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The ICB funding is not yet confirmed", page.GetElementById("changes")!.TextContent, StringComparison.Ordinal);
        var notice = await director.GetDocumentAsync($"/contracts/{id}/changes/{changeId}/uk10-notice");
        Assert.Contains("The change was refused by the decision maker, so it is not made", Missing(notice));
    }

    [Fact]
    public async Task the_contract_details_notice_lists_the_indicators_and_what_is_missing()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var homeCare = await ContractForms.IdOfAsync(factory, "LCC-AH-2021-006");
        var advocacy = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");

        var complete = await officer.GetDocumentAsync($"/contracts/{homeCare}/uk7-notice");
        var advocacyNotice = await officer.GetDocumentAsync($"/contracts/{advocacy}/uk7-notice");

        Assert.Equal("UK7 contract details notice", complete.Heading());
        Assert.Empty(Missing(complete));
        Assert.Contains("Indicator 1: Care visits on time. Measure: Share of planned visits started within 30 minutes", Text(complete), StringComparison.Ordinal);
        Assert.Contains("Suppliers: Yorkshire Homecare Ltd (lead provider)", Text(complete), StringComparison.Ordinal);
        Assert.Contains("Indicator 3: Community advocacy sessions held by partners", Text(advocacyNotice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_contract_details_notice_asks_for_three_indicators_on_a_contract_over_five_million_under_the_act()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        // Integrated sexual health service: from July 2025 under the Act, £6.2m a year; its three indicators are removed here.
        var id = await ContractForms.IdOfAsync(factory, "LCC-PH-2025-002");
        await factory.WithDbAsync(async db =>
        {
            var c = await db.Contracts.Include(x => x.Kpis).ThenInclude(k => k.Ratings).SingleAsync(x => x.Id == id);
            db.RemoveRange(c.Kpis.SelectMany(k => k.Ratings));
            db.RemoveRange(c.Kpis);
            return await db.SaveChangesAsync();
        });

        var notice = await officer.GetDocumentAsync($"/contracts/{id}/uk7-notice");

        Assert.Contains("Record at least 3 key performance indicators on the contract's Performance page: a contract worth more than £5,000,000 needs them (0 recorded)", Missing(notice));
    }

    [Fact]
    public async Task the_contract_performance_notice_gives_each_rating_of_the_year_and_the_breaches_in_it()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2021-006");

        var year5 = await officer.GetDocumentAsync($"/contracts/{id}/uk9-notice?year=5");
        var year6 = await officer.GetDocumentAsync($"/contracts/{id}/uk9-notice?year=6");
        var beyond = await officer.Http.GetAsync($"/contracts/{id}/uk9-notice?year=40");

        Assert.Equal("UK9 contract performance notice", year5.Heading());
        Assert.Empty(Missing(year5));
        Assert.Contains("Care visits on time: Requires improvement (rated on 20 June 2026; target: 95%)", Text(year5), StringComparison.Ordinal);
        Assert.Contains("Breaches of contract or persistent poor performance: None recorded in this year", Text(year5), StringComparison.Ordinal);
        Assert.Contains("Rate “Care visits on time” for contract year 6 on the contract's Performance page", Missing(year6));
        Assert.Contains("Persistent poor performance on 14 September 2026: Visits started late in the east zone", Text(year6), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    private async Task<WorkGroup?> WorkAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var user = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var principal = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.SignInManager<global::LeedsCommissioning.Infrastructure.Identity.ApplicationUser>>()
            .CreateUserPrincipalAsync((await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<global::LeedsCommissioning.Infrastructure.Identity.ApplicationUser>>().FindByIdAsync(user))!);
        var source = scope.ServiceProvider.GetServices<IWorkSource>().OfType<global::LeedsCommissioning.Web.Features.Performance.ChangeDecisionWork>().Single();
        return await source.ForAsync(new WorkFor(principal, user, null, null, new DateOnly(2026, 11, 26), PortalFactory.Now.UtcDateTime), CancellationToken.None);
    }

    private static IReadOnlyList<string> Missing(IDocument notice) =>
        notice.QuerySelectorAll("[data-notice-missing] li").Select(li => li.TextContent.Trim()).ToList();

    private static string Text(IDocument notice) => notice.GetElementById("notice-text")!.TextContent;
}
