using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Account;

public sealed class Signing_out(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ends_the_session_so_signed_in_pages_ask_to_sign_in_again()
    {
        var client = await PortalClient.SignedInAsync(factory, "director@example.org");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);

        var response = await client.SignOutAsync("/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location?.OriginalString);
        var signInPage = await client.GetDocumentAsync("/account/sign-in");
        Assert.Equal("You have signed out", signInPage.SuccessBanner());
        var after = await client.Http.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=", after.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task without_the_anti_forgery_token_is_refused_and_keeps_the_session()
    {
        var client = await PortalClient.SignedInAsync(factory, "evaluator@example.org");

        var response = await client.PostAsync("/account/sign-out", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account")).StatusCode);
    }
}
