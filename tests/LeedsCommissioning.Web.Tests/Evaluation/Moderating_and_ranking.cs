using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Evaluation;

/// <summary>
/// Moderation, the ranking and the evaluation report on the demo opportunity in evaluation (issue 13): the steering
/// group (chaired by the procurement officer) scores question 1 and the social value, the young people's panel (chaired
/// by the council commissioner, the evaluator demo account a member) the presentation. The small organisation's bid
/// is moderated by both chairs; the lead bid waits for the evaluator's presentation score.
/// </summary>
public sealed class Moderating_and_ranking(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Lead = "Community Links (Northern) Ltd";
    private const string Small = "Chapeltown Wellbeing Collective";

    [Fact]
    public async Task only_the_chair_moderates_and_everyone_else_is_answered_404()
    {
        var (_, bids, panels) = await Evaluations.InEvaluationAsync(factory);
        var young = $"/scoring/panels/{panels["Young people's panel"]}/bids/{bids[Small]}/moderate";
        var steering = $"/scoring/panels/{panels["Steering group panel"]}/bids/{bids[Small]}/moderate";

        var evaluator = await PortalClient.SignedInAsync(factory, "evaluator@example.org");
        var ccg = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        // A member who is not the chair, a member of the other panel, and a member conflicted with the bidder: 404.
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.Http.GetAsync(young)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Http.GetAsync(young)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ccg.Http.GetAsync(steering)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.Http.GetAsync(steering)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.PostAsync(young, await TokenAsync(evaluator, new() { ["Scores[0]"] = "1", ["Rationales[0]"] = "No", ["Command"] = "save" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync(young)).StatusCode);

        // The chairs see their confirmed moderation, with the members' scores and the spread.
        var page = await commissioner.GetDocumentAsync(young);
        Assert.Contains("Moderated scores for " + Small, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Members' scores: lowest 4, highest 5, a spread of 1", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Agreed at 5 with the young people", page.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.Http.GetAsync(steering)).StatusCode);
        // The steering group's members are told the presentation is not theirs to score.
        Assert.Contains("Every quality and social value answer except question 2, which its own panel scores", (await officer.GetDocumentAsync("/scoring")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task moderation_waits_for_every_sheet_then_the_chair_agrees_scores_with_a_rationale_and_confirms_them_for_good()
    {
        var (id, bids, panels) = await Evaluations.InEvaluationAsync(factory);
        var url = $"/scoring/panels/{panels["Young people's panel"]}/bids/{bids[Lead]}/moderate";
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        // The evaluator has not submitted: the page says so, shows no form, and a post is refused with the message.
        var waiting = await commissioner.GetDocumentAsync(url);
        Assert.Contains("Still to submit: Jordan Lee", waiting.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(waiting.QuerySelector("form[action$='/moderate']"));
        var list = await commissioner.GetDocumentAsync("/scoring");
        Assert.Equal("Waiting for scores", list.GetElementById($"moderate-{panels["Young people's panel"]}-{bids[Lead]}-status")!.TextContent.Trim());
        var refused = await PortalClient.ParseAsync(await commissioner.PostAsync(url, await TokenAsync(commissioner, new() { ["Scores[0]"] = "4", ["Rationales[0]"] = "Early", ["Command"] = "save" })));
        Assert.Equal(["Moderation opens when every member free of a conflict with this bidder has submitted their scores. Still to submit: Jordan Lee"], refused.ErrorSummary());
        Assert.False(await factory.WithDbAsync(db => db.Moderations.AnyAsync(m => m.BidId == bids[Lead] && m.EvaluationPanelId == panels["Young people's panel"])));

        // The evaluator submits.
        var evaluator = await PortalClient.SignedInAsync(factory, "evaluator@example.org");
        var sheet = $"/scoring/panels/{panels["Young people's panel"]}/bids/{bids[Lead]}";
        await evaluator.PostFormAsync(sheet, sheet, new() { ["Scores[0]"] = "2", ["Comments[0]"] = "Too much about the card, not enough about rights.", ["Command"] = "submit" });
        await evaluator.PostFormAsync(sheet + "/submit", sheet + "/submit", []);

        // Now the chair sees both scores and the spread; confirming without a rationale is refused, the score kept.
        var open = await commissioner.GetDocumentAsync(url);
        Assert.Contains("Members' scores: lowest 2, highest 3, a spread of 1", open.Body!.TextContent, StringComparison.Ordinal);
        var incomplete = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, new() { ["Scores[0]"] = "3", ["Command"] = "confirm" }));
        Assert.Equal(["Enter the rationale for the agreed score"], incomplete.ErrorSummary());
        Assert.Equal("Enter the rationale for the agreed score", incomplete.FieldError("Rationales_0_"));
        Assert.NotNull(incomplete.QuerySelector("#Scores_0_-4[checked]"));

        // Complete: "Confirm the moderated scores" leads to the confirmation page, whose button confirms.
        var toConfirm = await commissioner.PostFormAsync(url, url, new() { ["Scores[0]"] = "3", ["Rationales[0]"] = "Agreed at 3: clear, but little on rights.", ["Command"] = "confirm" });
        Assert.Equal(url + "/confirm", toConfirm.Headers.Location?.OriginalString);
        Assert.Null(await factory.WithDbAsync(db => db.Moderations.Where(m => m.BidId == bids[Lead] && m.EvaluationPanelId == panels["Young people's panel"]).Select(m => m.ConfirmedAtUtc).SingleAsync()));
        var confirmed = await commissioner.PostFormAsync(url + "/confirm", url + "/confirm", []);
        Assert.Equal(url, confirmed.Headers.Location?.OriginalString);
        var moderation = await factory.WithDbAsync(db => db.Moderations.Include(m => m.Lines).SingleAsync(m => m.BidId == bids[Lead] && m.EvaluationPanelId == panels["Young people's panel"]));
        Assert.Equal((3, "Agreed at 3: clear, but little on rights.", "Priya Shah", PortalFactory.Now.UtcDateTime),
            (moderation.Lines.Single().AgreedScore!.Value, moderation.Lines.Single().Rationale, moderation.ModeratedByName, moderation.ConfirmedAtUtc!.Value));

        // Confirmed scores never change.
        var changed = await commissioner.PostAsync(url, await TokenAsync(commissioner, new() { ["Scores[0]"] = "5", ["Rationales[0]"] = "Changed", ["Command"] = "save", ["Version"] = moderation.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.Equal(url, changed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.Http.GetAsync(url + "/confirm")).StatusCode);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Moderations.Where(m => m.Id == moderation.Id).SelectMany(m => m.Lines).Select(l => l.AgreedScore).SingleAsync()));

        // The presentation now counts in the lead bid's ranking: 20 x 3 / 5 = 12.
        var ranking = await (await PortalClient.SignedInAsync(factory, "director@example.org")).GetDocumentAsync($"/procurement/opportunities/{id}/evaluation-report");
        Assert.Contains("20 x 3 / 5 = 12.00", ranking.GetElementById($"bid-{bids[Lead]}")!.NextElementSibling!.NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_ranking_shows_each_bid_best_first_with_what_is_still_to_moderate_and_the_report_the_full_working()
    {
        var (id, bids, _) = await Evaluations.InEvaluationAsync(factory);
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");

        var ranking = await director.GetDocumentAsync($"/procurement/opportunities/{id}/ranking");
        var rows = ranking.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();

        // Small: price 40 (the lowest), Q1 30 x 2 / 5 = 12, presentation 20 x 5 / 5 = 20, social value 5 x 2 / 5 twice = 4: 76.
        Assert.Equal(["1st", Small + ": the working", "£840,000", "40.00", "32.00", "4.00", "76.00"], rows[0]);
        // Lead: price 40 x 840,000 / 897,500 = 37.44 (five years of prices each); its answers are not all moderated yet.
        Assert.Equal(["2nd", Lead + ": the working", "£897,500", "37.44"], rows[1].Take(4));
        Assert.Contains("The ranking is not final", ranking.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Lead + ": Q1: How will you recruit", ranking.Body.TextContent, StringComparison.Ordinal);
        Assert.NotNull(ranking.QuerySelector($"a[href='/procurement/opportunities/{id}/evaluation-report#bid-{bids[Small]}']"));

        var report = await director.GetDocumentAsync($"/procurement/opportunities/{id}/evaluation-report");
        var text = report.Body!.TextContent;
        Assert.Contains("Weights (of 100)Price 40, quality 50, social value 10", text, StringComparison.Ordinal);
        Assert.Contains("Presentation or interview", text, StringComparison.Ordinal);
        Assert.Contains("with Helen Carter present", text, StringComparison.Ordinal);
        Assert.Contains("Conflict: " + Small + ": I am a trustee of Chapeltown Wellbeing Collective. (stood aside for this bid)", text, StringComparison.Ordinal);
        Assert.Contains("Price: 40 x £840,000 / £897,500 = 37.44", text, StringComparison.Ordinal);
        Assert.Contains("30 x 2 / 5 = 12.00", text, StringComparison.Ordinal);
        Assert.Contains("Agreed at 2: the night cover", text, StringComparison.Ordinal);
        Assert.Contains("Committed: 6,500 hours", text, StringComparison.Ordinal);
        Assert.Contains("Tom Bennett: 3 (Good)", text, StringComparison.Ordinal);
        Assert.NotNull(report.QuerySelector("[data-app-print]"));
    }

    [Fact]
    public async Task a_provider_an_evaluator_or_a_member_who_declared_a_conflict_cannot_read_the_ranking_or_the_report()
    {
        var (id, _, _) = await Evaluations.InEvaluationAsync(factory);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var evaluator = await PortalClient.SignedInAsync(factory, "evaluator@example.org");

        var ccg = await PortalClient.SignedInAsync(factory, "ccg@example.org");

        foreach (var page in new[] { "ranking", "evaluation-report" })
        {
            // The NHS commissioner declared a conflict with one bidder, so is removed from its evaluation: 404.
            Assert.Equal(HttpStatusCode.NotFound, (await ccg.Http.GetAsync($"/procurement/opportunities/{id}/{page}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync($"/procurement/opportunities/{id}/{page}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.Http.GetAsync($"/procurement/opportunities/{id}/{page}")).StatusCode);
        }
    }

    private static async Task<Dictionary<string, string>> TokenAsync(PortalClient client, Dictionary<string, string> fields)
    {
        var document = await client.GetDocumentAsync("/scoring");
        fields["__RequestVerificationToken"] = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return fields;
    }
}
