using LeedsCommissioning.BrowserTests.Infrastructure;
using Xunit.Sdk;

namespace LeedsCommissioning.BrowserTests;

/// <summary>The check every journey relies on: a page with known faults must fail it, with a message that says what to fix.</summary>
[Collection(BrowserCollection.Name)]
public sealed class The_accessibility_check(BrowserPortal portal)
{
    [SkippableFact]
    public async Task fails_a_page_with_violations_and_names_the_rule_and_the_element()
    {
        await using var journey = await portal.StartJourneyAsync("axe-self-check");
        await journey.Page.SetContentAsync("<html><head><title>Faulty</title></head><body><main><img src=\"chart.png\"></main></body></html>");

        var failure = await Assert.ThrowsAsync<XunitException>(() => Axe.AssertNoViolationsAsync(journey.Page, "faulty"));

        Assert.Contains("html-has-lang", failure.Message, StringComparison.Ordinal);
        Assert.Contains("image-alt [critical]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("<img src=\"chart.png\">", failure.Message, StringComparison.Ordinal);
    }
}
