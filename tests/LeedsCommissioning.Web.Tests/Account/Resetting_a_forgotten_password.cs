using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Account;

public sealed class Resetting_a_forgotten_password(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewPassword = "three random words";

    [Fact]
    public async Task queues_an_email_for_an_existing_account()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.CcgCommissioner);

        var page = await AskForALink(PortalClient.For(factory), user.Email!);

        Assert.Equal("Check your email", page.Heading());
        var message = Assert.Single(await EmailsTo(user.Email!));
        Assert.Equal("Reset your Leeds Commissioning password", message.Subject);
        Assert.Contains("/account/reset-password?email=", message.Body, StringComparison.Ordinal);
        Assert.Null(message.SentAtUtc);
    }

    [Fact]
    public async Task queues_nothing_for_an_unknown_address_and_says_the_same()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.CcgCommissioner);
        var client = PortalClient.For(factory);
        var known = await AskForALink(client, user.Email!);

        var unknown = await AskForALink(client, "nobody.here@example.org");

        Assert.Empty(await EmailsTo("nobody.here@example.org"));
        Assert.Equal(known.Heading(), unknown.Heading());
        Assert.Equal(
            known.QuerySelector("main")!.TextContent.Replace(user.Email!, "EMAIL", StringComparison.Ordinal),
            unknown.QuerySelector("main")!.TextContent.Replace("nobody.here@example.org", "EMAIL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_link_in_the_email_sets_a_new_password_and_the_old_one_stops_working()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.DecisionMaker);
        var client = PortalClient.For(factory);
        await AskForALink(client, user.Email!);
        var link = PortalClient.LinkIn(Assert.Single(await EmailsTo(user.Email!)).Body);

        var response = await client.PostFormAsync(link, "/account/reset-password", await HiddenFields(client, link, NewPassword, NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location?.OriginalString);
        Assert.Equal("Your password has been set", (await client.GetDocumentAsync("/account/sign-in")).SuccessBanner());
        var old = await PortalClient.For(factory).SignInAsync(user.Email!, PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var signedIn = await PortalClient.For(factory).SignInAsync(user.Email!, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task an_altered_link_does_not_work()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.DecisionMaker);
        var client = PortalClient.For(factory);
        await AskForALink(client, user.Email!);
        var link = PortalClient.LinkIn(Assert.Single(await EmailsTo(user.Email!)).Body);
        var fields = await HiddenFields(client, link, NewPassword, NewPassword);
        var token = fields["Token"];
        fields["Token"] = (token[0] == 'A' ? "B" : "A") + token[1..];

        var response = await client.PostFormAsync(link, "/account/reset-password", fields);

        Assert.Equal("This link does not work", (await PortalClient.ParseAsync(response)).Heading());
        Assert.Equal(HttpStatusCode.OK, (await PortalClient.For(factory).SignInAsync(user.Email!, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task a_link_without_its_token_does_not_work()
    {
        var page = await PortalClient.For(factory).GetDocumentAsync("/account/reset-password?email=admin%40example.org");

        Assert.Equal("This link does not work", page.Heading());
    }

    [Fact]
    public async Task a_link_works_only_once()
    {
        var user = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var client = PortalClient.For(factory);
        await AskForALink(client, user.Email!);
        var link = PortalClient.LinkIn(Assert.Single(await EmailsTo(user.Email!)).Body);
        await client.PostFormAsync(link, "/account/reset-password", await HiddenFields(client, link, NewPassword, NewPassword));

        var again = await client.PostFormAsync(link, "/account/reset-password",
            await HiddenFields(client, link, "another three words", "another three words"));

        Assert.Equal("This link does not work", (await PortalClient.ParseAsync(again)).Heading());
    }

    [Theory]
    [InlineData("short", "short", "Password must be 12 characters or more")]
    [InlineData("three random words", "three other words", "The passwords do not match")]
    [InlineData("", "", "Enter a new password")]
    public async Task explains_what_is_wrong_with_the_new_password(string password, string confirmation, string message)
    {
        var user = await TestUsers.CreateAsync(factory, Roles.Evaluator);
        var client = PortalClient.For(factory);
        await AskForALink(client, user.Email!);
        var link = PortalClient.LinkIn(Assert.Single(await EmailsTo(user.Email!)).Body);

        var response = await client.PostFormAsync(link, "/account/reset-password", await HiddenFields(client, link, password, confirmation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal("Choose a new password", page.Heading());
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(factory).SignInAsync(user.Email!, PortalClient.DemoPassword)).StatusCode);
    }

    /// <summary>The reset link the e-mail gives <paramref name="email"/> after they ask for one on the forgot password page.</summary>
    internal static async Task<string> LinkAsync(PortalFactory factory, PortalClient client, string email)
    {
        await AskForALink(client, email);
        return PortalClient.LinkIn((await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync()))[^1].Body);
    }

    private static async Task<AngleSharp.Dom.IDocument> AskForALink(PortalClient client, string email)
    {
        var response = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    private static async Task<Dictionary<string, string>> HiddenFields(PortalClient client, string link, string password, string confirmation)
    {
        var page = await client.GetDocumentAsync(link);
        return new()
        {
            ["Email"] = page.QuerySelector("input[name=Email]")!.GetAttribute("value")!,
            ["Token"] = page.QuerySelector("input[name=Token]")!.GetAttribute("value")!,
            ["NewPassword"] = password,
            ["ConfirmPassword"] = confirmation,
        };
    }

    private Task<List<EmailMessage>> EmailsTo(string email) =>
        factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.To == email).ToListAsync());
}
