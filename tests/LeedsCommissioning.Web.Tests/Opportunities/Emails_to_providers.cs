using System.Net;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// What a provider is told by e-mail (queued in the outbox with the change): a receipt for a submitted bid and
/// a note when it is withdrawn, neither carrying its prices; and, for every organisation following an
/// opportunity, a note when an answer is published, never naming who asked.
/// </summary>
public sealed class Emails_to_providers(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_submitted_bid_gets_an_emailed_receipt_without_its_prices_and_a_withdrawal_is_confirmed()
    {
        var (id, lotId, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var submitted = await Demo.SubmitBidAsync(provider, id, lotId, "Drop-in wellbeing cafés in every Leeds locality, run with local groups.");
        Assert.Equal($"{url}/confirmation", submitted.Headers.Location?.OriginalString);

        var receipt = Assert.Single(await EmailsTo("provider@example.org"), m => m.Subject.StartsWith("Bid received: ", StringComparison.Ordinal));
        Assert.Equal($"Bid received: {Demo.OpenTitle}, lot 1", receipt.Subject);
        Assert.Contains($"Receipt reference: LC-{id}-{lotId}-", receipt.Body, StringComparison.Ordinal);
        Assert.Contains("on 26 November 2026 at 10:00am (UK time)", receipt.Body, StringComparison.Ordinal);
        Assert.Contains($"{url}/receipt", receipt.Body, StringComparison.Ordinal);
        // What happens next, as on the confirmation page: when bids are opened, evaluation, how they are told, how to withdraw.
        Assert.Contains("What happens next", receipt.Body, StringComparison.Ordinal);
        Assert.Contains($"before bids close at {Domain.Common.UkTime.DateAndTime(deadline)} (UK time)", receipt.Body, StringComparison.Ordinal);
        Assert.Contains("The evaluation panel then scores each bid", receipt.Body, StringComparison.Ordinal);
        Assert.Contains("We will tell you the outcome by e-mail", receipt.Body, StringComparison.Ordinal);
        Assert.Contains("withdraw it", receipt.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("240,000", receipt.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("240000", receipt.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("wellbeing cafés", receipt.Body, StringComparison.Ordinal);

        await provider.PostFormAsync(url, $"{url}/withdraw", []);
        var withdrawn = Assert.Single(await EmailsTo("provider@example.org"), m => m.Subject.StartsWith("Bid withdrawn: ", StringComparison.Ordinal));
        Assert.Contains("It will not be evaluated", withdrawn.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_answer_is_emailed_to_every_organisation_following_the_opportunity_without_naming_who_asked()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var questionId = await factory.WithDbAsync(db => db.ClarificationQuestions.Where(q => q.OpportunityId == id && q.Answer == null).Select(q => q.Id).SingleAsync());
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var answerUrl = $"/procurement/opportunities/{id}/questions/{questionId}/answer";

        var answered = await officer.PostFormAsync(answerUrl, answerUrl, new()
        {
            ["Question"] = "Will premises be provided?",
            ["Answer"] = "No. Providers use their own premises or community venues; the council can help find one.",
        });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var updates = await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.Subject == $"Update on {Demo.OpenTitle}").ToListAsync());
        Assert.Equal(["provider@example.org", "small.provider@example.org"], updates.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(updates, m =>
        {
            Assert.Contains("A question has been answered", m.Body, StringComparison.Ordinal);
            Assert.Contains($"/opportunities/{id}#clarifications", m.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Chapeltown Wellbeing Collective", m.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Aisha Begum", m.Body.Replace("Dear Aisha Begum", "", StringComparison.Ordinal), StringComparison.Ordinal);
        });
    }

    private Task<List<EmailMessage>> EmailsTo(string email) =>
        factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.To == email).ToListAsync());
}
