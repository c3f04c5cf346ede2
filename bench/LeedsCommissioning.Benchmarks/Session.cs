using System.Net;
using System.Text.RegularExpressions;

namespace LeedsCommissioning.Benchmarks;

/// <summary>A user of the portal: anonymous, or signed in through the real sign-in form (anti-forgery token, Identity, cookie).</summary>
public sealed partial class Session : IDisposable
{
    public const string Password = Portal.DemoPassword;

    private readonly CookieContainer cookies = new();

    private Session(Uri baseAddress, string who)
    {
        Who = who;
        BaseAddress = baseAddress;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
    }

    public string Who { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <summary>The Cookie header this user's browser would send: what each hey process is given.</summary>
    public string? Cookie => cookies.GetCookieHeader(BaseAddress) is { Length: > 0 } header ? header : null;

    public static Session Anonymous(Uri baseAddress) => new(baseAddress, "anonymous");

    public static async Task<Session> SignInAsync(Uri baseAddress, string email, CancellationToken cancellationToken)
    {
        var session = new Session(baseAddress, email);
        using var response = await session.PostFormAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Password,
        }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            session.Dispose();
            throw new InvalidOperationException($"Signing in as {email} gave {(int)response.StatusCode}, not a redirect: is the account in the database?");
        }

        return session;
    }

    /// <summary>Reads the form's anti-forgery token from <paramref name="formPage"/>, then posts the fields with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(formPage, cancellationToken);
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), content, cancellationToken);
    }

    public async Task<string> TokenAsync(string formPage, CancellationToken cancellationToken) =>
        Token(await Http.GetStringAsync(new Uri(formPage, UriKind.Relative), cancellationToken))
            ?? throw new InvalidOperationException($"{formPage} has no anti-forgery token");

    public static string? Token(string html) =>
        AntiforgeryInput().Matches(html).Select(m => ValueAttribute().Match(m.Value)).FirstOrDefault(m => m.Success) is { } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : null;

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex ValueAttribute();
}
