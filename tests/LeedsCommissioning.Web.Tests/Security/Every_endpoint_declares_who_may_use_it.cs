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

    private static readonly IReadOnlySet<string> Staff = Roles.Staff.ToHashSet();
    private static readonly IReadOnlySet<string> StaffAndProviders = Roles.Staff.Append(Roles.ProviderUser).ToHashSet();
    private static readonly IReadOnlySet<string> Commissioners = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner);

    private static IReadOnlySet<string> Allow(params string[] roles) => roles.ToHashSet();

    private static readonly IReadOnlySet<string> WaiverReaders = Roles.Staff.ToHashSet();
    private static readonly IReadOnlySet<string> WaiverRecorders = Allow(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner);
    private static readonly IReadOnlySet<string> Provider = Allow(Roles.ProviderUser);
    private static readonly IReadOnlySet<string> StaffRoles = Roles.Staff.ToHashSet();
    private static readonly IReadOnlySet<string> Drafters = Allow(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner);
    private static readonly IReadOnlySet<string> Approvers = Allow(Roles.ProcurementOfficer, Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.DecisionMaker);
    private static readonly IReadOnlySet<string> OutcomeRecorders = Allow(Roles.ProcurementOfficer, Roles.DecisionMaker);

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

        // Providers directory (staff read it, commissioners and administrators keep it; a provider user sees
        // and changes only their own organisation's page and profile, enforced in the actions: 404 for others)
        ["GET /providers"] = Allow(Roles.Staff.ToArray()),
        ["GET /providers/{providerId:int}"] = Allow([.. Roles.Staff, Roles.ProviderUser]),
        ["GET /providers/new"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.Administrator),
        ["POST /providers/new"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.Administrator),
        ["GET /providers/{providerId:int}/edit"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.Administrator),
        ["POST /providers/{providerId:int}/edit"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner, Roles.Administrator),
        ["GET /providers/{providerId:int}/profile"] = Allow(Roles.ProviderUser),
        ["POST /providers/{providerId:int}/profile"] = Allow(Roles.ProviderUser),
        ["GET /our-organisation"] = Allow(Roles.ProviderUser),

        // Contracts: creating, editing and bulk import (council and NHS commissioners)
        ["GET /contracts/new"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /contracts/new"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["GET /contracts/{contractId:int}/edit"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /contracts/{contractId:int}/edit"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["GET /contracts/import"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /contracts/import"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /contracts/import/confirm"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["GET /contracts/import/template.csv"] = Allow(Roles.CouncilCommissioner, Roles.CcgCommissioner),
        // Contracts register, downloads, "Our contracts" and the contract page (provider users open only
        // their own contracts: the query answers 404 for others, see Contracts/Provider_users_see_only_their_own_contracts)
        ["GET /contracts"] = Staff,
        ["GET /contracts/export.csv"] = Staff,
        ["GET /contracts/export.xlsx"] = Staff,
        ["GET /our-contracts"] = Allow(Roles.ProviderUser),
        ["GET /contracts/{id:int}"] = StaffAndProviders,
        ["POST /contracts/{id:int}/status"] = Commissioners,
        ["GET /contracts/{id:int}/extensions/{number:int}/take"] = Commissioners,
        ["POST /contracts/{id:int}/extensions/{number:int}/take"] = Commissioners,
        ["GET /contracts/{id:int}/extensions/{number:int}/decline"] = Commissioners,
        ["POST /contracts/{id:int}/extensions/{number:int}/decline"] = Commissioners,
        ["GET /contracts/{id:int}/documents/upload"] = Commissioners,
        ["POST /contracts/{id:int}/documents/upload"] = Commissioners,
        ["GET /contracts/{id:int}/documents/{documentId:int}"] = StaffAndProviders,
        ["POST /contracts/{id:int}/documents/{documentId:int}/delete"] = Commissioners,

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
        // Opportunities: the public face, and provider users' interest and questions (issue 6)
        ["GET /opportunities"] = Anyone,
        ["GET /opportunities/{id:int}"] = Anyone,
        ["POST /opportunities/{id:int}/register-interest"] = Provider,
        ["GET /opportunities/{id:int}/ask"] = Provider,
        ["POST /opportunities/{id:int}/ask"] = Provider,

        // Bids: a provider user's own organisation's bids only (SealedBids.OwnedBy)
        ["GET /your-bids"] = Provider,
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/withdraw"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/reopen"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/attachments"] = Provider,
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}/delete"] = Provider,
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/attachments/{attachmentId:int}"] = Provider,
        ["GET /opportunities/{id:int}/lots/{lotId:int}/bid/receipt"] = Provider,

        // Procurement: staff read; commissioners and procurement officers draft; a different person approves
        ["GET /procurement"] = StaffRoles,
        ["GET /procurement/opportunities/new"] = Drafters,
        ["POST /procurement/opportunities/new"] = Drafters,
        ["GET /procurement/opportunities/{id:int}"] = StaffRoles,
        ["GET /procurement/opportunities/{id:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/approve"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/submit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/submit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/withdraw"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/return"] = Approvers,
        ["POST /procurement/opportunities/{id:int}/return"] = Approvers,
        ["POST /procurement/opportunities/{id:int}/return-to-draft"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/publish"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/cancel"] = OutcomeRecorders,
        ["POST /procurement/opportunities/{id:int}/cancel"] = OutcomeRecorders,
        ["GET /procurement/opportunities/{id:int}/lots"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/lots/reasons"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/lots/new"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/lots/new"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/lots/{lotId:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/lots/{lotId:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/lots/{lotId:int}/delete"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/evaluation"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/evaluation"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/evaluation/questions/new"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/evaluation/questions/new"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/edit"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/evaluation/questions/{questionId:int}/delete"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/clarifications"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/clarifications"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/clarifications/extend-deadline"] = Drafters,
        ["GET /procurement/opportunities/{id:int}/questions/{questionId:int}/answer"] = Drafters,
        ["POST /procurement/opportunities/{id:int}/questions/{questionId:int}/answer"] = Drafters,

        // Opened bids: after the deadline only (SealedBids.OpenedForStaff returns nothing before it)
        ["GET /procurement/opportunities/{id:int}/bids"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/bids/{bidId:int}"] = Approvers,
        ["GET /procurement/opportunities/{id:int}/bids/{bidId:int}/attachments/{attachmentId:int}"] = Approvers,
        ["POST /procurement/opportunities/{id:int}/start-evaluation"] = OutcomeRecorders,
        ["GET /procurement/opportunities/{id:int}/award"] = OutcomeRecorders,
        ["POST /procurement/opportunities/{id:int}/award"] = OutcomeRecorders,

        // Provider organisations' self-registration
        ["GET /register-organisation"] = Anyone,
        ["POST /register-organisation"] = Anyone,
        ["GET /register-organisation/sent"] = Anyone,
        ["GET /procurement/organisation-applications"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["GET /procurement/organisation-applications/{id:int}"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /procurement/organisation-applications/{id:int}/approve"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
        ["POST /procurement/organisation-applications/{id:int}/reject"] = Allow(Roles.Administrator, Roles.CouncilCommissioner, Roles.CcgCommissioner),
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

    /// <summary>
    /// Real demo records for route parameters. A new parameter name needs a value here; where one name means
    /// different records in different areas, key it "first-segment:name" (e.g. "contracts:id"), which wins
    /// over the plain name for routes under that segment (see <see cref="MappedEndpoint.Url"/>).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> RouteValues(PortalFactory factory) => new Dictionary<string, string>
    {
        ["id"] = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "commissioner@example.org").Select(u => u.Id).SingleAsync()),
        ["code"] = "404",
        // The demo provider user's own organisation, so their pages answer 200 rather than 404.
        ["providerId"] = (await factory.WithDbAsync(db => db.Providers
            .Where(p => p.Name == LeedsCommissioning.Infrastructure.Seeding.DemoData.LeadProviderName).Select(p => p.Id).SingleAsync()))
            .ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["contractId"] = (await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-AH-2019-014").Select(c => c.Id).SingleAsync()))
            .ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["contracts:id"] = await factory.WithDbAsync(async db => (await db.Contracts.Where(c => c.Reference == "LCC-AH-2019-014").Select(c => c.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ["contracts:number"] = "1",
        ["contracts:documentId"] = "1",
        ["id:int"] = await factory.WithDbAsync(db => db.Opportunities.OrderBy(o => o.Id).Select(o => o.Id.ToString()).FirstAsync()),
        ["lotId"] = "1",
        ["questionId"] = "1",
        ["bidId"] = "1",
        ["attachmentId"] = "1",
    };
}
