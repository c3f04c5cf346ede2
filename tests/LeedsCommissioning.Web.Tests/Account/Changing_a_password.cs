using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Account;

public sealed class Changing_a_password(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task with_a_wrong_current_password_says_so_against_that_field()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var client = await PortalClient.SignedInAsync(factory, user.Email!);

        var response = await Change(client, "not my password", "three random words", "three random words");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Your current password is not correct"], page.ErrorSummary());
        Assert.Equal("Your current password is not correct", page.FieldError("CurrentPassword"));
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(factory).SignInAsync(user.Email!, PortalClient.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task succeeds_with_a_banner_and_the_new_password_signs_in()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var client = await PortalClient.SignedInAsync(factory, user.Email!);

        var response = await Change(client, PortalClient.DemoPassword, "three random words", "three random words");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);
        Assert.Equal("Your password has been changed", (await client.GetDocumentAsync("/account")).SuccessBanner());
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(factory).SignInAsync(user.Email!, "three random words")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.For(factory).SignInAsync(user.Email!, PortalClient.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task refuses_a_new_password_that_is_too_short_or_not_confirmed()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var client = await PortalClient.SignedInAsync(factory, user.Email!);

        var tooShort = await PortalClient.ParseAsync(await Change(client, PortalClient.DemoPassword, "short", "short"));
        var mismatch = await PortalClient.ParseAsync(await Change(client, PortalClient.DemoPassword, "three random words", "three other words"));

        Assert.Equal("Password must be 12 characters or more", tooShort.FieldError("NewPassword"));
        Assert.Equal("The passwords do not match", mismatch.FieldError("ConfirmPassword"));
    }

    private static Task<HttpResponseMessage> Change(PortalClient client, string current, string password, string confirmation) =>
        client.PostFormAsync("/account/change-password", "/account/change-password", new()
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = password,
            ["ConfirmPassword"] = confirmation,
        });
}
