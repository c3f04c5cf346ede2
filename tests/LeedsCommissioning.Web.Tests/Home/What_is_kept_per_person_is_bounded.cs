using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Features.Monitoring;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeedsCommissioning.Web.Tests.Home;

/// <summary>
/// What an instance keeps per person (each home page, each reviewer's returns to review) grows with the people who sign in,
/// so it is bounded (KeptBound): the least recently used person is dropped beyond the capacity, and anyone unused for the
/// lifetime is dropped whatever the count. A dropped person's figures are read again on their next visit.
/// </summary>
public sealed class What_is_kept_per_person_is_bounded(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly Dictionary<string, int> _computed = [];

    private KeptPerVersion<string, int, string> Kept(int capacity, FakeTimeProvider clock) =>
        new(factory.Services.GetRequiredService<IServiceScopeFactory>(), new KeptBound(capacity, TimeSpan.FromMinutes(10), clock));

    private Task<string> GetAsync(KeptPerVersion<string, int, string> kept, string person) =>
        kept.GetAsync(person, 1, _ =>
        {
            lock (_computed)
            {
                _computed[person] = _computed.GetValueOrDefault(person) + 1;
            }

            return Task.FromResult("figures of " + person);
        });

    [Fact]
    public async Task beyond_the_capacity_the_least_recently_used_person_is_dropped_and_read_again_when_they_come_back()
    {
        var kept = Kept(capacity: 2, new FakeTimeProvider(PortalFactory.Now));

        await GetAsync(kept, "ann");
        await GetAsync(kept, "bob");
        Assert.Equal("figures of ann", await GetAsync(kept, "ann")); // kept: ann is now the more recent
        await GetAsync(kept, "cat"); // a third person: bob, the least recently used, makes room

        Assert.Equal(2, kept.Count);
        await GetAsync(kept, "ann");
        Assert.Equal(1, _computed["ann"]);
        await GetAsync(kept, "bob");
        Assert.Equal(2, _computed["bob"]);
        Assert.Equal(1, _computed["cat"]);
    }

    [Fact]
    public async Task a_person_unused_for_the_lifetime_is_dropped_and_one_used_within_it_is_kept()
    {
        var clock = new FakeTimeProvider(PortalFactory.Now);
        var kept = Kept(capacity: 100, clock);
        await GetAsync(kept, "dan");
        await GetAsync(kept, "eve");

        clock.Advance(TimeSpan.FromMinutes(9));
        await GetAsync(kept, "eve"); // eve's ten minutes start again; dan's go on
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, kept.Count);

        await GetAsync(kept, "eve");
        await GetAsync(kept, "dan");
        Assert.Equal(1, _computed["eve"]);
        Assert.Equal(2, _computed["dan"]);
    }

    [Fact]
    public async Task the_apps_home_pages_and_returns_to_review_follow_its_clock()
    {
        await using var portal = new PortalFactory();
        var homes = portal.Services.GetRequiredService<KeptHomeWork>();
        var returns = portal.Services.GetRequiredService<KeptReturnsToReview>();
        var priya = await PortalClient.SignedInAsync(portal, "commissioner@example.org");
        await priya.GetDocumentAsync("/");
        Assert.Equal(1, homes.Count);
        Assert.Equal(1, returns.Count);

        portal.Clock.Advance(KeptHomeWork.Lifetime);
        var director = await PortalClient.SignedInAsync(portal, "director@example.org");
        await director.GetDocumentAsync("/");

        // The director's page is kept; the commissioner's, unused for the lifetime, is not, nor her returns to review.
        Assert.Equal(1, homes.Count);
        Assert.Equal(0, returns.Count);
        Assert.Contains("What needs you now", (await priya.GetDocumentAsync("/")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, homes.Count);
    }
}
