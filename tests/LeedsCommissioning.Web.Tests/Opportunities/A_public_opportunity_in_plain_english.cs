using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class A_public_opportunity_in_plain_english(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task says_who_can_bid_with_each_lots_keep_it_local_conditions()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);

        var page = await PortalClient.For(factory).GetDocumentAsync($"/opportunities/{id}");

        Assert.Equal("Who can bid", page.GetElementById("who-can-bid")?.TextContent.Trim());
        var who = page.QuerySelector(".app-who-can-bid")!.TextContent;
        Assert.Contains("registered charities, community interest companies, companies and consortia", who, StringComparison.Ordinal);
        Assert.Contains("Size:", who, StringComparison.Ordinal);
        Assert.Contains("Area:", who, StringComparison.Ordinal);
        Assert.Contains("consortium bids are welcome", who, StringComparison.Ordinal);
        var lots = page.QuerySelectorAll(".app-lot-conditions .govuk-summary-list__row").ToList();
        Assert.Equal(3, lots.Count);
        Assert.All(lots, lot => Assert.Contains("the Keep it Local maximum of £500,000 a year", lot.TextContent, StringComparison.Ordinal));
        Assert.All(lots, lot => Assert.Contains("Area:", lot.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task lists_its_documents_and_what_a_bid_is_made_of()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);

        var page = await PortalClient.For(factory).GetDocumentAsync($"/opportunities/{id}");

        Assert.Equal("Documents", page.GetElementById("documents")?.TextContent.Trim());
        var parts = page.QuerySelectorAll(".app-bid-parts li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("your price for each year of the contract", parts);
        Assert.Contains(parts, p => p.StartsWith("an answer to each of the 3 quality questions", StringComparison.Ordinal));
        Assert.Contains(parts, p => p.StartsWith("a number for each of the 3 social value commitments", StringComparison.Ordinal));
    }

    [Fact]
    public async Task explains_lot_cpr_social_value_weighting_and_tupe_in_plain_english()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);

        var page = await PortalClient.For(factory).GetDocumentAsync($"/opportunities/{id}");

        var explained = page.QuerySelectorAll("details.app-explained").ToDictionary(d => d.Id!, d => d.QuerySelector(".govuk-details__text")!.TextContent.Trim());
        Assert.Equal(PlainEnglish.Lot.Explanation, explained["explained-lot"]);
        Assert.Equal(PlainEnglish.Cpr.Explanation, explained["explained-cpr"]);
        Assert.Equal(PlainEnglish.SocialValueWeighting.Explanation, explained["explained-social-value-weighting"]);
        Assert.Equal(PlainEnglish.Tupe.Explanation, explained["explained-tupe"]);
        Assert.Contains("What does \"TUPE\" mean?", page.QuerySelector("#explained-tupe summary")!.TextContent, StringComparison.Ordinal);
    }
}
