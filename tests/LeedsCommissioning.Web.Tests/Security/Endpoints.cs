using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Seeding;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Claims;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// One endpoint the app maps and one HTTP method it takes, keyed "METHOD /route template" ("ANY" when it takes
/// every method). An endpoint that takes two methods is two rows; two endpoints with the same key are both kept,
/// so the matrix can report the clash rather than silently test only one of them.
/// </summary>
public sealed record MappedEndpoint(string Method, string Route, RouteEndpoint Endpoint)
{
    public string Key => $"{Method} {Route}";

    /// <summary>The method a request for this row uses: GET for an endpoint that takes every method.</summary>
    public HttpMethod RequestMethod => Method == "ANY" ? HttpMethod.Get : new HttpMethod(Method);

    public bool HasRouteParameters => Endpoint.RoutePattern.Parameters.Count > 0;

    public bool IsMvcAction => Endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not null;

    /// <summary>Every endpoint of the running app: MVC actions, health checks, anything mapped later.</summary>
    public static IReadOnlyList<MappedEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(m => new MappedEndpoint(m, "/" + (e.RoutePattern.RawText ?? "").Trim('/'), e)))
            .OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The route with its parameters filled in with real records. For each parameter the most specific value
    /// wins: one keyed by this row's key and the parameter ("GET /waivers/{id}/decide|id"), then one keyed by
    /// the longest route prefix ("/procurement/opportunities/{id:int}/bids|bidId", "/admin/users|id"), then one
    /// keyed by the parameter's name alone ("lotId").
    /// </summary>
    public string Url(IReadOnlyDictionary<string, string> values)
    {
        var url = Route;
        foreach (var parameter in Endpoint.RoutePattern.Parameters)
        {
            var start = url.IndexOf("{" + parameter.Name, StringComparison.Ordinal);
            var end = url.IndexOf('}', start);
            url = url[..start] + ValueOf(parameter.Name, values) + url[(end + 1)..];
        }

        return url;
    }

    private string ValueOf(string parameter, IReadOnlyDictionary<string, string> values)
    {
        if (values.TryGetValue($"{Key}|{parameter}", out var exact))
        {
            return exact;
        }

        var byPrefix = values.Where(v => v.Key.StartsWith('/') && v.Key.EndsWith("|" + parameter, StringComparison.Ordinal)
                && Route.StartsWith(v.Key[..v.Key.LastIndexOf('|')], StringComparison.Ordinal))
            .OrderByDescending(v => v.Key.Length).Select(v => v.Value).FirstOrDefault();
        return byPrefix ?? (values.TryGetValue(parameter, out var plain)
            ? plain
            : throw new InvalidOperationException($"No test value for route parameter {{{parameter}}} of {Key}: add one"));
    }
}

/// <summary>Someone using the portal: nobody signed in, or a demo account of one role.</summary>
public sealed record Persona(string Name, string? Email)
{
    public const string Anonymous = "anonymous";

    public static IReadOnlyList<Persona> All { get; } =
        [new(Anonymous, null), .. Roles.All.Select(r => new Persona(r, DemoData.Accounts.First(a => a.Role == r).Email))];

    public override string ToString() => Name;

    /// <summary>The principal the app itself builds for this persona at sign-in (the app's claims factory on the demo account).</summary>
    public async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services)
    {
        if (Email is null)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        var principal = await factory.CreateAsync(await users.FindByEmailAsync(Email) ?? throw new InvalidOperationException(Email));
        if (Name == Roles.ProviderUser && principal.FindFirst(AppClaimTypes.ProviderId) is null)
        {
            throw new InvalidOperationException("A provider user's principal has no provider id claim.");
        }

        return principal;
    }

    /// <summary>Whether the endpoint's authorisation (as the authorisation middleware evaluates it) lets this persona in.</summary>
    public async Task<bool> MayUseAsync(Endpoint endpoint, ClaimsPrincipal principal, IServiceProvider services)
    {
        var policyProvider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = await AuthorizationPolicy.CombineAsync(
            policyProvider,
            endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
            endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return true;
        }

        policy ??= await policyProvider.GetFallbackPolicyAsync();
        if (policy is null)
        {
            return true;
        }

        var result = await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, endpoint, policy);
        return result.Succeeded;
    }
}
