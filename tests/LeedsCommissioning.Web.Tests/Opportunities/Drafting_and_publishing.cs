using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class Drafting_and_publishing(PortalFactory factory) : IClassFixture<PortalFactory>
{
    internal static Dictionary<string, string> Draft(string title) => new()
    {
        ["Title"] = title,
        ["Description"] = "Peer support for carers in Leeds.",
        ["ServiceArea"] = "SupportToLiveIndependently",
        ["CommissioningOrganisationId"] = "1",
        ["EstimatedValue"] = "£1,200,000",
        ["InitialTermMonths"] = "36",
        ["ExtensionMonths"] = "12",
        ["Route"] = "LightTouch",
        ["PaymentByResults"] = "false",
        ["ConsortiaAllowed"] = "true",
        ["PublishOn.Day"] = "30", ["PublishOn.Month"] = "11", ["PublishOn.Year"] = "2026",
        ["ClarificationDeadline.Day"] = "14", ["ClarificationDeadline.Month"] = "12", ["ClarificationDeadline.Year"] = "2026",
        ["ClarificationDeadlineTime"] = "12:00",
        ["BidDeadline.Day"] = "8", ["BidDeadline.Month"] = "1", ["BidDeadline.Year"] = "2027",
        ["BidDeadlineTime"] = "2pm",
        ["EvaluationBy.Day"] = "5", ["EvaluationBy.Month"] = "2", ["EvaluationBy.Year"] = "2027",
        ["AwardBy.Day"] = "1", ["AwardBy.Month"] = "3", ["AwardBy.Year"] = "2027",
        ["ContractStart.Day"] = "1", ["ContractStart.Month"] = "4", ["ContractStart.Year"] = "2027",
    };

    [Fact]
    public async Task an_officer_drafts_two_lots_is_warned_about_a_big_lot_splits_it_and_another_person_approves_and_it_is_published()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var created = await officer.PostFormAsync("/procurement/opportunities/new", "/procurement/opportunities/new", Draft("Carers' peer support"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var overviewUrl = created.Headers.Location!.OriginalString;
        var id = int.Parse(overviewUrl.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

        await officer.PostFormAsync($"/procurement/opportunities/{id}/lots/new", $"/procurement/opportunities/{id}/lots/new",
            new() { ["Title"] = "City-wide", ["AnnualValue"] = "750000" });
        await officer.PostFormAsync($"/procurement/opportunities/{id}/lots/new", $"/procurement/opportunities/{id}/lots/new",
            new() { ["Title"] = "Young carers", ["AnnualValue"] = "90000", ["Localities"] = "NorthEast" });
        var panel = (await officer.GetDocumentAsync(overviewUrl)).Body!.TextContent;
        Assert.Contains("over the Keep it Local maximum of £500,000 a year", panel, StringComparison.Ordinal);

        var bigLot = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Lots).Where(l => l.Title == "City-wide").Select(l => l.Id).SingleAsync());
        await officer.PostFormAsync($"/procurement/opportunities/{id}/lots/{bigLot}/edit", $"/procurement/opportunities/{id}/lots/{bigLot}/edit",
            new() { ["Title"] = "Adult carers, north and east", ["AnnualValue"] = "375000", ["Localities"] = "NorthEast" });
        await officer.PostFormAsync($"/procurement/opportunities/{id}/lots/new", $"/procurement/opportunities/{id}/lots/new",
            new() { ["Title"] = "Adult carers, south and west", ["AnnualValue"] = "375000", ["Localities"] = "SouthEast" });
        var after = (await officer.GetDocumentAsync(overviewUrl)).Body!.TextContent;
        Assert.DoesNotContain("over the Keep it Local maximum", after, StringComparison.Ordinal);

        var criteria = await factory.WithDbAsync(db => db.SocialValueCriteria.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync());
        var evaluation = await officer.PostAsync($"/procurement/opportunities/{id}/evaluation", await WithToken(officer, $"/procurement/opportunities/{id}/evaluation", new()
        {
            new("PriceWeight", "40"), new("QualityWeight", "50"), new("SocialValueWeight", "10"),
            new("CriterionIds", criteria[0].ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("CriterionIds", criteria[1].ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }));
        Assert.Equal(HttpStatusCode.Redirect, evaluation.StatusCode);
        await officer.PostFormAsync($"/procurement/opportunities/{id}/evaluation/questions/new", $"/procurement/opportunities/{id}/evaluation/questions/new",
            new() { ["Text"] = "How will carers shape the service?", ["Weight"] = "50", ["WordLimit"] = "500", ["Scorers"] = "Carers' panel" });

        // Reasons recorded for every lot (required only where no local provider could bid; kept for the others).
        var lotIds = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Lots).OrderBy(l => l.Number).Select(l => l.Id).ToListAsync());
        var reasons = new Dictionary<string, string>();
        for (var i = 0; i < lotIds.Count; i++)
        {
            reasons[$"LotIds[{i}]"] = lotIds[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            reasons[$"NoLocalBidderReasons[{i}]"] = "Market engagement found three local carers' groups ready to bid in consortium.";
        }

        await officer.PostFormAsync($"/procurement/opportunities/{id}/lots", $"/procurement/opportunities/{id}/lots/reasons", reasons);

        // The author submits it for approval, and cannot approve it themselves.
        // (The page offers the author no approve button; the request is made as if it did.)
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"{overviewUrl}/submit", $"{overviewUrl}/submit", [])).StatusCode);
        var own = await officer.PostFormAsync($"{overviewUrl}/approve", $"{overviewUrl}/approve", new() { ["Reason"] = "Checked." });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(["You drafted this opportunity, so someone else must approve it"], (await PortalClient.ParseAsync(own)).ErrorSummary());

        // The lots (£840,000 a year for 48 months) come to more than the £1.2 million estimate: approving asks why.
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync($"{overviewUrl}/approve", $"{overviewUrl}/approve",
            new() { ["Reason"] = "The estimate covers the first three years; the board approved the extensions separately." })).StatusCode);
        await officer.PostFormAsync($"{overviewUrl}/publish", $"{overviewUrl}/publish",
            new() { ["Reason"] = "The carers' forum meets on 27 November and wants to share it there." });

        var status = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());
        Assert.Equal(Domain.Opportunities.OpportunityStatus.Published, status);
        var list = await PortalClient.For(factory).GetDocumentAsync("/opportunities?small=true");
        Assert.Contains("Carers' peer support", list.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_empty_draft_form_shows_each_problem_in_govuk_words()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        var response = await officer.PostFormAsync("/procurement/opportunities/new", "/procurement/opportunities/new", new() { ["Route"] = "" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Enter the opportunity's title", page.ErrorSummary());
        Assert.Contains("Enter the estimated whole-life value", page.ErrorSummary());
        Assert.Contains("Enter the deadline for bids", page.ErrorSummary());
        Assert.Contains("Select the procurement route", page.ErrorSummary());
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_timetable_out_of_order_is_refused_against_its_field()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var fields = Draft("Out of order");
        fields["BidDeadline.Day"] = "13";
        fields["BidDeadline.Month"] = "12";
        fields["BidDeadline.Year"] = "2026";

        var page = await PortalClient.ParseAsync(await officer.PostFormAsync("/procurement/opportunities/new", "/procurement/opportunities/new", fields));

        Assert.Equal(["The bid deadline must be after the clarification deadline"], page.ErrorSummary());
    }

    [Fact]
    public async Task an_answer_over_its_word_limit_is_refused_with_the_count()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var response = await Demo.SubmitBidAsync(provider, id, lotId, string.Join(' ', Enumerable.Repeat("word", 751)));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Your answer to question 1 must be 750 words or fewer. It has 751 words"], page.ErrorSummary());
    }

    [Fact]
    public async Task a_provider_asks_a_question_staff_answer_it_and_everyone_reads_the_answer()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        await provider.PostFormAsync($"/opportunities/{id}/ask", $"/opportunities/{id}/ask", new() { ["Text"] = "Can volunteers' time count as social value?" });
        var questionId = await factory.WithDbAsync(db => db.ClarificationQuestions.Where(q => q.Text.StartsWith("Can volunteers")).Select(q => q.Id).SingleAsync());

        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var answerUrl = $"/procurement/opportunities/{id}/questions/{questionId}/answer";
        var answered = await officer.PostFormAsync(answerUrl, answerUrl, new() { ["Question"] = "Can volunteers' time count as social value?", ["Answer"] = "Yes: commit to volunteer hours." });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var page = await PortalClient.For(factory).GetDocumentAsync($"/opportunities/{id}");
        Assert.Contains("Yes: commit to volunteer hours.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_provider_submits_gets_a_receipt_and_can_withdraw_before_the_deadline()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var lot2 = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).SelectMany(o => o.Lots).Where(l => l.Number == 2).Select(l => l.Id).SingleAsync());

        var submitted = await Demo.SubmitBidAsync(provider, id, lot2, "We already run drop-ins in Beeston.");

        Assert.Equal($"/opportunities/{id}/lots/{lot2}/bid/confirmation", submitted.Headers.Location!.OriginalString);
        var receipt = await provider.GetDocumentAsync(submitted.Headers.Location.OriginalString);
        Assert.Contains("26 November 2026 at 10:00am", receipt.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("£1,200,000", receipt.Body.TextContent, StringComparison.Ordinal);
        await provider.PostFormAsync($"/opportunities/{id}/lots/{lot2}/bid", $"/opportunities/{id}/lots/{lot2}/bid/withdraw", []);
        var status = await factory.WithDbAsync(db => db.Set<Domain.Opportunities.Bid>().Where(b => b.LotId == lot2).Select(b => b.Status).SingleAsync());
        Assert.Equal(Domain.Opportunities.BidStatus.Withdrawn, status);
        _ = lotId;
    }

    private static async Task<List<KeyValuePair<string, string>>> WithToken(PortalClient client, string page, List<KeyValuePair<string, string>> fields)
    {
        var doc = await client.GetDocumentAsync(page);
        fields.Add(new("__RequestVerificationToken", doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        if (doc.QuerySelector("input[name=Version]") is { } version)
        {
            fields.Add(new("Version", version.GetAttribute("value")!));
        }

        return fields;
    }
}
