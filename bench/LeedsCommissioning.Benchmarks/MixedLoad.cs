using System.Globalization;
using System.Net;

namespace LeedsCommissioning.Benchmarks;

/// <summary>One user of the mixed load: who, and the page that user keeps asking for.</summary>
public sealed record MixedUser(string Who, string Path);

/// <summary>What the mixed load found: every request pooled, the statuses, and the errors the portal logged meanwhile.</summary>
public sealed record MixedResult(int Users, TimeSpan Duration, IReadOnlyList<MixedUser> Pages, LoadResult? Load, int LoggedErrors, string? FirstLoggedError, long MaxRssBytes, string? Failure)
{
    /// <summary>Zero errors: every response a 200 and nothing logged at Error or Fatal.</summary>
    public bool Met => Failure is null && Load is { Requests: > 0, NonOk: 0 } && LoggedErrors == 0;
}

/// <summary>
/// Issue 16's load test (docs/benchmarks.md): 100 users signed in across the roles at once for two minutes, each
/// asking for a page of their role, against the portal as shipped; the target is zero errors. Twenty hey processes of
/// five connections, each process one signed-in person (hey sends one Cookie header per process): commissioners,
/// procurement officers, the director and providers' users. Administrators are left out:
/// they sign in with an authenticator code, which the harness does not enter.
/// </summary>
public static class MixedLoad
{
    public const int Processes = 20;

    public const int ConnectionsPerProcess = 5;

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);

    /// <summary>The demo's provider users (demo data is in every generated database).</summary>
    private static readonly string[] ProviderUsers = ["provider@example.org", "small.provider@example.org"];

    public static async Task<MixedResult> RunAsync(Served portal, Users users, IReadOnlyList<int> contracts, IReadOnlyList<int> opportunities, TimeSpan warmup, CancellationToken cancellationToken)
    {
        var providers = new List<Session>();
        try
        {
            foreach (var email in ProviderUsers)
            {
                providers.Add(await Session.SignInAsync(portal.BaseAddress, email, cancellationToken));
            }

            var plan = new List<(Session Session, string Path)>();
            void Add(Session session, params string[] paths) => plan.AddRange(paths.Select(p => (session, p)));
            string Contract(int i) => $"/contracts/{contracts[i % contracts.Count]}";
            string Overview(int i) => $"/procurement/opportunities/{opportunities[i % opportunities.Count]}";

            // Six commissioners, six procurement officers, four sessions of the director, four of two providers' users.
            Add(users.For(Who.Commissioner, 0), "/");
            Add(users.For(Who.Commissioner, 1), "/contracts?search=care&status=Live");
            Add(users.For(Who.Commissioner, 2), Contract(0));
            Add(users.For(Who.Commissioner, 3), "/dashboard");
            Add(users.For(Who.Commissioner, 4), "/monitoring");
            Add(users.For(Who.Commissioner, 5), $"{Contract(1)}/history");
            Add(users.For(Who.ProcurementOfficer, 0), "/");
            Add(users.For(Who.ProcurementOfficer, 1), "/procurement");
            Add(users.For(Who.ProcurementOfficer, 2), Overview(0));
            Add(users.For(Who.ProcurementOfficer, 3), "/waivers");
            Add(users.For(Who.ProcurementOfficer, 4), Overview(1));
            Add(users.For(Who.Director, 0), "/");
            Add(users.For(Who.Director, 1), "/waivers");
            Add(users.For(Who.Director, 2), "/decommissioning");
            Add(providers[0], "/");
            Add(providers[0], "/our-contracts");
            Add(providers[1], "/your-bids");
            Add(providers[1], "/opportunities");
            Add(users.For(Who.ProcurementOfficer, 5), "/opportunities");
            Add(users.For(Who.Director, 3), "/dashboard");

            var pages = plan.Select(p => new MixedUser(p.Session.Who, p.Path)).ToList();
            var targets = new List<HeyTarget>();
            using var plain = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(5) };
            foreach (var (session, path) in plan)
            {
                var url = new Uri(portal.BaseAddress, path);
                using var probe = new HttpRequestMessage(HttpMethod.Get, url);
                if (session.Cookie is { } cookie)
                {
                    probe.Headers.Add("Cookie", cookie);
                }

                using var response = await plain.SendAsync(probe, cancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return new MixedResult(Processes * ConnectionsPerProcess, Duration, pages, null, 0, null, 0,
                        $"{path} as {session.Who} answered {(int)response.StatusCode} {response.Headers.Location}".Trim());
                }

                targets.Add(new HeyTarget(url, session.Cookie));
            }

            // The warm-up is the same mixed load, unmeasured; errors are counted from the measured period's start.
            if (warmup > TimeSpan.Zero)
            {
                await Load.RunAsync(targets, ConnectionsPerProcess, TimeSpan.Zero, warmup, cancellationToken);
            }

            var logFrom = new FileInfo(portal.LogPath).Length;
            portal.StartWindow();
            var load = await Load.RunAsync(targets, ConnectionsPerProcess, TimeSpan.Zero, Duration, cancellationToken);
            var (errors, first) = await LoggedErrorsAsync(portal.LogPath, logFrom, cancellationToken);
            var failure = !portal.IsRunning ? "the portal stopped during the load"
                : load.Requests == 0 ? "no response at all (hey gives up on a request after 60 s)"
                : null;
            return new MixedResult(Processes * ConnectionsPerProcess, Duration, pages, load, errors, first, portal.WindowMaxRssBytes, failure);
        }
        finally
        {
            foreach (var session in providers)
            {
                session.Dispose();
            }
        }
    }

    /// <summary>Lines at Error or Fatal in the portal's log (Serilog's compact JSON: <c>"@l":"Error"</c>) after <paramref name="from"/>.</summary>
    private static async Task<(int Count, string? First)> LoggedErrorsAsync(string path, long from, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(from, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        var count = 0;
        string? first = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal))
            {
                count++;
                first ??= line.Length > 400 ? line[..400] : line;
            }
        }

        return (count, first);
    }

    public static string Describe(MixedResult result)
    {
        var who = string.Join(", ", result.Pages.GroupBy(p => Role(p.Who)).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}")));
        return result.Load is { Requests: > 0 } l
            ? string.Create(CultureInfo.InvariantCulture,
                $"{result.Users} users ({who} processes of {ConnectionsPerProcess}) for {result.Duration.TotalMinutes:N0} minutes: {l.Requests:N0} requests, {l.RequestsPerSecond:N0} req/s, p50 {l.P50Ms:N0} ms, p95 {l.P95Ms:N0} ms, p99 {l.P99Ms:N0} ms, max {l.MaxMs:N0} ms; statuses {l.Statuses}; errors logged by the portal {result.LoggedErrors}{(result.FirstLoggedError is null ? "" : $" (first: {result.FirstLoggedError})")}")
            : $"{result.Users} users: {result.Failure}";
    }

    private static string Role(string who) => who switch
    {
        _ when who.StartsWith("bench-commissioner-", StringComparison.Ordinal) => "commissioners",
        _ when who.StartsWith("bench-procurement-", StringComparison.Ordinal) => "procurement officers",
        "director@example.org" => "sessions of the director",
        _ => "providers' users",
    };
}
