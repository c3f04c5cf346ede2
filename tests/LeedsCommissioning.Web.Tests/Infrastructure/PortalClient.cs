using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeedsCommissioning.Infrastructure.Seeding;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LeedsCommissioning.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like client over the test server: keeps cookies, does not follow redirects (tests assert
/// them), reads pages with AngleSharp, and posts forms with the page's own anti-forgery token.
/// </summary>
public sealed class PortalClient(HttpClient http)
{
    public const string DemoPassword = "Leeds-Demo-2026!";

    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    /// <summary>
    /// A client of <paramref name="factory"/>'s app: in memory, or over the loopback network when a browser test
    /// serves the app on Kestrel (whose clients from CreateClient would follow redirects and go to http://localhost).
    /// </summary>
    public static PortalClient For(WebApplicationFactory<Program> factory) =>
        new(factory switch
        {
            PortalFactory { KestrelAddress: { } address } =>
                new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address },
            PortalFactory { ClientBaseAddress: { } https } =>
                factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = https, AllowAutoRedirect = false, HandleCookies = true }),
            _ => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }),
        });

    public static async Task<PortalClient> SignedInAsync(WebApplicationFactory<Program> factory, string email, string password = DemoPassword)
    {
        var client = For(factory);
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/account/sign-in/code", StringComparison.Ordinal) == true)
        {
            // Two-factor authentication is on (the demo administrator): the code the app shows now.
            var code = await SecondFactor.NextCodeAsync(factory.Services, email) ?? throw new InvalidOperationException($"{email} was asked for a code without two-factor authentication on");
            response = await client.PostFormAsync(response.Headers.Location.OriginalString, "/account/sign-in/code", new() { ["Code"] = code });
        }

        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await ParseAsync(response);
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {page.QuerySelector(".govuk-error-summary")?.TextContent.Trim()}");
        }

        return client;
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/account/sign-in", "/account/sign-in", new() { ["Email"] = email, ["Password"] = password });

    public async Task<IDocument> GetDocumentAsync(string url)
    {
        var response = await Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} gave {(int)response.StatusCode} {response.Headers.Location}");
        }

        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// GETs <paramref name="formPage"/> for its anti-forgery token, then POSTs <paramref name="fields"/> to <paramref name="action"/>.
    /// Like a browser, it also sends the hidden inputs of the page's form for that action (a version, say) that
    /// <paramref name="fields"/> does not set.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await GetDocumentAsync(formPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formPage} has no anti-forgery token");
        var hidden = page.QuerySelectorAll("form").Where(f => f.GetAttribute("action") == action)
            .SelectMany(f => f.QuerySelectorAll("input[type=hidden]"))
            .Select(i => (Name: i.GetAttribute("name"), Value: i.GetAttribute("value") ?? ""))
            .Where(i => i.Name is not null && i.Name != "__RequestVerificationToken" && !fields.ContainsKey(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .DistinctBy(i => i.Key);
        return await PostAsync(action, fields.Concat(hidden).Append(new("__RequestVerificationToken", token)));
    }

    /// <summary>Signs out with the sign-out button every page's header carries.</summary>
    public Task<HttpResponseMessage> SignOutAsync(string fromPage = "/") => PostFormAsync(fromPage, "/account/sign-out", []);

    /// <summary>The path and query of the first portal link in an e-mail body, to follow with this client.</summary>
    public static string LinkIn(string emailBody)
    {
        var match = System.Text.RegularExpressions.Regex.Match(emailBody, @"https?://[^/\s]+(/\S+)");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The e-mail has no link:\n" + emailBody);
    }

    public Task<HttpResponseMessage> PostAsync(string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        Http.PostAsync(action, new FormUrlEncodedContent(fields));

    /// <summary>The demo accounts, as xunit theory data.</summary>
    public static TheoryData<string> DemoEmails()
    {
        var data = new TheoryData<string>();
        foreach (var account in DemoData.Accounts)
        {
            data.Add(account.Email);
        }

        return data;
    }
}
