using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Evaluation;

/// <summary>
/// Individual scoring on the demo opportunity in evaluation (issue 13): its steering group panel scores every answer,
/// its young people's panel (the commissioner chairing, the evaluator demo account a member) question 2 only; the NHS
/// commissioner declared a conflict with Chapeltown Wellbeing Collective.
/// </summary>
public sealed class Scoring_only_what_you_are_asked_to(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Lead = "Community Links (Northern) Ltd";
    private const string Small = "Chapeltown Wellbeing Collective";

    [Fact]
    public async Task an_evaluator_sees_only_the_answers_of_the_bids_on_their_panel()
    {
        var (id, bids, panels) = await Evaluations.InEvaluationAsync(factory);
        var evaluator = await PortalClient.SignedInAsync(factory, "evaluator@example.org");

        var list = await evaluator.GetDocumentAsync("/scoring");
        var sheet = await evaluator.GetDocumentAsync($"/scoring/panels/{panels["Young people's panel"]}/bids/{bids[Lead]}");

        Assert.Contains("Young people's panel", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Steering group panel", list.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, list.QuerySelectorAll("a[href^='/scoring/panels/']").Length);
        // Question 2 of the lead bid only, a presentation with no written answer: not question 1, not the social value, not the price.
        Assert.Contains("Question 2 (presentation)", sheet.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("score what the bidder presented to the panel", sheet.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("We will recruit 60 volunteers", sheet.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Volunteering hours", sheet.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("179,500", sheet.Body.TextContent, StringComparison.Ordinal);
        // Not on the steering group: its sheets are not found; the staff bid pages are closed to evaluators.
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.Http.GetAsync($"/scoring/panels/{panels["Steering group panel"]}/bids/{bids[Lead]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.Http.GetAsync($"/scoring/panels/{panels["Steering group panel"]}/declare")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.Http.GetAsync($"/procurement/opportunities/{id}/bids/{bids[Lead]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.Http.GetAsync($"/procurement/opportunities/{id}/bids")).StatusCode);
        // A provider never sees any of it.
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync("/scoring")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync($"/scoring/panels/{panels["Young people's panel"]}/bids/{bids[Lead]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync($"/procurement/opportunities/{id}/panels")).StatusCode);
    }

    [Fact]
    public async Task a_conflicted_member_can_neither_see_nor_score_that_bid()
    {
        var (id, bids, panels) = await Evaluations.InEvaluationAsync(factory);
        var ccg = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var steering = panels["Steering group panel"];

        var sheet = await ccg.Http.GetAsync($"/scoring/panels/{steering}/bids/{bids[Small]}");
        var posted = await ccg.PostAsync($"/scoring/panels/{steering}/bids/{bids[Small]}", await WithTokenAsync(ccg, new() { ["Scores[0]"] = "5", ["Command"] = "save" }));
        var staffPage = await ccg.Http.GetAsync($"/procurement/opportunities/{id}/bids/{bids[Small]}");
        var staffList = await ccg.GetDocumentAsync($"/procurement/opportunities/{id}/bids");
        var list = await ccg.GetDocumentAsync("/scoring");

        Assert.Equal(HttpStatusCode.NotFound, sheet.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, staffPage.StatusCode);
        Assert.DoesNotContain(Small, staffList.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Lead, staffList.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("You declared a conflict of interest, so you do not see or score this bid.", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.ScoreSheets.AnyAsync(s => s.BidId == bids[Small] && s.EvaluationPanelId == steering && s.MemberName == "Tom Bennett")));
        // A member without that conflict reads it.
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.Equal(HttpStatusCode.OK, (await commissioner.Http.GetAsync($"/procurement/opportunities/{id}/bids/{bids[Small]}")).StatusCode);
    }

    [Fact]
    public async Task nobody_scores_without_declaring_their_interests_first()
    {
        var (id, bids, _) = await Evaluations.InEvaluationAsync(factory);
        var lot = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Lots).Select(l => l.Id).SingleAsync());
        var evaluatorId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "evaluator@example.org").Select(u => u.Id).SingleAsync());
        var ccgId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "ccg@example.org").Select(u => u.Id).SingleAsync());
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        // The officer forms a panel (first with nothing chosen: every problem at once).
        var form = $"/procurement/opportunities/{id}/panels/new";
        var empty = await PortalClient.ParseAsync(await officer.PostFormAsync(form, form, []));
        Assert.Equal(["Enter the panel's name", "Select the lot the panel scores", "Select what the panel scores", "Select at least 2 panel members", "Select who chairs the panel"], empty.ErrorSummary());
        var formed = await officer.PostAsync(form, await WithTokenAsync(officer, form, new()
        {
            ["Name"] = "Second opinion panel", ["LotId"] = lot.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Scope"] = "all",
            ["MemberUserIds"] = evaluatorId, ["ChairUserId"] = ccgId,
        }, ("MemberUserIds", ccgId)));
        Assert.Equal($"/procurement/opportunities/{id}/panels", formed.Headers.Location?.OriginalString);
        var panel = await factory.WithDbAsync(db => db.EvaluationPanels.Include(p => p.Members).SingleAsync(p => p.Name == "Second opinion panel"));
        Assert.Equal(("Tom Bennett", true), (panel.Chair!.Name, panel.Members.Single(m => m.UserId == evaluatorId).IsExternal));

        // The evaluator has not declared: the sheet sends them to the declaration, and a posted score is not kept.
        var evaluator = await PortalClient.SignedInAsync(factory, "evaluator@example.org");
        var sheetUrl = $"/scoring/panels/{panel.Id}/bids/{bids[Lead]}";
        var get = await evaluator.Http.GetAsync(sheetUrl);
        var post = await evaluator.PostAsync(sheetUrl, await WithTokenAsync(evaluator, "/scoring", new() { ["Scores[0]"] = "4", ["Command"] = "save" }));
        Assert.Equal($"/scoring/panels/{panel.Id}/declare", get.Headers.Location?.OriginalString);
        Assert.Equal($"/scoring/panels/{panel.Id}/declare", post.Headers.Location?.OriginalString);
        Assert.False(await factory.WithDbAsync(db => db.ScoreSheets.AnyAsync(s => s.EvaluationPanelId == panel.Id)));

        // Declaring: every bidder answered, a conflict described.
        var declare = $"/scoring/panels/{panel.Id}/declare";
        var page = await evaluator.GetDocumentAsync(declare);
        Assert.Equal([Small, Lead], page.QuerySelectorAll("legend").Select(l => l.TextContent.Trim()));
        var missing = await PortalClient.ParseAsync(await evaluator.PostFormAsync(declare, declare, new() { ["Conflicts[0]"] = "true" }));
        // The summary lists the model's fields in declaration order (Conflicts before Details), each linked to its box.
        Assert.Equal(["Select whether you have a conflict of interest with this bidder", "Describe the conflict of interest"], missing.ErrorSummary());
        Assert.Equal("Describe the conflict of interest", missing.FieldError("Details_0_"));
        Assert.Equal("Select whether you have a conflict of interest with this bidder", missing.FieldError("Conflicts_1_"));
        Assert.NotNull(missing.QuerySelector("#Conflicts_0_-2[checked]"));
        var declared = await evaluator.PostFormAsync(declare, declare, new() { ["Conflicts[0]"] = "false", ["Conflicts[1]"] = "false" });
        Assert.Equal("/scoring", declared.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await evaluator.Http.GetAsync(sheetUrl)).StatusCode);
    }

    [Fact]
    public async Task others_scores_are_hidden_until_you_submit_your_own_then_shown_with_the_spread()
    {
        var (_, bids, panels) = await Evaluations.InEvaluationAsync(factory);
        var evaluator = await PortalClient.SignedInAsync(factory, "evaluator@example.org");
        var url = $"/scoring/panels/{panels["Young people's panel"]}/bids/{bids[Lead]}";
        const string Chairs = "Acted out well; the young people asked about children who do not speak English.";

        Assert.DoesNotContain(Chairs, (await evaluator.GetDocumentAsync(url)).Body!.TextContent, StringComparison.Ordinal);

        // A draft is kept and still shows nothing of the others'; submitting without a comment is refused, the score kept.
        var draft = await evaluator.PostFormAsync(url, url, new() { ["Scores[0]"] = "4", ["Command"] = "save" });
        Assert.Equal(url, draft.Headers.Location?.OriginalString);
        var afterDraft = await evaluator.GetDocumentAsync(url);
        Assert.DoesNotContain(Chairs, afterDraft.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(afterDraft.QuerySelector("#Scores_0_-5[checked]"));
        var incomplete = await PortalClient.ParseAsync(await evaluator.PostFormAsync(url, url, new() { ["Scores[0]"] = "4", ["Command"] = "submit" }));
        Assert.Equal(["Enter a comment explaining the score"], incomplete.ErrorSummary());
        Assert.Equal("Enter a comment explaining the score", incomplete.FieldError("Comments_0_"));
        Assert.NotNull(incomplete.QuerySelector("#Scores_0_-5[checked]"));
        Assert.StartsWith("Error:", incomplete.Title, StringComparison.Ordinal);

        // Complete: "Submit your scores" leads to the confirmation page, whose button submits.
        var toConfirm = await evaluator.PostFormAsync(url, url, new() { ["Scores[0]"] = "4", ["Comments[0]"] = "The picture card and the acted-out meeting were clear.", ["Command"] = "submit" });
        Assert.Equal(url + "/submit", toConfirm.Headers.Location?.OriginalString);
        Assert.DoesNotContain(Chairs, (await evaluator.GetDocumentAsync(url)).Body!.TextContent, StringComparison.Ordinal);
        var submitted = await evaluator.PostFormAsync(url + "/submit", url + "/submit", []);
        Assert.Equal(url, submitted.Headers.Location?.OriginalString);

        var after = await evaluator.GetDocumentAsync(url);
        Assert.Contains(Chairs, after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Scores: lowest 3, highest 4, a spread of 1", after.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 (Good)", after.Body.TextContent, StringComparison.Ordinal);
        var sheet = await factory.WithDbAsync(db => db.ScoreSheets.Include(s => s.Lines).SingleAsync(s => s.BidId == bids[Lead] && s.EvaluationPanelId == panels["Young people's panel"] && s.MemberName == "Jordan Lee"));
        Assert.Equal((4, PortalFactory.Now.UtcDateTime), (sheet.Lines.Single().Score!.Value, sheet.SubmittedAtUtc!.Value));
        // Submitted scores cannot change.
        var changed = await PortalClient.ParseAsync(await evaluator.PostAsync(url, await WithTokenAsync(evaluator, url, new() { ["Scores[0]"] = "1", ["Comments[0]"] = "Changed", ["Command"] = "save", ["Version"] = sheet.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        Assert.Equal(["These scores have been submitted and cannot be changed"], changed.ErrorSummary());
        Assert.Equal(4, await factory.WithDbAsync(db => db.ScoreSheets.Where(s => s.Id == sheet.Id).SelectMany(s => s.Lines).Select(l => l.Score).SingleAsync()));
    }

    [Fact]
    public async Task the_chair_of_the_steering_group_has_not_submitted_so_sees_no_other_scores()
    {
        var (_, bids, panels) = await Evaluations.InEvaluationAsync(factory);
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        var page = await officer.GetDocumentAsync($"/scoring/panels/{panels["Steering group panel"]}/bids/{bids[Lead]}");

        Assert.DoesNotContain("A clear recruitment plan in every district", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Covers all five districts day and night.", page.GetElementById("Comments_0_")!.TextContent);
    }

    private static Task<Dictionary<string, string>> WithTokenAsync(PortalClient client, Dictionary<string, string> fields) => WithTokenAsync(client, "/scoring", fields);

    private static async Task<Dictionary<string, string>> WithTokenAsync(PortalClient client, string page, Dictionary<string, string> fields)
    {
        var document = await client.GetDocumentAsync(page);
        fields["__RequestVerificationToken"] = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return fields;
    }

    /// <summary>The fields, a token, and a second value for a field that repeats (checkboxes).</summary>
    private static async Task<IEnumerable<KeyValuePair<string, string>>> WithTokenAsync(PortalClient client, string page, Dictionary<string, string> fields, (string Name, string Value) also) =>
        (await WithTokenAsync(client, page, fields)).Append(new KeyValuePair<string, string>(also.Name, also.Value));
}
