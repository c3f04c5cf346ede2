using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class Sealed_bids(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string SecretAnswer = "Our sealed answer about Harehills drop-ins zebra-quartz";

    [Fact]
    public async Task staff_requests_for_bids_before_the_deadline_get_nothing()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await Demo.SubmitBidAsync(provider, id, lotId, SecretAnswer)).StatusCode);
        var bidId = await factory.WithDbAsync(db => db.Set<Domain.Opportunities.Bid>().Where(b => b.OpportunityId == id).Select(b => b.Id).FirstAsync());

        foreach (var email in new[] { "procurement@example.org", "director@example.org", "commissioner@example.org", "admin@example.org" })
        {
            var staff = await PortalClient.SignedInAsync(factory, email);
            var list = await staff.Http.GetAsync($"/procurement/opportunities/{id}/bids");
            var bid = await staff.Http.GetAsync($"/procurement/opportunities/{id}/bids/{bidId}");

            Assert.Contains(list.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
            Assert.Contains(bid.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
            Assert.DoesNotContain(SecretAnswer, await bid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task bid_content_never_appears_in_a_staff_page_or_the_audit_trail_before_the_deadline()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        await Demo.SubmitBidAsync(provider, id, lotId, SecretAnswer + " two");

        var staff = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        foreach (var url in new[] { "/procurement", $"/procurement/opportunities/{id}", $"/procurement/opportunities/{id}/clarifications", $"/opportunities/{id}" })
        {
            var html = await (await staff.Http.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain(SecretAnswer, html, StringComparison.Ordinal);
            Assert.DoesNotContain("240,000", html, StringComparison.Ordinal);
        }

        var overview = await staff.GetDocumentAsync($"/procurement/opportunities/{id}");
        Assert.Contains("Bids are sealed until", overview.Body!.TextContent, StringComparison.Ordinal);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.Select(a => new { a.EntityType, a.Changes }).ToListAsync());
        Assert.DoesNotContain(audited, a => a.Changes.Contains("zebra-quartz", StringComparison.Ordinal));
        Assert.Contains(audited, a => a.EntityType == "Bid");
        Assert.DoesNotContain(audited, a => a.EntityType == "Bid" && a.Changes.Contains("240000", StringComparison.Ordinal));
        Assert.DoesNotContain(audited, a => a.EntityType is "BidPrice" or "BidAnswer" or "BidCommitment");
    }

    [Fact]
    public async Task after_the_deadline_staff_can_open_the_submitted_bids()
    {
        var (id, _, deadline) = await Demo.FindAsync(factory, Demo.ClosedTitle);
        var staff = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        var page = await staff.GetDocumentAsync($"/procurement/opportunities/{id}/bids");

        Assert.True(deadline < PortalFactory.Now.UtcDateTime);
        Assert.Contains("Community Links (Northern) Ltd", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Chapeltown Wellbeing Collective", page.Body.TextContent, StringComparison.Ordinal);
        var first = page.QuerySelector("a[href*='/bids/']")!.GetAttribute("href")!;
        var bid = await staff.GetDocumentAsync(first);
        Assert.Contains("Social value commitments", bid.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_provider_user_cannot_use_the_staff_bid_pages_at_all()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.ClosedTitle);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var response = await provider.Http.GetAsync($"/procurement/opportunities/{id}/bids");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
