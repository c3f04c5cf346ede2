using System.Net;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// Every form on a draft opportunity carries the version it was opened at: a stale save is refused with who
/// changed it and when, keeps what the person typed, and goes through when they save again; a director cannot
/// approve a Keep it Local panel that changed after they read it.
/// </summary>
public sealed class Two_people_editing_a_draft(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string EditConflictsFormNotSaved = "Your changes have not been saved. Everything you entered is still below: check their changes, then save again to keep yours.";

    [Fact]
    public async Task a_stale_lot_form_is_refused_naming_who_changed_it_and_keeps_what_was_typed()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.DraftTitle);
        var editUrl = $"/procurement/opportunities/{id}/lots/{lotId}/edit";
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var opened = (await officer.GetDocumentAsync(editUrl)).QuerySelector($"form[action='{editUrl}'] input[name=Version]")!.GetAttribute("value")!;

        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var first = await commissioner.PostFormAsync(editUrl, editUrl, new() { ["Title"] = "Short breaks for adult carers, city-wide", ["AnnualValue"] = "380000" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var stale = await officer.PostFormAsync(editUrl, editUrl,
            new() { ["Version"] = opened, ["Title"] = "Short breaks for adult carers, north east", ["AnnualValue"] = "200000", ["Localities"] = "NorthEast" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await PortalClient.ParseAsync(stale);
        var message = Assert.Single(page.ErrorSummary());
        // The fake clock stands still, so the commissioner's earlier saves to this draft in this class (at the same
        // instant) count as the same save: the lots must be named, whatever else is.
        Assert.StartsWith("Priya Shah changed this opportunity on 26 November 2026 at 10:00am, after you opened it. What changed: ", message, StringComparison.Ordinal);
        Assert.Contains("lots", message, StringComparison.Ordinal);
        Assert.EndsWith(EditConflictsFormNotSaved, message, StringComparison.Ordinal);
        Assert.Equal("Short breaks for adult carers, north east", page.Value("Title"));
        Assert.Equal("200000", page.Value("AnnualValue"));
        Assert.Equal("Short breaks for adult carers, city-wide", await LotTitle(lotId));

        // Saving the refused form again replaces the other person's change.
        var again = await officer.PostAsync(editUrl, page.QuerySelectorAll($"form[action='{editUrl}'] input")
            .Where(i => i.GetAttribute("type") is "hidden" || i.GetAttribute("type") is "text" || (i.GetAttribute("type") is "checkbox" && i.HasAttribute("checked")))
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Short breaks for adult carers, north east", await LotTitle(lotId));
    }

    [Fact]
    public async Task a_director_cannot_approve_a_panel_that_changed_after_they_read_it()
    {
        var id = await Demo.ReadyDraftAsync(factory, "Young carers' breaks, city-wide");
        var overview = $"/procurement/opportunities/{id}";
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"{overview}/submit", $"{overview}/submit", [])).StatusCode);
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        // "Approve to publish" opens the confirmation page carrying the version the director read on the overview.
        var confirmUrl = (await director.GetDocumentAsync(overview)).QuerySelector($"a[href^='{overview}/approve']")!.GetAttribute("href")!;

        // Meanwhile the author withdraws it, makes the lot bigger and submits it again.
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(overview, $"{overview}/withdraw", [])).StatusCode);
        var lotId = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Lots).Select(l => l.Id).SingleAsync());
        var editUrl = $"{overview}/lots/{lotId}/edit";
        Assert.Equal(HttpStatusCode.Redirect,
            (await officer.PostFormAsync(editUrl, editUrl, new() { ["Title"] = "Young carers, all of Leeds", ["AnnualValue"] = "400000" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"{overview}/submit", $"{overview}/submit", [])).StatusCode);

        var approval = await director.PostFormAsync(confirmUrl, $"{overview}/approve", []);
        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);

        var error = Assert.Single((await PortalClient.ParseAsync(approval)).ErrorSummary());
        Assert.StartsWith("Grace Okafor changed this opportunity on 26 November 2026 at 10:00am, after you opened it. What changed: ", error, StringComparison.Ordinal);
        Assert.Contains("lots", error, StringComparison.Ordinal);
        Assert.EndsWith("Nothing has been changed: check their changes, then try again.", error, StringComparison.Ordinal);
        Assert.Equal(OpportunityStatus.SubmittedForApproval, await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));
    }

    [Fact]
    public async Task a_stale_evaluation_model_is_refused_and_the_weights_typed_stay()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.DraftTitle);
        var url = $"/procurement/opportunities/{id}/evaluation";
        var versionRead = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Version).SingleAsync());
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"{url}/questions/new", $"{url}/questions/new",
            new() { ["Text"] = "How will you reach carers who do not know they are carers?", ["Weight"] = "100", ["WordLimit"] = "500" })).StatusCode);

        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var stale = await officer.PostFormAsync(url, url, new()
        {
            ["Version"] = versionRead.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PriceWeight"] = "30", ["QualityWeight"] = "55", ["SocialValueWeight"] = "15",
        });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await PortalClient.ParseAsync(stale);
        Assert.Contains(page.ErrorSummary(), m => m.Contains("Priya Shah", StringComparison.Ordinal));
        Assert.Equal("30", page.Value("PriceWeight"));
        Assert.Contains("How will you reach carers", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(40, await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.PriceWeight).SingleAsync()));
    }

    private Task<string> LotTitle(int lotId) =>
        factory.WithDbAsync(db => db.Opportunities.SelectMany(o => o.Lots).Where(l => l.Id == lotId).Select(l => l.Title).SingleAsync());
}
