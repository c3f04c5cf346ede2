using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// Form fuzzing (OWASP ASVS 5.1): every POST the app maps is sent hostile input by someone the authorisation matrix lets
/// use it, with a valid anti-forgery token taken from the page its form is on: fields missing, "abc" in every field, 100,000
/// characters, a script and an SQL fragment, negative and enormous money, impossible dates, every field twice, and a stale
/// version where the form carries one. The answer is never a 500 nor a bare 400; a form shown again shows the GOV.UK error
/// summary, keeps what was typed (encoded: never a raw script) and saved nothing (every table as it was); a refusal of any
/// other kind (403, 404, 409) saved nothing either. The cases are made from the endpoints and the forms' own fields, so a
/// new POST is fuzzed as soon as it is mapped; one whose form cannot be found fails until it is given a page or an exemption.
/// After an accepted case the form is looked for again, so the cases after it meet the form and not the refusal of a record
/// moved on: a POST whose record moved on gets another (<see cref="Arranged"/>, or the matrix's fresh records), or fails.
/// </summary>
public sealed partial class Fuzzing_every_form(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Sql = "'; DROP TABLE Contracts;--";
    private static readonly string Huge = new('x', 100_000);

    /// <summary>
    /// POSTs not fuzzed, each with its reason: each takes no input. A form shown only while its record is in a particular state is
    /// not exempt: <see cref="Arranged"/> puts a record of its own in that state.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Exempt = new Dictionary<string, string>
    {
        ["POST /account/sign-out"] = "takes no input: signing out is all it does (the matrix and the anti-forgery test cover it)",
        ["POST /monitoring/contracts/{id:int}/plan"] = "takes no input (its one button sets up a plan), and shows only for a contract without one",
        ["POST /opportunities/{id:int}/register-interest"] = "takes no input (one button), and shows only until the provider has registered interest",
    };

    /// <summary>POSTs that save what was typed even when they refuse the step asked for, by design, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> SavesWhatWasTypedWhenRefused = new Dictionary<string, string>
    {
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}"] =
            "\"Submit your scores\" saves the scores as typed as a draft first, then lists what is missing before the sheet can be submitted: the draft is what was typed, not half of it",
        ["POST /opportunities/{id:int}/lots/{lotId:int}/bid/attachments"] =
            "\"Upload file\" sends the whole bid form: the draft bid is saved as typed, then a missing or refused file is reported, so nothing typed is lost",
        ["POST /scoring/panels/{panelId:int}/bids/{bidId:int}/moderate"] =
            "\"Confirm the moderated scores\" saves the agreed scores as typed as the chair's draft first (as \"Submit your scores\" does), then lists what is missing before they can be confirmed",
    };

    /// <summary>POSTs whose refusal of a wrong answer is counted towards the account's lock-out (AspNetUsers.AccessFailedCount), by design, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> CountsAWrongAttempt = new Dictionary<string, string>
    {
        ["POST /account/sign-in/recovery-code"] =
            "a wrong recovery code counts towards the lock-out as a wrong password or app code does (docs/security.md, sign-in): the count is the lock-out working, not what was typed half saved",
    };

    /// <summary>Who fills a form when it is not the first persona the matrix allows (in the order of <see cref="Preference"/>).</summary>
    private static readonly IReadOnlyDictionary<string, string> FilledBy = new Dictionary<string, string>
    {
        // Recovery codes are made again only by someone with two-factor authentication on: the demo administrator.
        ["POST /account/two-factor/recovery-codes"] = "admin@example.org",
    };

    /// <summary>POSTs that answer a successful request with a page (200) rather than a redirect, so a 200 without an error summary is no failure.</summary>
    public static readonly IReadOnlyDictionary<string, string> AnswersWithAPage = new Dictionary<string, string>
    {
        ["POST /monitoring/returns/{id:int}/submit"] =
            "a return submitted is answered with its confirmation page itself, not a redirect to one (docs/patterns.md asks for …/confirmation: not yet followed here)",
    };

    private static readonly IReadOnlySet<string> MovesOn = new HashSet<string>(StringComparer.Ordinal)
    {
        "approve", "publish", "submit", "decide", "cancel", "withdraw", "return", "return-to-draft", "start-evaluation", "delete", "remove", "end",
        "lock", "unlock", "sign-off", "decommission", "create-contract", "reject", "take", "decline", "confirm", "check-answers", "new-version", "unpublish",
        "reset-two-factor", "turn-off", "record", "recommend", "reopen", "status",
    };

    private static readonly string[] Preference =
        [Roles.CouncilCommissioner, Roles.ProcurementOfficer, Roles.DecisionMaker, Roles.CcgCommissioner, Roles.Administrator, Roles.ProviderUser, Roles.Evaluator];

    private sealed record Field(string Name, string Kind, string Value);

    private sealed record Form(string Page, string Token, bool Multipart, IReadOnlyList<Field> Fields)
    {
        /// <summary>What a person may type or choose (not hidden fields or buttons).</summary>
        public IReadOnlyList<string> Inputs => Fields.Where(f => f.Kind is not ("hidden" or "button" or "submit")).Select(f => f.Name).Distinct().ToList();

        /// <summary>Inputs one types a single line in (money, numbers, names, dates' parts).</summary>
        public IReadOnlyList<string> LineInputs => Fields.Where(f => f.Kind is "text" or "number" or "email" or "tel" or "url" or "search" or "date").Select(f => f.Name).Distinct().ToList();

        /// <summary>Inputs whose typed value the page must show again (not passwords, choices or files).</summary>
        public IReadOnlyList<string> Echoed => Fields.Where(f => f.Kind is "text" or "number" or "email" or "tel" or "url" or "search" or "textarea").Select(f => f.Name).Distinct().ToList();

        /// <summary>The form as the page shows it: hidden fields, the first named button, what is filled in, checked or selected.</summary>
        public List<KeyValuePair<string, string>> Shown(Func<string, bool>? skip = null) =>
            Fields.Where(f => skip is null || !skip(f.Name))
                .Where(f => f.Kind is not ("button" or "submit") || f == Fields.First(b => b.Kind is "button" or "submit"))
                .Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();

        public string? Version => Fields.FirstOrDefault(f => f.Kind == "hidden" && f.Name == "Version")?.Value;
    }

    /// <summary>The hostile submissions made from a form's own fields: a name and the fields sent (the token is added).</summary>
    private static IEnumerable<(string Case, List<KeyValuePair<string, string>> Fields)> Cases(Form form)
    {
        var inputs = form.Inputs.ToHashSet(StringComparer.Ordinal);
        List<KeyValuePair<string, string>> Every(string value) =>
            [.. form.Shown(inputs.Contains), .. form.Inputs.Select(n => new KeyValuePair<string, string>(n, value))];
        List<KeyValuePair<string, string>> Lines(string value)
        {
            var lines = form.LineInputs.ToHashSet(StringComparer.Ordinal);
            return [.. form.Shown(lines.Contains), .. lines.Select(n => new KeyValuePair<string, string>(n, value))];
        }

        List<KeyValuePair<string, string>> Date(string day, string month, string year, string whole)
        {
            var parts = form.LineInputs.Where(n => n.EndsWith("Day", StringComparison.Ordinal) || n.EndsWith("Month", StringComparison.Ordinal) || n.EndsWith("Year", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            if (parts.Count == 0)
            {
                return Lines(whole);
            }

            return [.. form.Shown(parts.Contains), .. parts.Select(n => new KeyValuePair<string, string>(n,
                n.EndsWith("Day", StringComparison.Ordinal) ? day : n.EndsWith("Month", StringComparison.Ordinal) ? month : year))];
        }

        yield return ("fields missing", form.Shown(inputs.Contains));
        if (inputs.Count > 0)
        {
            yield return ("wrong types (abc everywhere)", Every("abc"));
            yield return ("100,000 characters", Every(Huge));
            yield return ("a script", Every(Script));
            yield return ("an SQL fragment", Every(Sql));
            yield return ("every field twice", [.. form.Shown(), .. form.Inputs.Select(n => new KeyValuePair<string, string>(n, "abc"))]);
        }

        if (form.LineInputs.Count > 0)
        {
            yield return ("money -1", Lines("-1"));
            yield return ("money 1e30", Lines("1e30"));
            yield return ("money beyond decimal", Lines("79228162514264337593543950336"));
            yield return ("31/02/2026", Date("31", "2", "2026", "31/02/2026"));
            yield return ("0/0/0", Date("0", "0", "0", "0/0/0"));
        }

        if (form.Version is { } version)
        {
            var stale = int.TryParse(version, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? (number - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "0";
            yield return ("a stale version", [.. form.Shown(n => n == "Version"), new("Version", stale)]);
        }
    }

    [Fact]
    public void every_exemption_and_page_names_a_mapped_post()
    {
        var posts = MappedEndpoint.All(factory.Services).Where(e => e.Method == "POST").Select(e => e.Key).ToHashSet();

        var gone = Exempt.Keys.Concat(FilledBy.Keys).Concat(AnswersWithAPage.Keys).Concat(SavesWhatWasTypedWhenRefused.Keys).Concat(CountsAWrongAttempt.Keys).Concat(Arranged().Keys).Where(k => !posts.Contains(k)).ToList();

        Assert.True(gone.Count == 0, "Not a POST the app maps:\n  " + string.Join("\n  ", gone));
        Assert.Empty(Exempt.Keys.Intersect(Arranged().Keys));
    }

    [Fact]
    public async Task every_form_refuses_hostile_input_without_a_500_a_half_save_or_a_raw_script()
    {
        var clock = Stopwatch.StartNew();
        var values = await Every_endpoint_declares_who_may_use_it.RouteValues(factory);
        var fresh = Every_endpoint_declares_who_may_use_it.FreshRecords(factory);
        var clients = new Dictionary<string, PortalClient>();
        var wrong = new List<string>();
        var sent = 0;
        var tally = new Tally();
        var fingerprint = await DatabaseFingerprint.TakeAsync(factory);
        var arranged = Arranged();
        // Forms that move a record on (publish, decide, delete...) go last, so the others still find their records as the matrix set them up;
        // after them the forms shown only in a state their records are put in just before (Arranged), which need no record as the matrix left it.
        var posts = MappedEndpoint.All(factory.Services).Where(e => e.Method == "POST" && !Exempt.ContainsKey(e.Key))
            .OrderBy(e => arranged.ContainsKey(e.Key)).ThenBy(e => MovesOn.Contains(e.Route[(e.Route.LastIndexOf('/') + 1)..])).ThenBy(e => e.Route, StringComparer.Ordinal).ToList();
        foreach (var endpoint in posts)
        {
            string url;
            string? email;
            PortalClient client;
            Form? form;
            try
            {
                (url, email, client, form) = await PrepareAsync(endpoint, values, fresh, arranged, clients);
            }
            catch (Exception e)
            {
                // One record that cannot be put in its form's state fails the test, but the other forms are still judged.
                wrong.Add(NotArranged(endpoint.Key, e));
                continue;
            }

            if (form is null)
            {
                wrong.Add($"{endpoint.Key}: no form posts to {url} on that page or a page above it (as {email ?? "anonymous"}): fix the route values or exempt it with a reason");
                continue;
            }

            fingerprint = await DatabaseFingerprint.TakeAsync(factory);
            var cases = Cases(form).ToList();
            var movedOn = false;
            for (var i = 0; i < cases.Count; i++)
            {
                var (name, fields) = cases[i];
                using var response = await SendAsync(client, url, form, fields);
                sent++;
                var body = await response.Content.ReadAsStringAsync();
                var after = await DatabaseFingerprint.TakeAsync(factory);
                var changed = after.ChangedSince(fingerprint);
                fingerprint = after;
                var problem = Judge(endpoint.Key, form, name, fields, response, body, changed);
                if (problem is not null)
                {
                    wrong.Add($"{endpoint.Key} ({url}, {name}, as {email ?? "anonymous"}): {problem}");
                }

                var signedOut = response.Headers.Location?.OriginalString.StartsWith("/account/sign-in", StringComparison.Ordinal) == true;
                var accepted = response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther && !signedOut;
                tally.Count(endpoint.Key, name, response.StatusCode, movedOn);
                if (i == cases.Count - 1 || movedOn || !(signedOut || accepted))
                {
                    continue;
                }

                // Accepted: is the form still shown (a record edited again), or has its record moved on (submitted, decided, deleted)?
                var still = signedOut ? null : await FindFormAsync(client, url, form.Page);
                if (still is not null)
                {
                    form = still;
                }
                else if (arranged.ContainsKey(endpoint.Key) || (!signedOut && fresh.ContainsKey(endpoint.Key)))
                {
                    // Its record (or its sign-in half way) is used up: put another in the state its form shows in.
                    try
                    {
                        (url, email, client, var again) = await PrepareAsync(endpoint, values, fresh, arranged, clients);
                        form = again ?? throw new InvalidOperationException(
                            $"no form posts to {url} on its page once its record is made again (after \"{name}\" was answered {(int)response.StatusCode} {response.Headers.Location})");
                        tally.Again(endpoint.Key);
                    }
                    catch (Exception e)
                    {
                        wrong.Add(NotArranged(endpoint.Key, e));
                        break;
                    }
                }
                else if (signedOut)
                {
                    // Signed out (or never signed in): sign in again for the next case.
                    client = await ClientAsync(clients, email, again: true);
                    form = await FindFormAsync(client, url) ?? form;
                }
                else
                {
                    // The matrix's shared record moved on and there is none of its own to make: the cases after this meet its refusal.
                    movedOn = true;
                }

                // The cases still to come are made from the form as it is now (its hidden fields: a new token, a new version).
                cases = Cases(form).ToList();
                fingerprint = await DatabaseFingerprint.TakeAsync(factory);
            }
        }

        var mapped = MappedEndpoint.All(factory.Services).Count(e => e.Method == "POST");
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{sent} hostile posts to {posts.Count} of the {mapped} POSTs ({posts.Count(p => arranged.ContainsKey(p.Key))} on a record of their own) in {clock.Elapsed.TotalSeconds:0} s"));
        foreach (var line in tally.Lines())
        {
            output.WriteLine(line);
        }

        wrong.AddRange(tally.NeverReachedTheForm());
        Assert.True(wrong.Count == 0, wrong.Count + " of " + sent + " hostile posts were answered wrongly:\n" + string.Join("\n", wrong));
    }

    /// <summary>
    /// What each POST's cases met: its form (shown again with errors, accepted, or a stale version refused), a refusal of its
    /// record's state (403, 404, 409), or, sent after an accepted case moved the shared record on, only that record's refusal.
    /// </summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, (int Form, int Refused, int AfterMovedOn, int Again, List<string> Lost)> _posts = new(StringComparer.Ordinal);

        public void Count(string key, string name, HttpStatusCode status, bool movedOn)
        {
            var t = _posts.GetValueOrDefault(key, (0, 0, 0, 0, []));
            if (movedOn)
            {
                t.AfterMovedOn++;
                t.Lost.Add(name);
            }
            else if ((int)status is 403 or 404 or 409 && !(name == "a stale version" && status == HttpStatusCode.Conflict))
            {
                t.Refused++;
            }
            else
            {
                t.Form++;
            }

            _posts[key] = t;
        }

        public void Again(string key)
        {
            var t = _posts[key];
            t.Again++;
            _posts[key] = t;
        }

        /// <summary>A line for every POST some of whose cases did not reach its form, or that was given a record again, and the totals.</summary>
        public IEnumerable<string> Lines()
        {
            foreach (var (key, t) in _posts.Where(p => p.Value.Refused + p.Value.AfterMovedOn + p.Value.Again > 0).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                yield return $"{key}: {t.Form} of {t.Form + t.Refused + t.AfterMovedOn} cases reached the form, {t.Refused} refused (403, 404, 409), {t.AfterMovedOn} after its record moved on; a record of its own made again {t.Again} {(t.Again == 1 ? "time" : "times")}";
            }

            yield return $"{_posts.Values.Sum(t => t.Form)} cases reached their form, {_posts.Values.Sum(t => t.Refused)} were refused (403, 404, 409), {_posts.Values.Sum(t => t.AfterMovedOn)} came after their record moved on; records of their own made again {_posts.Values.Sum(t => t.Again)} times";
        }

        public IEnumerable<string> NeverReachedTheForm() => _posts.Where(p => p.Value.AfterMovedOn > 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            $"{p.Key}: an accepted case moved its shared record on, so {p.Value.AfterMovedOn} later cases ({string.Join(", ", p.Value.Lost)}) met its refusal, not the form: give it a record of its own (Arranged) or a fresh one (the matrix's FreshRecords)");
    }

    /// <summary>Which POST could not be given its record in the state its form shows in, why, and where in the arrangement.</summary>
    private static string NotArranged(string key, Exception e)
    {
        var where = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("LeedsCommissioning.Web.Tests", StringComparison.Ordinal));
        return $"{key}: its record could not be put in the state its form shows in, so it was not fuzzed: {e.GetType().Name}: {e.Message}" + (where is null ? "" : $" ({where})");
    }

    /// <summary>
    /// The address to post to, who posts, their client and the form: for most POSTs the matrix's records (a fresh one where the
    /// matrix makes one per request) and the persona's client; for one in <see cref="Arranged"/>, its record put in the state its
    /// form shows in, and the client, person and page the arrangement names.
    /// </summary>
    private async Task<(string Url, string? Email, PortalClient Client, Form? Form)> PrepareAsync(MappedEndpoint endpoint, IReadOnlyDictionary<string, string> values,
        Dictionary<string, Func<Task<IReadOnlyDictionary<string, string>>>> fresh, IReadOnlyDictionary<string, Func<IReadOnlyDictionary<string, string>, Task<Arrangement>>> arranged,
        Dictionary<string, PortalClient> clients)
    {
        if (arranged.TryGetValue(endpoint.Key, out var arrange))
        {
            var arrangement = await arrange(values);
            var at = endpoint.Url(arrangement.RouteValues is { } overrides ? Every_endpoint_declares_who_may_use_it.Merge(values, overrides) : values);
            var by = arrangement.Email ?? FillerOf(endpoint.Key);
            var own = arrangement.Client ?? await ClientAsync(clients, by);
            var shown = arrangement.Shown is { } document ? FormOn(document, arrangement.Page ?? at, at) : await FindFormAsync(own, at, arrangement.Page ?? at);
            return (at, by, own, shown);
        }

        var email = FillerOf(endpoint.Key);
        var routeValues = values;
        if (fresh.TryGetValue(endpoint.Key, out var make))
        {
            try
            {
                routeValues = Every_endpoint_declares_who_may_use_it.Merge(values, await make());
            }
            catch (Exception e) when (e is LeedsCommissioning.Domain.Common.DomainException or InvalidOperationException)
            {
                // An earlier form took its hostile input and moved the shared record on (published the draft, say): use it as it is.
            }
        }

        var url = endpoint.Url(routeValues);
        var client = await ClientAsync(clients, email);
        return (url, email, client, await FindFormAsync(client, url));
    }

    private static string? Judge(string key, Form form, string name, List<KeyValuePair<string, string>> fields, HttpResponseMessage response, string body, IReadOnlyList<string> changed)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status}";
        }

        if (body.Contains(Script, StringComparison.Ordinal))
        {
            return "the script came back unencoded";
        }

        if (status is 301 or 302 or 303)
        {
            return null; // accepted: what was typed is the person's to keep (a later GET shows it encoded, the header and Razor tests prove)
        }

        if (status == 200)
        {
            if (!body.Contains("govuk-error-summary", StringComparison.Ordinal))
            {
                return AnswersWithAPage.ContainsKey(key) ? null
                    : $"200 without the GOV.UK error summary (the page \"{new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body).Title}\")";
            }

            if (changed.Count > 0 && !SavesWhatWasTypedWhenRefused.ContainsKey(key) && !(CountsAWrongAttempt.ContainsKey(key) && changed.All(t => t == "AspNetUsers")))
            {
                return "refused, but saved a change to " + string.Join(", ", changed);
            }

            var typed = name switch { "a script" => Script, "100,000 characters" => Huge, _ => null };
            if (typed is not null)
            {
                var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
                var lost = form.Echoed.Where(n => fields.Any(f => f.Key == n && f.Value == typed))
                    .Where(n => page.QuerySelectorAll("input, textarea").FirstOrDefault(e => e.GetAttribute("name") == n) is { } shown
                        && (shown is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value : shown.GetAttribute("value")) != typed)
                    .ToList();
                if (lost.Count > 0)
                {
                    return "did not show again what was typed in " + string.Join(", ", lost);
                }
            }

            return null;
        }

        if (status is 403 or 404 or 409)
        {
            return changed.Count > 0 ? $"{status}, but saved a change to " + string.Join(", ", changed) : null;
        }

        return $"{status}: a bare error, not the form with an error summary";
    }

    private static string? FillerOf(string key)
    {
        if (FilledBy.TryGetValue(key, out var email))
        {
            return email;
        }

        var who = Every_endpoint_declares_who_may_use_it.Expected[key];
        var role = Preference.FirstOrDefault(who.Contains);
        return role is null ? null : Persona.All.Single(p => p.Name == role).Email;
    }

    private async Task<PortalClient> ClientAsync(Dictionary<string, PortalClient> clients, string? email, bool again = false)
    {
        var key = email ?? Persona.Anonymous;
        if (again || !clients.TryGetValue(key, out var client))
        {
            clients[key] = client = email is null ? PortalClient.For(factory) : await PortalClient.SignedInAsync(factory, email);
        }

        return client;
    }

    /// <summary>The form that posts to <paramref name="url"/>: on the page at that address (or at <paramref name="from"/>), or on the nearest page above it.</summary>
    private static async Task<Form?> FindFormAsync(PortalClient client, string url, string? from = null)
    {
        for (var page = from ?? url; page.Length > 0; page = page.LastIndexOf('/') is > 0 and var slash ? page[..slash] : page == "/" ? "" : "/")
        {
            using var response = await client.Http.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            if (FormOn(await PortalClient.ParseAsync(response), page, url) is { } form)
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>The form on <paramref name="document"/> (shown at <paramref name="page"/>) that posts to <paramref name="url"/>, or null.</summary>
    private static Form? FormOn(IDocument document, string page, string url)
    {
        var form = document.QuerySelectorAll("form").FirstOrDefault(f =>
            PostsTo(f.GetAttribute("action") ?? page, url) && string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase));
        if (form is not null)
        {
            return Read(page, form, string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase));
        }

        // A button that sends its form elsewhere (the bid's "Upload file" sends the bid form, as multipart, to the attachments).
        var button = document.QuerySelectorAll("button[formaction], input[formaction]").FirstOrDefault(b => PostsTo(b.GetAttribute("formaction")!, url));
        var owner = button?.GetAttribute("form") is { } id ? document.GetElementById(id) : Ancestors(button).FirstOrDefault(a => a.LocalName == "form");
        return button is not null && owner is not null
            ? Read(page, owner, string.Equals(button.GetAttribute("formenctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private static bool PostsTo(string action, string url) => string.Equals(action.Split('?', '#')[0], url, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<IElement> Ancestors(IElement? element)
    {
        for (var parent = element?.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            yield return parent;
        }
    }

    private static Form Read(string page, IElement form, bool multipart)
    {
        var fields = new List<Field>();
        string? token = null;
        foreach (var element in form.QuerySelectorAll("input, textarea, select, button"))
        {
            var name = element.GetAttribute("name");
            if (name is null || element.HasAttribute("disabled"))
            {
                continue;
            }

            if (name == "__RequestVerificationToken")
            {
                token = element.GetAttribute("value");
                continue;
            }

            switch (element.LocalName)
            {
                case "textarea":
                    fields.Add(new(name, "textarea", element.TextContent));
                    break;
                case "select":
                    var option = element.QuerySelector("option[selected]") ?? element.QuerySelector("option");
                    fields.Add(new(name, "select", option?.GetAttribute("value") ?? option?.TextContent ?? ""));
                    break;
                case "button":
                    // The primary button, not a secondary one such as "Add another funder" (which shows the form again with a row more).
                    if (element.GetAttribute("class")?.Contains("govuk-button--secondary", StringComparison.Ordinal) != true)
                    {
                        fields.Add(new(name, "button", element.GetAttribute("value") ?? ""));
                    }

                    break;
                default:
                    var type = element.GetAttribute("type") ?? "text";
                    if (type is "radio" or "checkbox")
                    {
                        if (element.HasAttribute("checked"))
                        {
                            fields.Add(new(name, type, element.GetAttribute("value") ?? "on"));
                        }
                        else if (!fields.Any(f => f.Name == name))
                        {
                            fields.Add(new(name, type + "-unchecked", ""));
                        }
                    }
                    else if (type != "file")
                    {
                        fields.Add(new(name, type, element.GetAttribute("value") ?? ""));
                    }

                    break;
            }
        }

        // An unchecked choice is an input to fuzz, but the page sends nothing for it.
        var shown = fields.Where(f => !f.Kind.EndsWith("-unchecked", StringComparison.Ordinal) || !fields.Any(g => g.Name == f.Name && g != f)).ToList();
        return new Form(page, token ?? throw new InvalidOperationException($"The form on {page} has no anti-forgery token"), multipart, shown);
    }

    private static async Task<HttpResponseMessage> SendAsync(PortalClient client, string url, Form form, List<KeyValuePair<string, string>> fields)
    {
        // What the page shows for an unchecked choice is nothing at all.
        var sent = fields.Where(f => !form.Fields.Any(g => g.Name == f.Key && g.Kind.EndsWith("-unchecked", StringComparison.Ordinal) && f.Value.Length == 0))
            .Append(new("__RequestVerificationToken", form.Token)).ToList();
        if (!form.Multipart)
        {
            return await client.PostAsync(url, sent);
        }

        using var body = new MultipartFormDataContent();
        foreach (var (key, value) in sent)
        {
            body.Add(new StringContent(value), key);
        }

        return await client.Http.PostAsync(url, body);
    }
}
