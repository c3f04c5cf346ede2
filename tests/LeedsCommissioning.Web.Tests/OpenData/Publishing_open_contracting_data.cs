using System.Net;
using System.Text.Json;
using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.OpenData;

/// <summary>
/// The council's contracting data as OCDS 1.1 packages, anonymous (issue 15, "Exports and open data"; docs/open-data.md),
/// read from the demo data.
/// </summary>
public sealed class Publishing_open_contracting_data(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Prefix = "ocds-lcdemo";

    [Fact]
    public async Task the_release_package_is_valid_against_the_vendored_schemas_with_the_lots_extension()
    {
        var (json, document) = await GetAsync("/ocds/releases");

        Assert.Empty(await OcdsSchemas.ErrorsAsync(OcdsSchemas.ReleasePackageAsync(), json));
        var root = document.RootElement;
        Assert.Equal("1.1", root.GetProperty("version").GetString());
        Assert.Contains("https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
            root.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()));
        var releases = root.GetProperty("releases").EnumerateArray().ToList();
        Assert.NotEmpty(releases);
        Assert.All(releases, r => Assert.StartsWith(Prefix + "-", r.GetProperty("ocid").GetString()));
        Assert.Contains(releases, r => r.TryGetProperty("tender", out var t) && t.GetProperty("lots").GetArrayLength() > 0);
        // The implementation stage is in what was validated: milestones of both kinds, on contracts tagged "implementation".
        var milestones = releases.Where(r => r.TryGetProperty("contracts", out _)).SelectMany(r => r.GetProperty("contracts").EnumerateArray())
            .Where(c => c.TryGetProperty("implementation", out _))
            .SelectMany(c => c.GetProperty("implementation").GetProperty("milestones").EnumerateArray()).ToList();
        Assert.Contains(milestones, m => m.GetProperty("type").GetString() == "reporting");
        Assert.Contains(milestones, m => m.GetProperty("type").GetString() == "delivery");
        Assert.All(releases.Where(r => r.TryGetProperty("contracts", out var c) && c.EnumerateArray().Any(x => x.TryGetProperty("implementation", out _))),
            r => Assert.Contains("implementation", r.GetProperty("tag").EnumerateArray().Select(t => t.GetString())));
    }

    [Fact]
    public async Task the_schemas_refuse_a_release_that_breaks_them_so_the_validation_can_fail()
    {
        var (json, _) = await GetAsync("/ocds/releases");
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var release = node["releases"]!.AsArray().First(r => r!["tender"] is not null)!;
        release["tender"]!["status"] = "open";
        release["tender"]!["lots"]![0]!.AsObject().Remove("id");
        release.AsObject().Remove("initiationType");

        var errors = await OcdsSchemas.ErrorsAsync(OcdsSchemas.ReleasePackageAsync(), node.ToJsonString());

        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public async Task the_record_package_is_valid_against_the_vendored_schemas_and_has_one_record_per_process()
    {
        var (json, document) = await GetAsync("/ocds/records");
        var (_, releases) = await GetAsync("/ocds/releases");

        Assert.Empty(await OcdsSchemas.ErrorsAsync(OcdsSchemas.RecordPackageAsync(), json));
        var records = document.RootElement.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(
            releases.RootElement.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("ocid").GetString()),
            records.Select(r => r.GetProperty("ocid").GetString()));
        Assert.All(records, r => Assert.Equal(r.GetProperty("ocid").GetString(), r.GetProperty("compiledRelease").GetProperty("ocid").GetString()));
    }

    [Fact]
    public async Task published_opportunities_and_contracted_register_contracts_are_released_and_drafts_are_not()
    {
        var expected = await factory.WithDbAsync(async db => new
        {
            Published = await db.Opportunities.Where(o => o.PublishedAtUtc != null).Select(o => o.Id).ToListAsync(),
            Unpublished = await db.Opportunities.Where(o => o.PublishedAtUtc == null).Select(o => new { o.Id, o.Title }).ToListAsync(),
            Register = await db.Contracts.Where(c => c.OpportunityId == null && c.Status != ContractStatus.Planned && c.Status != ContractStatus.Procuring)
                .Select(c => c.Id).ToListAsync(),
        });

        var (json, document) = await GetAsync("/ocds/releases");

        var ocids = document.RootElement.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("ocid").GetString()).ToHashSet();
        Assert.NotEmpty(expected.Unpublished);
        Assert.Equal(
            expected.Published.Select(id => $"{Prefix}-opportunity-{id}").Concat(expected.Register.Select(id => $"{Prefix}-contract-{id}")).Order(),
            ocids.Order());
        Assert.All(expected.Unpublished, o => Assert.DoesNotContain(o.Title, json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task no_persons_name_no_email_address_no_bid_answer_and_no_losing_bids_price_is_published()
    {
        var bids = await factory.WithDbAsync(async db =>
        {
            var awarded = await db.LotAwards.Where(a => a.BidId != null).Select(a => a.BidId!.Value).ToListAsync();
            return new
            {
                Answers = await db.Set<BidAnswer>().Where(a => a.Text.Length > 20).Select(a => a.Text).ToListAsync(),
                LosingTotals = (await db.Set<Bid>().Include(b => b.Prices).Where(b => b.Status == BidStatus.Submitted).ToListAsync())
                    .Where(b => !awarded.Contains(b.Id) && b.Prices.Count > 0).Select(b => (b.OpportunityId, b.TotalPrice)).ToList(),
            };
        });
        var monitoring = await MonitoringWordsAsync();

        var (releasesJson, releases) = await GetAsync("/ocds/releases");
        var (recordsJson, _) = await GetAsync("/ocds/records");

        Assert.NotEmpty(bids.Answers);
        Assert.NotEmpty(bids.LosingTotals);
        foreach (var json in new[] { releasesJson, recordsJson })
        {
            Assert.All(DemoData.Accounts, a => Assert.DoesNotContain(a.Name, json, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("@", json, StringComparison.Ordinal);
            Assert.All(bids.Answers, text => Assert.DoesNotContain(text, json, StringComparison.Ordinal));
            Assert.All(monitoring, text => Assert.DoesNotContain(text, json, StringComparison.Ordinal));
        }

        // What was awarded and contracted is published; what losing bidders offered is not. (A losing bid may equal an
        // estimate or another contract's value by chance, so only its own opportunity's awards, contracts and bids are searched.)
        var opportunities = releases.RootElement.GetProperty("releases").EnumerateArray()
            .ToDictionary(r => r.GetProperty("ocid").GetString()!, r => new[] { "awards", "contracts", "bids" }
                .Where(n => r.TryGetProperty(n, out _)).SelectMany(n => Amounts(r.GetProperty(n))).ToHashSet());
        Assert.Contains(opportunities.Values, amounts => amounts.Count > 0);
        Assert.All(bids.LosingTotals, bid => Assert.DoesNotContain(bid.TotalPrice, opportunities.GetValueOrDefault($"{Prefix}-opportunity-{bid.OpportunityId}") ?? []));
        Assert.All(releases.RootElement.GetProperty("releases").EnumerateArray().Where(r => r.TryGetProperty("bids", out _)),
            r => Assert.Equal(["statistics"], r.GetProperty("bids").EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task the_awarded_opportunity_has_its_award_contract_supplier_and_bid_statistics_per_lot()
    {
        var facts = await factory.WithDbAsync(async db =>
        {
            var award = await db.LotAwards.SingleAsync(a => a.Status == AwardStatus.Approved && a.NoticePublishedOn != null && a.ContractId != null);
            var bids = await db.Set<Bid>().Where(b => b.OpportunityId == award.OpportunityId && b.Status == BidStatus.Submitted)
                .Join(db.Providers, b => b.ProviderId, p => p.Id, (b, p) => new { p.SizeBand, p.IsLeedsBased }).ToListAsync();
            var contract = await db.Contracts.SingleAsync(c => c.Id == award.ContractId);
            return new
            {
                award.OpportunityId,
                award.ContractId,
                award.ProviderId,
                award.ProviderName,
                award.TotalPrice,
                contract.WholeLifeValue,
                Bids = bids.Count,
                Small = bids.Count(b => b.SizeBand is Domain.Providers.SizeBand.Micro or Domain.Providers.SizeBand.Small),
                Local = bids.Count(b => b.IsLeedsBased),
            };
        });

        var (_, document) = await GetAsync("/ocds/releases");

        var release = document.RootElement.GetProperty("releases").EnumerateArray()
            .Single(r => r.GetProperty("ocid").GetString() == $"{Prefix}-opportunity-{facts.OpportunityId}");
        var award = Assert.Single(release.GetProperty("awards").EnumerateArray());
        var supplier = Assert.Single(award.GetProperty("suppliers").EnumerateArray());
        Assert.Equal($"provider-{facts.ProviderId}", supplier.GetProperty("id").GetString());
        Assert.Equal(facts.ProviderName, supplier.GetProperty("name").GetString());
        Assert.Equal(facts.TotalPrice, award.GetProperty("value").GetProperty("amount").GetDecimal());
        Assert.Contains(release.GetProperty("parties").EnumerateArray(), p => p.GetProperty("id").GetString() == $"provider-{facts.ProviderId}"
            && p.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "supplier"));
        var contract = Assert.Single(release.GetProperty("contracts").EnumerateArray());
        Assert.Equal($"contract-{facts.ContractId}", contract.GetProperty("id").GetString());
        Assert.Equal(award.GetProperty("id").GetString(), contract.GetProperty("awardID").GetString());
        Assert.Equal(facts.WholeLifeValue, contract.GetProperty("value").GetProperty("amount").GetDecimal());
        var statistics = release.GetProperty("bids").GetProperty("statistics").EnumerateArray()
            .ToDictionary(s => s.GetProperty("measure").GetString()!, s => s.GetProperty("value").GetInt32());
        Assert.Equal(facts.Bids, statistics["bids"]);
        Assert.Equal(facts.Small, statistics["smallOrganisationBids"]);
        Assert.Equal(facts.Local, statistics["localBids"]);
        Assert.True(facts.Bids > 1);
    }

    [Fact]
    public async Task an_open_opportunity_publishes_no_bid_statistics_before_its_deadline()
    {
        var open = await factory.WithDbAsync(db => db.Opportunities
            .Where(o => o.Status == OpportunityStatus.Published && o.BidDeadlineUtc > PortalFactory.Now.UtcDateTime).Select(o => o.Id).FirstAsync());

        var (_, document) = await GetAsync("/ocds/releases");

        var release = document.RootElement.GetProperty("releases").EnumerateArray()
            .Single(r => r.GetProperty("ocid").GetString() == $"{Prefix}-opportunity-{open}");
        Assert.False(release.TryGetProperty("bids", out _));
        Assert.False(release.GetProperty("tender").TryGetProperty("numberOfTenderers", out _));
        Assert.Equal("active", release.GetProperty("tender").GetProperty("status").GetString());
    }

    [Fact]
    public async Task with_the_demo_data_as_seeded_every_release_passes_the_checks_and_the_administrators_page_says_so()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        var page = await admin.GetDocumentAsync("/admin/open-data");

        Assert.Contains("Every release passes the checks.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task a_date_that_is_not_a_date_is_refused_with_a_message()
    {
        var response = await PortalClient.For(factory).Http.GetAsync("/ocds/releases?since=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter since as a date like 2026-01-01", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every word written during the demo's contracts that is not for publication: returns' commentary, reflections and social
    /// value notes; reviews' feedback, good practice, challenges, rating reasons, actions and their owners; indicator ratings'
    /// notes; breaches' descriptions and steps; changes' reasons; and the names of who submitted, reviewed, rated and recorded.
    /// </summary>
    private Task<List<string>> MonitoringWordsAsync() => factory.WithDbAsync(async db =>
    {
        var reviews = await db.MonitoringReviews.Include(r => r.Actions).ToListAsync();
        var returns = await db.QuarterlyReturns.Include(r => r.Actuals).Include(r => r.SocialValue).ToListAsync();
        var kpis = await db.KeyPerformanceIndicators.Include(k => k.Ratings).ToListAsync();
        var failures = await db.Contracts.SelectMany(c => c.Failures).Select(f => new[] { f.Description, f.StepsTaken }).ToListAsync();
        var changes = await db.ContractChanges.Select(c => new[] { c.Reason, c.RecordedByName }).ToListAsync();
        List<string?> words =
        [
            .. reviews.SelectMany(r => new[] { r.Feedback, r.GoodPractice, r.Challenges, r.RatingReason, r.ReviewerName }),
            .. reviews.SelectMany(r => r.Actions).SelectMany(a => new[] { a.Description, a.Owner }),
            .. returns.SelectMany(r => r.Actuals).Select(a => a.Commentary),
            .. returns.SelectMany(r => r.SocialValue).Select(v => v.Note),
            .. returns.SelectMany(r => new[] { r.ThemeReflection, r.SubmittedByName }),
            .. kpis.SelectMany(k => k.Ratings).SelectMany(r => new[] { r.Note, r.RatedByName }),
            .. failures.SelectMany(f => f),
            .. changes.SelectMany(c => c),
        ];
        var kept = words.OfType<string>().Where(w => w.Length > 8).Distinct().ToList();
        Assert.Contains(kept, w => reviews.Any(r => r.Feedback == w));
        Assert.Contains(kept, w => returns.SelectMany(r => r.Actuals).Any(a => a.Commentary == w));
        return kept;
    });

    private async Task<(string Json, JsonDocument Document)> GetAsync(string url)
    {
        var response = await PortalClient.For(factory).Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        return (json, JsonDocument.Parse(json));
    }

    /// <summary>Every "amount" anywhere in the document.</summary>
    private static IEnumerable<decimal> Amounts(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "amount" && p.Value.ValueKind == JsonValueKind.Number ? [p.Value.GetDecimal()] : Amounts(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Amounts),
        _ => [],
    };
}
