using System.Net;
using System.Text.Json;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.OpenData;

/// <summary>A portal whose open data pages hold two releases, so the demo data spans several pages.</summary>
public sealed class TwoPerPagePortal : PortalFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("OpenData:PageSize", "2")];
}

public sealed class Paging_the_open_data(TwoPerPagePortal factory) : IClassFixture<TwoPerPagePortal>
{
    [Theory]
    [InlineData("/ocds/releases", "releases")]
    [InlineData("/ocds/records", "records")]
    public async Task following_next_links_gives_disjoint_pages_in_date_order_that_together_hold_every_release(string url, string array)
    {
        var client = PortalClient.For(factory).Http;
        var pages = new List<List<(string Ocid, DateTime Date)>>();
        string? next = url;
        while (next is not null && pages.Count < 50)
        {
            var document = JsonDocument.Parse(await client.GetStringAsync(next));
            pages.Add([.. document.RootElement.GetProperty(array).EnumerateArray().Select(r =>
            {
                var release = array == "records" ? r.GetProperty("compiledRelease") : r;
                return (release.GetProperty("ocid").GetString()!, release.GetProperty("date").GetDateTime());
            })]);
            next = document.RootElement.TryGetProperty("links", out var links) ? links.GetProperty("next").GetString() : null;
        }

        Assert.True(pages.Count >= 3, $"only {pages.Count} pages");
        Assert.All(pages.SkipLast(1), p => Assert.Equal(2, p.Count));
        var all = pages.SelectMany(p => p).ToList();
        Assert.Equal(all.Count, all.Select(r => r.Ocid).Distinct().Count());
        Assert.Equal(all.OrderBy(r => r.Date).ThenBy(r => r.Ocid, StringComparer.Ordinal), all);
    }

    [Fact]
    public async Task since_and_until_keep_only_releases_dated_between_them()
    {
        var client = PortalClient.For(factory).Http;
        var everything = new List<DateTime>();
        string? next = "/ocds/releases";
        while (next is not null)
        {
            var page = JsonDocument.Parse(await client.GetStringAsync(next)).RootElement;
            everything.AddRange(page.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("date").GetDateTime().ToUniversalTime()));
            next = page.TryGetProperty("links", out var links) ? links.GetProperty("next").GetString() : null;
        }

        var distinct = everything.Distinct().Order().ToList();
        Assert.True(distinct.Count >= 3, $"only {distinct.Count} release dates");
        var since = distinct[1];
        var until = distinct[^1];
        var response = await client.GetAsync($"/ocds/releases?since={since:O}&until={until:O}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dates = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("releases").EnumerateArray()
            .Select(r => r.GetProperty("date").GetDateTime().ToUniversalTime()).ToList();
        Assert.All(dates, d => Assert.InRange(d, since, until.AddTicks(-1)));
        Assert.Equal(everything.Count(d => d >= since && d < until), dates.Count);
    }
}
