using System.Net;
using System.Net.Http.Headers;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// Sending a bid (GOV.UK question pages, check answers and confirmation patterns; docs/patterns.md): every problem
/// is shown at once, "Check and send your bid" saves the draft and shows what will be sent, and only "Accept and
/// send" sends it, once, ending on a confirmation with the receipt reference and what happens next.
/// </summary>
public sealed class Sending_a_bid(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task an_empty_bid_shows_every_missing_price_answer_and_commitment_at_once_each_linked_to_its_field()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var response = await provider.PostFormAsync(url, url, new() { ["Command"] = "submit" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(
            [
                "Enter your price for year 1", "Enter your price for year 2", "Enter your price for year 3", "Enter your price for year 4", "Enter your price for year 5",
                "Answer question 1", "Answer question 2", "Answer question 3",
                "Enter a commitment for every social value criterion (0 if none)", "Enter a commitment for every social value criterion (0 if none)",
                "Enter a commitment for every social value criterion (0 if none)",
            ],
            page.ErrorSummary());
        Assert.Equal(
            ["#Prices_0_", "#Prices_1_", "#Prices_2_", "#Prices_3_", "#Prices_4_", "#Answers_0_", "#Answers_1_", "#Answers_2_", "#Commitments_0_", "#Commitments_1_", "#Commitments_2_"],
            page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal("Answer question 2", page.FieldError("Answers_1_"));
        Assert.False(await factory.WithDbAsync(db => db.EmailMessages.AnyAsync(m => m.Subject.StartsWith("Bid received: "))));
    }

    [Fact]
    public async Task a_wrongly_typed_price_and_a_missing_answer_are_shown_together_and_the_typing_stays()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var fields = Demo.CompleteBid("An answer.");
        fields["Prices[1]"] = "lots";
        fields["Answers[2]"] = "";

        var page = await PortalClient.ParseAsync(await provider.PostFormAsync(url, url, fields));

        Assert.Equal(["Price for year 2 must be an amount of money in pounds, like 1250000 or 1,250,000.50", "Answer question 3"], page.ErrorSummary());
        Assert.Equal("lots", page.Value("Prices_1_"));
        Assert.Equal("An answer.", page.GetElementById("Answers_0_")?.TextContent.Trim());
    }
}

public sealed class Checking_and_sending_a_bid(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Answer = "Weekly peer support groups in Harehills, co-run by people who use them.";

    [Fact]
    public async Task check_and_send_saves_the_draft_and_shows_every_answer_with_a_change_link_but_sends_nothing()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await BidFiles.UploadAsync(provider, id, lotId, "Method statement.pdf", BidFiles.Pdf)).StatusCode);

        var response = await provider.PostFormAsync(url, url, Demo.CompleteBid(Answer));

        Assert.Equal($"{url}/check-answers", response.Headers.Location?.OriginalString);
        Assert.Equal(BidStatus.Draft, await StatusAsync(id, lotId, "provider@example.org"));
        Assert.Empty(await ReceiptsAsync("provider@example.org"));
        var page = await provider.GetDocumentAsync($"{url}/check-answers");
        Assert.Equal("Check your bid before you send it", page.Heading());
        var rows = page.QuerySelectorAll(".govuk-summary-list__row").Select(r => (
            Key: r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim(),
            Value: r.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim(),
            Change: r.QuerySelector(".govuk-summary-list__actions a")?.GetAttribute("href"))).ToList();
        Assert.Contains(("Year 1", "£240,000", $"{url}#Prices_0_"), rows);
        Assert.Contains(("Total", "£1,200,000", (string?)null), rows);
        Assert.Contains(rows, r => r.Value == Answer && r.Change == $"{url}#Answers_0_" && r.Key.StartsWith("1. ", StringComparison.Ordinal));
        // A commitment in pounds reads as money ("£10"); any other unit follows the figure ("10 hours").
        var commitments = rows.Where(r => r.Change?.StartsWith($"{url}#Commitments_", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(3, commitments.Count(r => r.Value == "£10" || r.Value.StartsWith("10 ", StringComparison.Ordinal)));
        Assert.DoesNotContain(commitments, r => r.Value.EndsWith(" pounds", StringComparison.Ordinal));
        Assert.Contains(("Files", "Method statement.pdf", $"{url}#attachments"), rows);
        Assert.Equal("Now send your bid", page.QuerySelectorAll("h2").Last(h => h.ClassList.Contains("govuk-heading-m")).TextContent.Trim());
        Assert.Equal("Accept and send", page.QuerySelector($"form[action='{url}/check-answers'] button")?.TextContent.Trim());
        // Each Change link leads to a field that is on the bid form.
        var form = await provider.GetDocumentAsync(url);
        Assert.All(rows.Where(r => r.Change is not null), r => Assert.NotNull(form.GetElementById(r.Change![(r.Change!.IndexOf('#', StringComparison.Ordinal) + 1)..])));
    }

    [Fact]
    public async Task accept_and_send_sends_the_bid_once_and_confirms_it_with_its_reference_and_what_happens_next()
    {
        var (id, lotId, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        Assert.Equal($"{url}/check-answers", (await provider.PostFormAsync(url, url, Demo.CompleteBid(Answer))).Headers.Location?.OriginalString);
        var checkPage = await provider.GetDocumentAsync($"{url}/check-answers");
        var version = checkPage.QuerySelector($"form[action='{url}/check-answers'] input[name=Version]")!.GetAttribute("value")!;

        var sent = await Demo.AcceptAndSendAsync(provider, id, lotId);
        // The same button pressed again (the page as it was): not sent a second time.
        var again = await provider.PostFormAsync("/your-bids", $"{url}/check-answers", new() { ["Version"] = version });

        Assert.Equal($"{url}/confirmation", sent.Headers.Location?.OriginalString);
        Assert.Equal($"{url}/confirmation", again.Headers.Location?.OriginalString);
        Assert.Equal(BidStatus.Submitted, await StatusAsync(id, lotId, "small.provider@example.org"));
        var receipt = await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.OpportunityId == id && b.LotId == lotId && b.Status == BidStatus.Submitted)
            .Select(b => b.ReceiptReference).SingleAsync());
        var email = Assert.Single(await ReceiptsAsync("small.provider@example.org"));
        Assert.Contains($"Receipt reference: {receipt}", email.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Answer, email.Body, StringComparison.Ordinal);
        var page = await provider.GetDocumentAsync($"{url}/confirmation");
        Assert.Equal("Bid submitted", page.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        Assert.Equal(receipt, page.QuerySelector(".govuk-panel__body strong")?.TextContent.Trim());
        var next = page.QuerySelector("main")!.TextContent;
        Assert.Contains("What happens next", next, StringComparison.Ordinal);
        Assert.Contains($"before bids close at {Domain.Common.UkTime.DateAndTime(deadline)} (UK time)", next, StringComparison.Ordinal);
        Assert.Contains("We will tell you the outcome by e-mail", next, StringComparison.Ordinal);
        Assert.Contains("withdraw it", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task another_provider_cannot_see_or_send_this_bids_check_answers_page()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var lotId = await factory.WithDbAsync(db => db.Set<Lot>().Where(l => l.OpportunityId == id).OrderByDescending(l => l.Number).Select(l => l.Id).FirstAsync());
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var owner = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        Assert.Equal($"{url}/check-answers", (await owner.PostFormAsync(url, url, Demo.CompleteBid("Only ours: saffron-teapot"))).Headers.Location?.OriginalString);
        var other = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var seen = await other.Http.GetAsync($"{url}/check-answers");
        var sent = await other.PostFormAsync("/your-bids", $"{url}/check-answers", new() { ["Version"] = "0" });

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.DoesNotContain("saffron-teapot", await seen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
        Assert.Equal(BidStatus.Draft, await StatusAsync(id, lotId, "small.provider@example.org"));
    }

    private Task<BidStatus> StatusAsync(int id, int lotId, string email) =>
        factory.WithDbAsync(async db =>
        {
            var providerId = await db.Users.Where(u => u.Email == email).Select(u => u.ProviderId).SingleAsync();
            return await db.Set<Bid>().Where(b => b.OpportunityId == id && b.LotId == lotId && b.ProviderId == providerId).Select(b => b.Status).SingleAsync();
        });

    private Task<List<LeedsCommissioning.Infrastructure.Email.EmailMessage>> ReceiptsAsync(string email) =>
        factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.To == email && m.Subject.StartsWith("Bid received: ")).ToListAsync());
}

/// <summary>The deadline rules the check answers page too (the test moves the fake clock, so it has a class of its own).</summary>
public sealed class Sending_a_bid_after_the_deadline(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task accept_and_send_after_the_deadline_is_refused_with_a_clear_message_and_nothing_is_sent()
    {
        var (id, lotId, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        Assert.Equal($"{url}/check-answers", (await provider.PostFormAsync(url, url, Demo.CompleteBid("Checked in good time."))).Headers.Location?.OriginalString);
        var version = (await provider.GetDocumentAsync($"{url}/check-answers")).QuerySelector($"form[action='{url}/check-answers'] input[name=Version]")!.GetAttribute("value")!;

        factory.Clock.SetUtcNow(new DateTimeOffset(deadline).AddSeconds(1));
        provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var response = await provider.PostFormAsync("/your-bids", $"{url}/check-answers", new() { ["Version"] = version });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal([$"The deadline for bids was {Domain.Common.UkTime.DateAndTime(deadline)}. Bids can no longer be submitted, changed or withdrawn."], page.ErrorSummary());
        Assert.Null(page.QuerySelector($"form[action='{url}/check-answers']"));
        Assert.Equal(BidStatus.Draft, await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.OpportunityId == id && b.LotId == lotId).Select(b => b.Status).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.EmailMessages.AnyAsync(m => m.Subject.StartsWith("Bid received: "))));
    }
}

/// <summary>Uploading a file to a bid keeps what was typed since the last save: it comes with the file and is saved as the draft.</summary>
public sealed class Uploading_keeps_what_was_typed(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Typed = "Typed, never saved: a walking group in Seacroft every Tuesday.";

    [Fact]
    public async Task the_price_answers_and_commitments_typed_before_an_upload_are_there_after_it()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await Demo.SubmitBidAsync(provider, id, lotId, "The first saved answer.", command: "save")).StatusCode);
        var typed = Demo.CompleteBid(Typed, command: "save");
        typed["Prices[3]"] = "199,999.50";
        typed["Commitments[2]"] = "7";

        var response = await UploadWithTypingAsync(provider, url, typed, "Budget.pdf", BidFiles.Pdf);

        Assert.Equal($"{url}#attachments", response.Headers.Location?.OriginalString);
        var page = await provider.GetDocumentAsync(url);
        Assert.Equal("Budget.pdf has been added to your bid", page.SuccessBanner());
        Assert.Equal(Typed, page.GetElementById("Answers_0_")?.TextContent.Trim());
        Assert.Equal("199999.5", page.Value("Prices_3_"));
        Assert.Equal("7", page.Value("Commitments_2_"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent == "Budget.pdf");
    }

    [Fact]
    public async Task a_wrongly_typed_price_stops_the_upload_with_its_error_and_keeps_everything_typed()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var lotId = await factory.WithDbAsync(db => db.Set<Lot>().Where(l => l.OpportunityId == id).OrderByDescending(l => l.Number).Select(l => l.Id).FirstAsync());
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var typed = Demo.CompleteBid(Typed, command: "save");
        typed["Prices[0]"] = "about 200k";

        var response = await UploadWithTypingAsync(provider, url, typed, "Budget.pdf", BidFiles.Pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Price for year 1 must be an amount of money in pounds, like 1250000 or 1,250,000.50"], page.ErrorSummary());
        Assert.Equal("about 200k", page.Value("Prices_0_"));
        Assert.Equal(Typed, page.GetElementById("Answers_0_")?.TextContent.Trim());
        Assert.Equal(0, await BidFiles.AttachmentCountAsync(factory, id, lotId, "provider@example.org"));
    }

    /// <summary>What a browser sends for "Upload file": the bid form's fields (it belongs to that form) with the file.</summary>
    private static async Task<HttpResponseMessage> UploadWithTypingAsync(PortalClient client, string url, Dictionary<string, string> typed, string fileName, byte[] content)
    {
        var form = await client.GetDocumentAsync(url);
        var token = form.QuerySelector($"form[action='{url}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = form.QuerySelector($"form[action='{url}'] input[name=Version]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new StringContent(version), "Version" } };
        foreach (var (name, value) in typed.Where(f => f.Key != "Command"))
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        body.Add(file, "Attachment", fileName);
        return await client.Http.PostAsync($"{url}/attachments", body);
    }
}
