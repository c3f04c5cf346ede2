using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Anti-forgery as ASP.NET Core does it, with each form's request token made once per browser and person instead of
/// once per page. Every signed-in page carries a token (the header's sign-out button), and making one costs two
/// data protection operations (reading the anti-forgery cookie, sealing the new token) and a hash of the person's
/// identifier: 13% of a register search under load, more than the register's own action (docs/benchmarks.md,
/// "Session 19: where a signed-in page's time goes").
/// <para>
/// A request token is valid for as long as the anti-forgery cookie it was made against and the person it names are
/// the same: that is all ASP.NET Core checks when a form comes back. So the token made for a page is kept under that
/// cookie's value and the person's identifier (the claim ASP.NET Core hashes into the token), and the next page with
/// the same cookie and person gets the same token. A new browser, a new cookie (one that could not be read, so a new
/// one was issued) or another person signed in on the same browser is a different key, and gets a token made for
/// it. Checking the forms that come back is unchanged. Pages with a token still say <c>no-cache, no-store</c>.
/// </para>
/// <para>
/// OWASP's cheat sheet accepts one synchronizer token per session; a token that changes on every page defends a
/// compressed HTTPS response against BREACH, and the portal does not compress its responses (a reverse proxy in front
/// of it must not compress HTML either, docs/operations.md). At most <see cref="Capacity"/> tokens are kept, each for
/// <see cref="Lifetime"/>; one kept by another instance's memory is never needed, as every instance reads the others'
/// tokens with the shared data protection keys.
/// </para>
/// </summary>
public sealed class KeptRequestTokens(IAntiforgery made, IOptions<AntiforgeryOptions> options) : IAntiforgery, IDisposable
{
    public const int Capacity = 20_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        var person = PersonIn(httpContext);
        var cookie = options.Value.Cookie.Name is { } cookieName ? httpContext.Request.Cookies[cookieName] : null;
        if (person is not null && cookie is { Length: > 0 } && _kept.TryGetValue(Key(person, cookie), out string? requestToken) && requestToken is not null)
        {
            if (!httpContext.Response.HasStarted)
            {
                // As ASP.NET Core does for every page it gives a token: such a page is never kept by a cache.
                httpContext.Response.Headers.CacheControl = "no-cache, no-store";
                httpContext.Response.Headers.Pragma = "no-cache";
            }

            return new AntiforgeryTokenSet(requestToken, null, options.Value.FormFieldName, options.Value.HeaderName);
        }

        var tokens = made.GetAndStoreTokens(httpContext);
        // The token was made against the cookie the request brought or, when that one could not be read (or there was
        // none), against the new cookie this response sets, which the browser brings from now on.
        var madeFor = tokens.CookieToken ?? cookie;
        if (person is not null && madeFor is { Length: > 0 } && tokens.RequestToken is not null)
        {
            _kept.Set(Key(person, madeFor), tokens.RequestToken, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        }

        return tokens;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => made.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => made.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => made.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => made.SetCookieTokenAndHeader(httpContext);

    public void Dispose() => _kept.Dispose();

    /// <summary>
    /// Who a request's token is for, as ASP.NET Core's token names them: the first signed-in identity's <c>sub</c>, name
    /// identifier or UPN claim, with its issuer, or nobody (empty) when nobody is signed in; null, so nothing is kept,
    /// for a signed-in identity without such a claim (its token would hash every claim it has).
    /// </summary>
    private static string? PersonIn(HttpContext httpContext)
    {
        foreach (var identity in httpContext.User.Identities)
        {
            if (!identity.IsAuthenticated)
            {
                continue;
            }

            var claim = identity.FindFirst(c => c.Type == "sub" && c.Value.Length > 0)
                ?? identity.FindFirst(c => c.Type == ClaimTypes.NameIdentifier && c.Value.Length > 0)
                ?? identity.FindFirst(c => c.Type == ClaimTypes.Upn && c.Value.Length > 0);
            return claim is null ? null : string.Join('\n', claim.Type, claim.Value, claim.Issuer);
        }

        return "";
    }

    private static string Key(string person, string cookie) => string.Concat(person, "\n", cookie);
}
