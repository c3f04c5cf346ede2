using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class Provider_isolation(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task one_provider_never_sees_another_providers_bid_on_the_same_lot()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var small = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var submitted = await Demo.SubmitBidAsync(small, id, lotId, "Chapeltown answer only we should see kiwi-lantern");
        Assert.Equal($"/opportunities/{id}/lots/{lotId}/bid/confirmation", submitted.Headers.Location?.OriginalString);
        Assert.Contains("kiwi-lantern", await small.Http.GetStringAsync($"/opportunities/{id}/lots/{lotId}/bid"), StringComparison.Ordinal);
        Assert.Contains(Demo.OpenTitle, (await small.GetDocumentAsync("/your-bids")).Body!.TextContent, StringComparison.Ordinal);
        var lead = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var form = await lead.Http.GetAsync($"/opportunities/{id}/lots/{lotId}/bid");
        var receipt = await lead.Http.GetAsync($"/opportunities/{id}/lots/{lotId}/bid/receipt");
        var yours = await lead.Http.GetAsync("/your-bids");

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.DoesNotContain("kiwi-lantern", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, receipt.StatusCode);
        Assert.DoesNotContain(Demo.OpenTitle, await yours.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task published_answers_never_name_who_asked()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var lead = await PortalClient.SignedInAsync(factory, "provider@example.org");

        var page = await lead.GetDocumentAsync($"/opportunities/{id}");
        var text = page.Body!.TextContent;

        Assert.Contains("Can a small organisation bid for one lot only", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chapeltown Wellbeing Collective", text, StringComparison.Ordinal);
        // The small provider's unanswered question is not shown to another provider either.
        Assert.DoesNotContain("Will premises be provided in Chapeltown?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_provider_sees_its_own_waiting_question_and_interest_but_not_others()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var small = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var text = (await small.GetDocumentAsync($"/opportunities/{id}")).Body!.TextContent;

        Assert.Contains("Will premises be provided in Chapeltown?", text, StringComparison.Ordinal);
        Assert.Contains("You have registered interest", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Community Links", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_provider_cannot_reach_the_procurement_pages()
    {
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var response = await provider.Http.GetAsync("/procurement");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task anyone_can_read_an_open_opportunity_but_not_a_draft()
    {
        var (openId, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var (draftId, _, _) = await Demo.FindAsync(factory, Demo.DraftTitle);
        var anonymous = PortalClient.For(factory);

        var list = await anonymous.GetDocumentAsync("/opportunities");
        var draft = await anonymous.Http.GetAsync($"/opportunities/{draftId}");

        Assert.Contains(Demo.OpenTitle, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.DraftTitle, list.Body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.ClosedTitle, list.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        var page = await anonymous.GetDocumentAsync($"/opportunities/{openId}");
        Assert.Contains("Deadline for bids", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector("a[href='/opportunities']"));
    }
}
