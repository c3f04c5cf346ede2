using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Tests.Reliability;

/// <summary>
/// An instance works on <c>Server:MaxConcurrentRequests</c> requests at once and queues the rest in order of arrival
/// (RequestConcurrency; docs/benchmarks.md, "Memory: session 16"): here one at a time, so every request but one waits.
/// </summary>
public sealed class When_many_people_ask_at_once(When_many_people_ask_at_once.OneAtATime factory) : IClassFixture<When_many_people_ask_at_once.OneAtATime>
{
    public sealed class OneAtATime : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("Server:MaxConcurrentRequests", "1"),
            new("Server:RequestQueueLimit", "1"),
        ];
    }

    [Fact]
    public async Task everyone_is_answered_in_turn_when_the_queue_has_room()
    {
        var client = factory.CreateClient();

        // Two at a time, with room for one to wait: each pair is served, one after the other.
        for (var round = 0; round < 5; round++)
        {
            var answers = await Task.WhenAll(client.GetAsync(new Uri("/opportunities", UriKind.Relative)), client.GetAsync(new Uri("/contracts/import", UriKind.Relative)));
            Assert.Equal(HttpStatusCode.OK, answers[0].StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, answers[1].StatusCode);
        }
    }

    [Fact]
    public async Task a_request_waits_while_another_is_worked_on_one_beyond_the_queue_is_refused_and_the_health_checks_never_wait()
    {
        var limiter = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter;
        Assert.NotNull(limiter);
        HttpContext Asking(string path) => new DefaultHttpContext { Request = { Path = path } };

        using var working = await limiter.AcquireAsync(Asking("/opportunities"));
        Assert.True(working.IsAcquired);
        var waiting = limiter.AcquireAsync(Asking("/contracts"));
        Assert.False(waiting.IsCompleted);
        using var refused = await limiter.AcquireAsync(Asking("/dashboard"));
        Assert.False(refused.IsAcquired);
        using var health = await limiter.AcquireAsync(Asking("/health/ready"));
        Assert.True(health.IsAcquired);

        working.Dispose();
        using var served = await waiting;
        Assert.True(served.IsAcquired);
    }
}
