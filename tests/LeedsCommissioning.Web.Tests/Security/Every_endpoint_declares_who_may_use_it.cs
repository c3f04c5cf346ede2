using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// The authorisation matrix. Every endpoint the app maps must have a row here saying who may use it;
/// a new feature that forgets to add its rows fails this test. Keys are "METHOD /route" as the app maps
/// them ("ANY" when the endpoint takes every method).
/// </summary>
public sealed class Every_endpoint_declares_who_may_use_it(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly IReadOnlySet<string> Everyone = Persona.All.Select(p => p.Name).ToHashSet();
    private static readonly IReadOnlySet<string> Anyone = Everyone;
    private static readonly IReadOnlySet<string> AnySignedIn = Roles.All.ToHashSet();

    private static IReadOnlySet<string> Allow(params string[] roles) => roles.ToHashSet();

    private static readonly IReadOnlySet<string> WaiverReaders = Roles.Staff.ToHashSet();
    private static readonly IReadOnlySet<string> WaiverRecorders = Allow(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner);

    /// <summary>Who may use each endpoint. Group rows by feature, one line per endpoint.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Expected = new Dictionary<string, IReadOnlySet<string>>
    {
        // Home and the footer's pages
        ["GET /"] = Anyone,
        ["GET /accessibility"] = Anyone,
        ["GET /privacy"] = Anyone,
        ["GET /cookies"] = Anyone,

        // Errors (reached by re-execution, with the failed request's method)
        ["ANY /error"] = Anyone,
        ["ANY /error/{code:int}"] = Anyone,

        // Health checks for load balancers
        ["ANY /health/live"] = Anyone,
        ["ANY /health/ready"] = Anyone,

        // Account
        ["GET /account"] = AnySignedIn,
        ["GET /account/sign-in"] = Anyone,
        ["POST /account/sign-in"] = Anyone,
        ["POST /account/sign-out"] = Anyone,
        ["GET /account/access-denied"] = Anyone,
        ["GET /account/forgot-password"] = Anyone,
        ["POST /account/forgot-password"] = Anyone,
        ["GET /account/reset-password"] = Anyone,
        ["POST /account/reset-password"] = Anyone,
        ["GET /account/change-password"] = AnySignedIn,
        ["POST /account/change-password"] = AnySignedIn,

        // Users (administration)
        ["GET /admin/users"] = Allow(Roles.Administrator),
        ["GET /admin/users/new"] = Allow(Roles.Administrator),
        ["POST /admin/users/new"] = Allow(Roles.Administrator),
        ["GET /admin/users/{id}"] = Allow(Roles.Administrator),
        ["GET /admin/users/{id}/edit"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/edit"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/lock"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/unlock"] = Allow(Roles.Administrator),
        ["POST /admin/users/{id}/send-invitation"] = Allow(Roles.Administrator),

        // CPR waivers (issue 5): staff read the register and reports; procurement officers and
        // commissioners record and submit; decision makers decide
        ["GET /waivers"] = WaiverReaders,
        ["GET /waivers/export.csv"] = WaiverReaders,
        ["GET /waivers/export.xlsx"] = WaiverReaders,
        ["GET /waivers/new"] = WaiverRecorders,
        ["POST /waivers/new"] = WaiverRecorders,
        ["GET /waivers/{id}"] = WaiverReaders,
        ["GET /waivers/{id}/edit"] = WaiverRecorders,
        ["POST /waivers/{id}/edit"] = WaiverRecorders,
        ["GET /waivers/{id}/submit"] = WaiverRecorders,
        ["POST /waivers/{id}/submit"] = WaiverRecorders,
        ["GET /waivers/{id}/decide"] = Allow(Roles.DecisionMaker),
        ["POST /waivers/{id}/decide"] = Allow(Roles.DecisionMaker),
        ["POST /waivers/{id}/new-version"] = WaiverRecorders,
        ["GET /waivers/{id}/create-contract"] = WaiverRecorders,
        ["POST /waivers/{id}/create-contract"] = WaiverRecorders,
        ["GET /waivers/{id}/report"] = WaiverReaders,
        ["GET /waivers/{id}/report.pdf"] = WaiverReaders,
    };

    /// <summary>Pages that answer with the error status they describe, so a plain GET is not expected to be a 200.</summary>
    private static readonly IReadOnlySet<string> AnswersWithAnErrorStatus = new HashSet<string>
    {
        "ANY /error",                  // 500
        "GET /account/access-denied",  // 403
    };

    [Fact]
    public void every_mapped_endpoint_is_in_the_table_and_every_row_is_mapped()
    {
        var mapped = MappedEndpoint.All(factory.Services).Select(e => e.Key).ToHashSet();

        var undeclared = mapped.Except(Expected.Keys).Order(StringComparer.Ordinal).ToList();
        var gone = Expected.Keys.Except(mapped).Order(StringComparer.Ordinal).ToList();

        Assert.True(undeclared.Count == 0 && gone.Count == 0,
            (undeclared.Count == 0 ? "" : "These endpoints are not in the authorisation matrix; add a row saying who may use each:\n  "
                + string.Join("\n  ", undeclared) + "\n")
            + (gone.Count == 0 ? "" : "These rows of the authorisation matrix name endpoints the app no longer maps; remove them:\n  "
                + string.Join("\n  ", gone)));
    }

    [Fact]
    public async Task every_endpoint_lets_in_exactly_who_the_table_says()
    {
        var wrong = new List<string>();
        foreach (var persona in Persona.All)
        {
            var principal = await persona.PrincipalAsync(factory.Services);
            foreach (var endpoint in MappedEndpoint.All(factory.Services).Where(e => Expected.ContainsKey(e.Key)))
            {
                var allowed = await persona.MayUseAsync(endpoint.Endpoint, principal, factory.Services);
                if (allowed != Expected[endpoint.Key].Contains(persona.Name))
                {
                    wrong.Add($"{endpoint.Key}: {persona} is {(allowed ? "allowed" : "refused")} but the table says {(allowed ? "refused" : "allowed")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task every_page_without_route_values_answers_each_persona_as_the_table_says()
    {
        var clients = new Dictionary<string, PortalClient>();
        foreach (var persona in Persona.All)
        {
            clients[persona.Name] = persona.Email is null
                ? PortalClient.For(factory)
                : await PortalClient.SignedInAsync(factory, persona.Email);
        }

        var wrong = new List<string>();
        var pages = MappedEndpoint.All(factory.Services)
            .Where(e => e.Method is "GET" or "ANY" && !e.HasRouteParameters && !AnswersWithAnErrorStatus.Contains(e.Key));
        foreach (var page in pages)
        {
            foreach (var persona in Persona.All)
            {
                var response = await clients[persona.Name].Http.GetAsync(page.Route);
                var location = response.Headers.Location?.PathAndQueryOrOriginal() ?? "";
                var expected = Expected[page.Key].Contains(persona.Name);
                var outcome = (int)response.StatusCode >= 500 ? "a server error"
                    : response.StatusCode == HttpStatusCode.Forbidden ? "forbidden"
                    : response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/account/sign-in?ReturnUrl=", StringComparison.Ordinal) ? "sent to sign in"
                    : "allowed";
                var right = expected
                    ? outcome == "allowed"
                    : outcome == (persona.Email is null ? "sent to sign in" : "forbidden");
                if (!right)
                {
                    wrong.Add($"GET {page.Route} as {persona}: {outcome} ({(int)response.StatusCode} {location})");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task pages_with_route_values_refuse_who_the_table_refuses()
    {
        var values = await RouteValues(factory);
        var anonymous = PortalClient.For(factory);
        var evaluator = await PortalClient.SignedInAsync(factory, "evaluator@example.org");
        var wrong = new List<string>();
        foreach (var page in MappedEndpoint.All(factory.Services).Where(e => e.Method == "GET" && e.HasRouteParameters))
        {
            var url = page.Url(values);
            var asAnonymous = await anonymous.Http.GetAsync(url);
            if (!Expected[page.Key].Contains(Persona.Anonymous) && asAnonymous.StatusCode != HttpStatusCode.Redirect)
            {
                wrong.Add($"GET {url} as anonymous: {(int)asAnonymous.StatusCode}");
            }

            var asEvaluator = await evaluator.Http.GetAsync(url);
            if (!Expected[page.Key].Contains(Roles.Evaluator) && asEvaluator.StatusCode != HttpStatusCode.Forbidden)
            {
                wrong.Add($"GET {url} as an evaluator: {(int)asEvaluator.StatusCode}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Real demo records for route parameters. A new parameter name needs a value here.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RouteValues(PortalFactory factory) => new Dictionary<string, string>
    {
        ["id"] = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "commissioner@example.org").Select(u => u.Id).SingleAsync()),
        ["code"] = "404",
    };
}
