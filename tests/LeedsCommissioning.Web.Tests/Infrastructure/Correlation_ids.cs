using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Infrastructure;

public sealed class Correlation_ids(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Header = "X-Correlation-ID";

    [Fact]
    public async Task every_response_carries_one()
    {
        var first = await Get("/", null);
        var second = await Get("/", null);

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("lb-7f3a9c21")]
    [InlineData("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")]
    public async Task a_well_formed_incoming_one_is_echoed_back(string incoming)
    {
        Assert.Equal(incoming, await Get("/account/sign-in", incoming));
    }

    [Theory]
    [InlineData("has spaces in it")]
    [InlineData("short")]
    [InlineData("<script>alert(1)</script>")]
    public async Task a_malformed_incoming_one_is_replaced(string incoming)
    {
        var id = await Get("/account/sign-in", incoming);

        Assert.NotEqual(incoming, id);
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public async Task an_overlong_incoming_one_is_replaced()
    {
        var incoming = new string('a', 200);

        var id = await Get("/account/sign-in", incoming);

        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public async Task error_responses_carry_one_too()
    {
        var response = await PortalClient.For(factory).PostAsync("/account/sign-in", []);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues(Header)));
    }

    private async Task<string> Get(string url, string? incoming)
    {
        var client = PortalClient.For(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (incoming is not null)
        {
            request.Headers.TryAddWithoutValidation(Header, incoming);
        }

        var response = await client.Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(response.Headers.GetValues(Header));
    }
}
