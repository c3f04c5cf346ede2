using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class Late_bids(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_bid_submitted_after_the_deadline_is_refused_with_a_clear_message_and_the_draft_is_frozen()
    {
        var (id, lotId, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        await Demo.SubmitBidAsync(provider, id, lotId, "Draft answer saved in good time.", command: "save");
        var url = $"/opportunities/{id}/lots/{lotId}/bid";

        // Weeks later the sign-in cookie has expired too: sign in again, one second after the deadline.
        factory.Clock.SetUtcNow(new DateTimeOffset(deadline).AddSeconds(1));
        provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var response = await provider.PostFormAsync(url, url, Demo.CompleteBid("Changed after the deadline."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Single(page.ErrorSummary());
        Assert.StartsWith("The deadline for bids was", page.ErrorSummary()[0], StringComparison.Ordinal);
        Assert.EndsWith("Bids can no longer be submitted, changed or withdrawn.", page.ErrorSummary()[0], StringComparison.Ordinal);
        var status = await factory.WithDbAsync(db => db.Set<Domain.Opportunities.Bid>().Where(b => b.OpportunityId == id && b.LotId == lotId)
            .Select(b => new { b.Status, Answer = b.Answers.OrderBy(a => a.Id).Select(a => a.Text).First() }).SingleAsync());
        Assert.Equal(Domain.Opportunities.BidStatus.Draft, status.Status);
        Assert.Equal("Draft answer saved in good time.", status.Answer);
        var frozen = await provider.GetDocumentAsync(url);
        Assert.Contains("Your bid is frozen", frozen.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(frozen.QuerySelector("button[value=submit]"));
    }
}
