using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Account;

public sealed class Signing_in(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task with_the_right_password_goes_to_the_home_page()
    {
        var client = PortalClient.For(factory);

        var response = await client.SignInAsync("commissioner@example.org", PortalClient.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Commissioning: Leeds City Council", home.Heading());
    }

    [Fact]
    public async Task with_a_wrong_password_shows_the_error_and_keeps_the_email()
    {
        var client = PortalClient.For(factory);

        var response = await client.SignInAsync("ccg@example.org", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter a correct email address and password"], page.ErrorSummary());
        Assert.Equal("ccg@example.org", page.Value("Email"));
        Assert.Null(page.Value("Password"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task with_nothing_entered_asks_for_both_fields()
    {
        var client = PortalClient.For(factory);

        var page = await PortalClient.ParseAsync(await client.SignInAsync("", ""));

        Assert.Equal(["Enter your email address", "Enter your password"], page.ErrorSummary());
        Assert.Equal("Enter your email address", page.FieldError("Email"));
    }

    [Fact]
    public async Task without_the_anti_forgery_token_is_refused()
    {
        var client = PortalClient.For(factory);

        var response = await client.PostAsync("/account/sign-in",
            [new("Email", "admin@example.org"), new("Password", PortalClient.DemoPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
