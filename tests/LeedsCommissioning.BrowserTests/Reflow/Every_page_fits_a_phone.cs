using System.Diagnostics;
using System.Net;
using LeedsCommissioning.BrowserTests.Infrastructure;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Tests.Infrastructure;
using LeedsCommissioning.Web.Tests.Security;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LeedsCommissioning.BrowserTests.Reflow;

/// <summary>
/// WCAG 2.2 success criterion 1.4.10 (reflow): at 320 CSS pixels wide no page scrolls sideways; and axe-core
/// finds no WCAG A or AA violation on any page, with data, with errors and empty (see the walk). Every persona
/// (nobody signed in, and the demo account of each role) opens every GET page the authorisation matrix lets it
/// use (<see cref="Every_endpoint_declares_who_may_use_it.Expected"/>, with the matrix's real records in the
/// route), in one browser context per persona, signing in once. Each page is screenshotted at 320 px
/// (.ci/out/screenshots/&lt;persona&gt;-&lt;route&gt;-320.png, by the first persona to open it) and must be no wider than the viewport; anything
/// that scrolls sideways inside the page must be a labelled region reachable by the keyboard (the
/// app-table-scroll tag helper's markup). Downloads (CSV, Excel, PDF, attachments) are not pages and are passed over.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Every_page_fits_a_phone(PhonePortal portal, ITestOutputHelper output) : IClassFixture<PhonePortal>
{
    private const int Width = 320;

    /// <summary>
    /// Every element that scrolls sideways (or is meant to: .app-table-scroll), with what it lacks to be a
    /// scroll region a keyboard user can reach and a screen reader user can name.
    /// </summary>
    private const string ScrollRegionProblems = """
        () => {
          const problems = [];
          let regions = 0;
          for (const el of document.querySelectorAll('body *')) {
            const overflowX = getComputedStyle(el).overflowX;
            const scrolls = (overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth;
            if (!scrolls && !el.classList.contains('app-table-scroll')) continue;
            regions++;
            const lacks = [];
            if (el.getAttribute('role') !== 'region') lacks.push('role="region"');
            if (!(el.getAttribute('aria-label') || '').trim() && !el.getAttribute('aria-labelledby')) lacks.push('a label');
            if (el.tabIndex !== 0) lacks.push('tabindex="0"');
            if (lacks.length) problems.push('<' + el.tagName.toLowerCase() + ' class="' + el.className + '"> lacks ' + lacks.join(', '));
          }
          return { regions, problems };
        }
        """;

    /// <summary>The outermost elements that reach past the right edge of the viewport (where to look first).</summary>
    private const string OutermostOverflowing = """
        () => {
          const edge = document.documentElement.clientWidth + 1;
          const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
            + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          return [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > edge && el.parentElement.getBoundingClientRect().right <= edge)
            .slice(0, 3).map(el => name(el) + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)');
        }
        """;

    /// <summary>
    /// The form a page is for, if it has one the "with errors" state can be seen through: the first POST form in
    /// the page's main content with a field someone fills in (a confirmation with only a button is passed over:
    /// submitting it would do the thing). Every text field is emptied, every select set to its first option,
    /// every radio and checkbox cleared and no file chosen, and the form is submitted with its own button (the first
    /// that is neither secondary nor named, as "Add another funder" is; only if the argument is true). Returns false if there is no such form.
    /// </summary>
    private const string SubmitTheFormEmpty = """
        submit => {
          const fields = f => [...f.querySelectorAll('input, select, textarea')]
            .filter(el => !['hidden', 'submit', 'button'].includes(el.type) && !el.disabled);
          const form = [...document.querySelectorAll('main form')]
            .find(f => (f.getAttribute('method') || 'get').toLowerCase() === 'post' && fields(f).length > 0);
          if (!form) return false;
          if (!submit) return true;
          for (const el of fields(form)) {
            if (el.type === 'radio' || el.type === 'checkbox') el.checked = false;
            else if (el.tagName === 'SELECT') el.selectedIndex = 0;
            else el.value = '';
          }
          // The form's own button, not one that only changes the form ("Add another provider": secondary, with a name).
          const buttons = [...form.querySelectorAll('button:not([type]), button[type="submit"], input[type="submit"]')];
          const button = buttons.find(b => !b.name && !b.classList.contains('govuk-button--secondary')) ?? buttons[0];
          setTimeout(() => form.requestSubmit(button), 0);
          return true;
        }
        """;

    /// <summary>
    /// A hash of the page's markup as axe-core judges it, so a page whose markup is the same as one already checked
    /// (in any persona's walk, any state) is not checked again: the same markup, with the same style sheet at the same
    /// width, gives the same result. Every element with every attribute, in order, with these left out because no
    /// WCAG A or AA rule of axe reads them: what text says (each text node counts only as there or not: an empty
    /// link, button, heading or title still differs from one with text), what a field holds (the same: there or
    /// not), the value of a hidden field (anti-forgery tokens, versions), a nonce, and where a link, form or image
    /// points (only whether it is a link to a fragment of the page). And a run of identical siblings counts once if
    /// nothing in it has an id or is a landmark (table rows, list items, summary-list rows, navigation items): axe
    /// judges each copy alike, and ids (duplicate-id) and landmarks (landmark-unique) are what it compares across
    /// copies, so those are kept however many there are.
    /// </summary>
    private const string MarkupHash = """
        () => {
          const landmark = /<(NAV|MAIN|HEADER|FOOTER|ASIDE|SECTION|FORM)[ >]| role=| id=/;
          const shape = el => {
            const attributes = [...el.attributes].map(a => {
              let value = a.value;
              if (['href', 'action', 'formaction', 'src', 'srcset'].includes(a.name)) value = value.startsWith('#') ? value : '/';
              else if (a.name === 'value') value = el.type === 'hidden' ? '' : value.trim() ? 'V' : '';
              else if (a.name === 'nonce') value = '';
              return a.name + '="' + value + '"';
            }).sort();
            let text = '<' + el.tagName + (attributes.length ? ' ' + attributes.join(' ') : '') + '>';
            let last = null;
            for (const child of el.childNodes) {
              const part = child.nodeType === Node.ELEMENT_NODE ? shape(child)
                : child.nodeType === Node.TEXT_NODE && child.nodeValue.trim() ? 'T' : null;
              if (part === null || (part === last && !landmark.test(part))) continue;
              text += part;
              last = part;
            }
            if (el.value && ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) && el.type !== 'hidden') text += 'V';
            return text + '</' + el.tagName + '>';
          };
          const markup = shape(document.documentElement);
          let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
          for (let i = 0; i < markup.length; i++) {
            const c = markup.charCodeAt(i);
            h1 = Math.imul(h1 ^ c, 2654435761);
            h2 = Math.imul(h2 ^ c, 1597334677);
          }
          h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
          h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
          return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0') + '-' + markup.length;
        }
        """;

    /// <summary>
    /// The pages whose form the "with errors" state does not submit empty, by route, and why: each is valid empty
    /// (every field is optional, or a draft is saved as typed), so an empty submission would not show errors but do
    /// the thing, on a record a later page of the walk shows. A form found to accept an empty submission that is
    /// not listed here fails the walk: add it here with its reason, or make it say what is missing.
    /// </summary>
    private static readonly Dictionary<string, string> NotSubmittedEmpty = new()
    {
        ["/admin/users/{id}/unlock"] = "the reason is optional: an empty submission unlocks the account",
        ["/contracts/{id:int}/change-providers"] = "a contract in any status may have no providers recorded (docs/security.md, decided in session 17): an empty submission removes every provider",
        ["/account/reminders"] = "a person may untick every kind: an empty submission turns off every reminder e-mail",
        ["/procurement/opportunities/{id:int}/lots"] = "a draft's reasons are optional until it is submitted: an empty submission erases them",
        ["/providers/{providerId:int}/profile"] = "the description and contacts are optional: an empty submission erases the organisation's",
        ["/monitoring/returns/{id:int}"] = "a draft return is saved as typed: an empty submission erases the provider's figures",
        ["/decommissioning/{id:int}/case-for-change"] = DraftCaseSection,
        ["/decommissioning/{id:int}/impact"] = DraftCaseSection,
        ["/decommissioning/{id:int}/stakeholders"] = DraftCaseSection,
        ["/decommissioning/{id:int}/dimensions"] = DraftCaseSection,
        ["/decommissioning/{id:int}/checklist"] = DraftCaseSection,
        ["/decommissioning/{id:int}/exit-plan"] = DraftCaseSection,
        ["/decommissioning/{id:int}/compact-notice"] = DraftCaseSection,
        ["/decommissioning/{id:int}/sign-off"] = DraftCaseSection,
    };

    private const string DraftCaseSection = "each section of a draft decommissioning case is saved as typed: an empty submission erases the case's answers";

    /// <summary>A search no record matches, for the "empty" state of every list with a search box.</summary>
    private const string NothingMatches = "zzzz-nothing-matches";

    /// <summary>
    /// The walk. WCAG 2.2 success criterion 1.4.10 (reflow): no page scrolls sideways at 320 CSS pixels. And
    /// axe-core (<see cref="Axe.Tags"/>: WCAG 2.0, 2.1 and 2.2 A and AA) finds nothing on any page for any persona
    /// in each state: "with data" (every page, with the demo data and the matrix's records); "with errors" (every
    /// page whose main content has a POST form with a field, but those in <see cref="NotSubmittedEmpty"/>: submitted
    /// with every field emptied, and the GOV.UK error summary must show); "empty" (every list with a search box,
    /// searched for something nothing matches). The states after "with data" run once every persona has walked it,
    /// so what an empty submission changes cannot hide a page from another. Every page in every state is looked
    /// at, but axe runs only on markup it has not seen yet (<see cref="MarkupHash"/>): about half the pages have
    /// the same markup as one already checked (the same page for another role, another record's page), and the same
    /// markup gives the same result. The output gives the time of each persona's walk, axe's share, and how many
    /// pages axe checked and passed over.
    /// </summary>
    [SkippableFact]
    public async Task no_page_any_role_may_open_scrolls_sideways_at_320_css_pixels_or_fails_axe_with_data_with_errors_or_empty()
    {
        var tooWide = new List<string>();
        var notShown = new List<string>();
        var badRegions = new List<string>();
        var inaccessible = new List<string>();
        var measured = new Dictionary<string, HashSet<string>>();
        var withErrors = new Dictionary<string, HashSet<string>>();
        var empty = new Dictionary<string, HashSet<string>>();
        var validWhenEmpty = new List<string>();
        var regions = 0;
        var screenshotted = new HashSet<string>();
        var walks = new List<(Persona Persona, IPage Page, List<LaterState> Pages)>();
        var axeTime = new Stopwatch();

        // The markup already checked (MarkupHash), with the page it was first checked on and whether axe found anything there.
        var checkedMarkup = new Dictionary<string, (string Page, bool Failed)>();
        var axeRuns = 0;
        var sameMarkup = 0;

        // Each violation is also written to .ci/out/axe-violations.txt as it is found, so a long walk stopped part
        // of the way (or failing on something else) still says what it has found.
        var found = Path.Combine(Path.GetDirectoryName(Screenshots.Folder)!, "axe-violations.txt");
        File.WriteAllText(found, "");
        void Inaccessible(string violations)
        {
            inaccessible.Add(violations);
            File.AppendAllText(found, violations + "\n");
        }

        // axe on the page as it stands, unless the same markup has been checked already (or on every page, with
        // LEEDS_AXE_EVERY_PAGE=true: to see what the skip saves, or to doubt it).
        var everyPage = string.Equals(Environment.GetEnvironmentVariable("LEEDS_AXE_EVERY_PAGE"), "true", StringComparison.OrdinalIgnoreCase);
        async Task CheckAsync(IPage page, string what)
        {
            axeTime.Start();
            var markup = everyPage ? Guid.NewGuid().ToString() : await page.EvaluateAsync<string>(MarkupHash);
            if (checkedMarkup.TryGetValue(markup, out var first))
            {
                sameMarkup++;
                if (first.Failed)
                {
                    Inaccessible($"'{what}' ({page.Url}) has the same markup as '{first.Page}', so the same violations.");
                }
            }
            else
            {
                axeRuns++;
                var violations = await Axe.ViolationsAsync(page, what);
                checkedMarkup[markup] = (what, violations is not null);
                if (violations is not null)
                {
                    Inaccessible(violations);
                }
            }

            axeTime.Stop();
        }

        try
        {
            foreach (var persona in Persona.All)
            {
                var clock = Stopwatch.StartNew();
                var page = await portal.NewPageAsync(Width, 800);
                var opened = new List<LaterState>();
                walks.Add((persona, page, opened));
                if (persona.Email is not null)
                {
                    await SignInAsync(page, persona.Email, portal.Server.Services);
                }

                var pages = MappedEndpoint.All(portal.Server.Services)
                    .Where(e => e.Method is "GET" or "ANY" && !e.Route.StartsWith("/health", StringComparison.Ordinal))
                    .Where(e => Every_endpoint_declares_who_may_use_it.Expected.TryGetValue(e.Key, out var who) && who.Contains(persona.Name))
                    .ToList();
                measured[persona.Name] = [];
                foreach (var endpoint in pages)
                {
                    var url = endpoint.Url(portal.RouteValues);
                    var name = $"{endpoint.Key} ({url})";
                    var head = await page.Context.APIRequest.GetAsync(url);
                    if (!(head.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var expected = Every_endpoint_declares_who_may_use_it.AnswersWithAnErrorStatus.TryGetValue(endpoint.Key, out var status)
                        ? (int)status
                        : (int)HttpStatusCode.OK;
                    var response = await page.GotoAsync(url);
                    if (response?.Status != expected)
                    {
                        notShown.Add($"{persona}: {name} answered {response?.Status}, not {expected}");
                    }

                    if (screenshotted.Add(endpoint.Route))
                    {
                        // One screenshot per page (the first persona to open it), to keep the run short.
                        await page.ScreenshotAsync(new PageScreenshotOptions
                        {
                            Path = Screenshots.PathFor(persona.Name, endpoint.Route + "-" + Width),
                            FullPage = true,
                        });
                    }

                    measured[persona.Name].Add(endpoint.Route);

                    var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                    if (width > Width)
                    {
                        var culprits = await page.EvaluateAsync<string[]>(OutermostOverflowing);
                        tooWide.Add($"{persona}: {name} is {width} px wide; sticking out: {string.Join(", ", culprits)}");
                    }

                    var scroll = await page.EvaluateAsync<RegionCheck>(ScrollRegionProblems);
                    regions += scroll.Regions;
                    badRegions.AddRange(scroll.Problems.Select(p => $"{persona}: {name}: {p}"));

                    await CheckAsync(page, $"{persona}, with data: {name}");

                    // Which later states the page has, so the later passes open only the pages that have one.
                    var hasSearch = await page.Locator("main input[type=search][name=search]").CountAsync() > 0;
                    var hasForm = !NotSubmittedEmpty.ContainsKey(endpoint.Route) && await page.EvaluateAsync<bool>(SubmitTheFormEmpty, false);
                    if (hasSearch || hasForm)
                    {
                        opened.Add(new(endpoint.Route, url, name, hasSearch, hasForm));
                    }
                }

                output.WriteLine($"{persona}: {measured[persona.Name].Count} pages with data in {clock.Elapsed.TotalSeconds:0.0} s");
            }

            output.WriteLine($"axe-core on the pages with data: {axeTime.Elapsed.TotalSeconds:0.0} s of it ({axeRuns} pages checked, {sameMarkup} with the same markup as one checked)");
            var laterStates = Stopwatch.StartNew();

            foreach (var (persona, page, opened) in walks)
            {
                var clock = Stopwatch.StartNew();
                withErrors[persona.Name] = [];
                empty[persona.Name] = [];
                foreach (var (route, url, name, hasSearch, hasForm) in opened)
                {
                    if (hasSearch)
                    {
                        await page.GotoAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search=" + NothingMatches);
                        empty[persona.Name].Add(route);
                        await CheckAsync(page, $"{persona}, empty: {name}");
                    }

                    // The page again, as it is now (an earlier empty submission may have changed what it shows).
                    if (!hasForm || (await page.GotoAsync(url))?.Status != (int)HttpStatusCode.OK
                        || !await page.EvaluateAsync<bool>(SubmitTheFormEmpty, false))
                    {
                        continue;
                    }

                    // The POST's own answer (a page with errors, or a redirect), and then the page it leads to, loaded:
                    // until that load the form's page is still the one showing.
                    IResponse? answer = null;
                    try
                    {
                        await Journey.NextPageAsync(page, async () => answer = await page.RunAndWaitForResponseAsync(
                            () => page.EvaluateAsync<bool>(SubmitTheFormEmpty, true),
                            r => r.Request.Method == "POST" && r.Request.IsNavigationRequest,
                            new() { Timeout = 30_000 }));
                    }
                    catch (Exception e) when (e is System.TimeoutException or PlaywrightException)
                    {
                        // No answer, or no page after it (the browser refused to send the form, or it answered with a download).
                        notShown.Add($"{persona}: {name} submitted empty led to no page within 30 s: {e.Message.Split('\n')[0]}");
                        continue;
                    }

                    if (answer!.Status >= 500)
                    {
                        notShown.Add($"{persona}: {name} submitted empty answered {answer.Status}");
                        continue;
                    }

                    if (await page.Locator(".govuk-error-summary").CountAsync() == 0)
                    {
                        validWhenEmpty.Add($"{persona}: {name} answered {answer.Status} -> {page.Url}");
                        continue;
                    }

                    withErrors[persona.Name].Add(route);
                    await CheckAsync(page, $"{persona}, with errors: {name}");
                }

                output.WriteLine($"{persona}: {withErrors[persona.Name].Count} pages with errors, {empty[persona.Name].Count} lists empty, in {clock.Elapsed.TotalSeconds:0.0} s");
            }

            output.WriteLine($"The states with errors and empty: {laterStates.Elapsed.TotalSeconds:0.0} s");
            output.WriteLine($"axe-core in all: {axeTime.Elapsed.TotalSeconds:0.0} s; {axeRuns} pages checked, {sameMarkup} with the same markup as one checked");
        }
        finally
        {
            foreach (var walk in walks)
            {
                await walk.Page.Context.CloseAsync();
            }
        }

        // The walk reached the pages it exists for (the lists the reflow issue measured), so it cannot pass by visiting nothing.
        Assert.Contains("/contracts", measured[Roles.CouncilCommissioner]);
        Assert.Contains("/providers", measured[Roles.CouncilCommissioner]);
        Assert.Contains("/waivers", measured[Roles.ProcurementOfficer]);
        Assert.Contains("/admin/users", measured[Roles.Administrator]);
        Assert.Contains("/your-bids", measured[Roles.ProviderUser]);
        Assert.True(regions > 0, "No page had a scroll region, so the region check checked nothing.");

        // And the other states were seen: the sign-in form's errors, a staff form's errors, an empty register.
        Assert.Contains("/account/sign-in", withErrors[Persona.Anonymous]);
        Assert.Contains("/contracts", empty[Roles.CouncilCommissioner]);
        Assert.Contains("/admin/users", empty[Roles.Administrator]);

        Assert.True(notShown.Count == 0, "These pages did not render for someone the matrix lets in:\n" + string.Join("\n", notShown));
        Assert.True(tooWide.Count == 0, $"These pages scroll sideways at {Width} CSS pixels (WCAG 1.4.10):\n" + string.Join("\n", tooWide));
        Assert.True(badRegions.Count == 0, "These scrolling regions cannot be reached by keyboard or have no name:\n" + string.Join("\n", badRegions));
        Assert.True(validWhenEmpty.Count == 0, "These forms submitted empty showed no error summary (list them in NotSubmittedEmpty with why, or make them say what is missing):\n"
            + string.Join("\n", validWhenEmpty));
        Assert.True(inaccessible.Count == 0, string.Join("\n", inaccessible));
    }

    /// <summary>
    /// On a phone the header and the phase banner are above every page's content, so they stay short: the
    /// service name on one line and the banner in at most three (it took four at 375 px and five at 320).
    /// </summary>
    [SkippableTheory]
    [InlineData(320)]
    [InlineData(375)]
    public async Task the_header_and_the_phase_banner_stay_short_on_a_phone(int width)
    {
        var page = await portal.NewPageAsync(width, 800);
        try
        {
            await page.GotoAsync("/");
            var lines = await page.EvaluateAsync<int[]>("""
                () => ['.govuk-generic-header__homepage-link', '.govuk-phase-banner__content'].map(selector => {
                  const el = document.querySelector(selector);
                  return Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
                })
                """);
            Assert.True(lines[0] == 1, $"At {width} px the service name takes {lines[0]} lines, not 1.");
            Assert.True(lines[1] <= 3, $"At {width} px the phase banner takes {lines[1]} lines, more than 3.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>How long the sign-in round trip may take, as <see cref="Journey.NavigateAsync"/> allows a navigation.</summary>
    private static readonly TimeSpan SignInTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Signs in through the form. The first sign-in of a run hashes a password and renders a cold home page on a
    /// portal that has just started (a loaded 2-core CI box once took over 15 s to fire that page's load event), so
    /// this waits for the sign-in's answer itself and then only for the next page's document, not for its every
    /// resource (each page the walk opens is loaded in full by GotoAsync). A refused sign-in fails at once, with the
    /// page's error, instead of as a timeout. An account with two-factor authentication on (the demo administrator)
    /// then enters its code, as its owner would.
    /// </summary>
    private static async Task SignInAsync(IPage page, string email, IServiceProvider services)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Journey.DemoPassword);
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            r => r.Request.Method == "POST" && new Uri(r.Url).AbsolutePath == "/account/sign-in",
            new() { Timeout = (float)SignInTimeout.TotalMilliseconds });
        if (answer.Status != (int)HttpStatusCode.Redirect)
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            var errors = await page.Locator(".govuk-error-summary").AllInnerTextsAsync();
            Assert.Fail($"Signing in as {email} answered {answer.Status}, not a redirect. {string.Join(" ", errors)}".Trim());
        }

        if (await SecondFactor.NextCodeAsync(services, email) is { } code)
        {
            await page.WaitForURLAsync(url => url.Contains("/account/sign-in/code", StringComparison.Ordinal),
                new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = (float)SignInTimeout.TotalMilliseconds });
            await page.GetByLabel("Code from your authenticator app").FillAsync(code);
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }

        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = (float)SignInTimeout.TotalMilliseconds });
    }

    /// <summary>A page the "with data" pass opened that has a later state: a list to search empty, a form to submit empty.</summary>
    private sealed record LaterState(string Route, string Url, string Name, bool HasSearch, bool HasForm);

    private sealed class RegionCheck
    {
        public int Regions { get; set; }

        public string[] Problems { get; set; } = [];
    }
}
