using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// One page under load. <paramref name="Paths"/> are given out to the hey processes in turn (several contracts,
/// several opportunities); <paramref name="Shows"/> reads from the page what it shows, proof that it did the work.
/// </summary>
/// <param name="Optional">A page another issue builds: "not built yet" when it does not answer 200, never a figure.</param>
public sealed record Scenario(
    string Key, string Name, Who Who, IReadOnlyList<string> Paths, double? TargetP95Ms, Func<string, string?> Shows, bool Optional = false, Served? App = null);

public enum Who
{
    Anyone,
    Commissioner,
    ProcurementOfficer,
    Director,
}

public sealed record ScenarioResult(Scenario Scenario, string Request, LoadResult? Load, int PageBytes, string? Shows, string? NotBuilt, string? Failure, long MaxRssBytes = 0)
{
    public bool P95Met => Scenario.TargetP95Ms is not { } target || (Load is not null && Load.P95Ms <= target);

    /// <summary>Measured, every response a 200, within its p95 target if it has one. A page not built yet is not "met".</summary>
    public bool Met => Failure is null && NotBuilt is null && Load is { NonOk: 0, Requests: > 0 } && P95Met;
}

/// <summary>The users: ten signed-in sessions per role (one per hey process) and anyone.</summary>
public sealed class Users(IReadOnlyList<Session> commissioners, IReadOnlyList<Session> officers, IReadOnlyList<Session> directors, Session anyone) : IDisposable
{
    public IReadOnlyList<Session> Commissioners => commissioners;

    public Session Anyone => anyone;

    public static async Task<Users> SignInAsync(Uri baseAddress, int processes, bool officersToo, CancellationToken cancellationToken)
    {
        var commissioners = new List<Session>();
        var officers = new List<Session>();
        var directors = new List<Session>();
        for (var i = 1; i <= processes; i++)
        {
            commissioners.Add(await Session.SignInAsync(baseAddress, Accounts.Commissioner(i), cancellationToken));
            if (officersToo)
            {
                officers.Add(await Session.SignInAsync(baseAddress, Accounts.ProcurementOfficer(i), cancellationToken));
                // The demo's one decision maker, signed in once per process (ten sessions of one person).
                directors.Add(await Session.SignInAsync(baseAddress, Accounts.Director, cancellationToken));
            }
        }

        return new Users(commissioners, officers, directors, Session.Anonymous(baseAddress));
    }

    public Session For(Who who, int process) => who switch
    {
        Who.Commissioner => commissioners[process % commissioners.Count],
        Who.ProcurementOfficer => officers[process % officers.Count],
        Who.Director => directors[process % directors.Count],
        _ => anyone,
    };

    public void Dispose()
    {
        foreach (var session in commissioners.Concat(officers).Concat(directors).Append(anyone))
        {
            session.Dispose();
        }
    }
}

public static partial class Scenarios
{
    public static async Task<ScenarioResult> RunAsync(Scenario scenario, Served app, Users users, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var request = scenario.Paths.Count == 1 ? scenario.Paths[0] : $"{scenario.Paths[0]} and {scenario.Paths.Count - 1} more";
        var targets = new List<HeyTarget>();
        int pageBytes = 0;
        string? shows = null;
        for (var process = 0; process < options.Processes; process++)
        {
            var session = users.For(scenario.Who, process);
            var path = scenario.Paths[process % scenario.Paths.Count];
            var url = new Uri(app.BaseAddress, path);
            if (process < scenario.Paths.Count)
            {
                // Each page once before the load: it must be a 200 and show what it should.
                using var probe = new HttpRequestMessage(HttpMethod.Get, url);
                if (session.Cookie is { } cookie)
                {
                    probe.Headers.Add("Cookie", cookie);
                }

                using var plain = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
                using var response = await plain.SendAsync(probe, cancellationToken);
                var html = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    var status = $"{(int)response.StatusCode} {response.Headers.Location}".Trim();
                    return scenario.Optional && response.StatusCode is HttpStatusCode.NotFound
                        ? new ScenarioResult(scenario, request, null, 0, null, $"not built yet: {path} answers {status}", null)
                        : new ScenarioResult(scenario, request, null, 0, null, null, $"{path} as {session.Who} answered {status}");
                }

                pageBytes = html.Length;
                shows ??= scenario.Shows(html);
                if (shows is null)
                {
                    return new ScenarioResult(scenario, request, null, pageBytes, null, null, $"{path} did not show what it should: is it the right page?");
                }
            }

            targets.Add(new HeyTarget(url, session.Cookie));
        }

        app.StartWindow();
        var load = await Load.RunAsync(targets, options.ConnectionsPerProcess, options.Warmup, options.Duration, cancellationToken);
        var maxRss = app.WindowMaxRssBytes;
        var failure = !app.IsRunning ? $"{app.Name} stopped during the load"
            : load.Requests == 0 ? "no response at all (hey gives up on a request after 60 s)"
            : load.NonOk > 0 ? $"not every response was a 200: {load.Statuses}"
            : null;
        return new ScenarioResult(scenario, request, load, pageBytes, shows, null, failure, maxRss);
    }

    /// <summary>The first page of a list's ids, from its links, so each hey process can ask for a different one.</summary>
    public static async Task<IReadOnlyList<int>> IdsAsync(Session session, string page, Regex link, int count, CancellationToken cancellationToken)
    {
        var html = await session.Http.GetStringAsync(new Uri(page, UriKind.Relative), cancellationToken);
        var ids = link.Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new InvalidOperationException($"{page} lists nothing to measure");
        }

        // Spread over the page, not the first few only.
        var step = Math.Max(1, ids.Count / count);
        return ids.Where((_, i) => i % step == 0).Take(count).ToList();
    }

    public static Func<string, string?> Text(string pattern) => html =>
        Regex.Match(html, pattern, RegexOptions.Singleline) is { Success: true } match ? Clean(match.Groups[1].Value) : null;

    public static Func<string, string?> Has(string marker, string says) => html => html.Contains(marker, StringComparison.Ordinal) ? says : null;

    public static string Clean(string html) => Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, "")), " ").Trim();

    [GeneratedRegex("href=\"/contracts/(\\d+)\"")]
    public static partial Regex ContractLink();

    [GeneratedRegex("href=\"/opportunities/(\\d+)\"")]
    public static partial Regex OpportunityLink();

    [GeneratedRegex("href=\"/providers/\\d+\">([^<]+)</a>")]
    public static partial Regex ProviderLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
