using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class Checking_a_bid_as_typed(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task every_price_and_commitment_that_is_not_a_number_is_listed_at_once_beside_its_box_and_what_was_typed_stays()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var url = $"/opportunities/{id}/lots/{lotId}/bid";
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var fields = Demo.CompleteBid("An answer.", command: "save");
        fields["Prices[0]"] = "a lot";
        fields["Prices[2]"] = "-5";
        fields["Prices[4]"] = "1000.555";
        fields["Commitments[1]"] = "twenty";

        var response = await provider.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
            [
                "Price for year 1 must be an amount of money in pounds, like 1250000 or 1,250,000.50",
                "Price for year 3 must be £0 or more",
                "Price for year 5 must be in pounds and pence, with no more than 2 decimal places",
                "Enter the commitment as a number, like 20",
            ],
            page.ErrorSummary());
        Assert.Equal(["#Prices_0_", "#Prices_2_", "#Prices_4_", "#Commitments_1_"],
            page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal("Price for year 3 must be £0 or more", page.FieldError("Prices_2_"));
        Assert.Equal("a lot", page.Value("Prices_0_"));
        Assert.Equal("twenty", page.Value("Commitments_1_"));
    }
}
