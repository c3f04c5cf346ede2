using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Health;

public sealed class Health_checks(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task live_answers_healthy_to_anyone()
    {
        var response = await PortalClient.For(factory).Http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ready_answers_healthy_when_the_database_is_reachable()
    {
        var response = await PortalClient.For(factory).Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
