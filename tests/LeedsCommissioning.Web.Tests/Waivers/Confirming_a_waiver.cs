using System.Globalization;
using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using static LeedsCommissioning.Web.Tests.Waivers.WaiverTestData;

namespace LeedsCommissioning.Web.Tests.Waivers;

/// <summary>
/// A waiver sent to someone else follows the check answers and confirmation pattern (docs/patterns.md): it is
/// checked with a Change link per answer and a declaration, and both its submission and its decision end on a
/// confirmation page with the waiver's number and what happens next, not a banner.
/// </summary>
[Collection("Waivers")]
public sealed class Confirming_a_waiver(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_complete_draft_is_checked_with_change_links_and_a_declaration_then_confirmed_with_its_number()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var created = await client.PostFormAsync("/waivers/new", "/waivers/new", CompleteForm("Checked before it is sent"));
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[2], CultureInfo.InvariantCulture);

        var check = await client.GetDocumentAsync($"/waivers/{id}/submit");

        Assert.Equal("Check the waiver before you submit it for a decision", check.Heading());
        Assert.Contains($"/waivers/{id}/edit#Value", check.QuerySelectorAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Now submit it for a decision", check.QuerySelector("main h2.govuk-heading-m")?.TextContent.Trim());
        Assert.Equal("Accept and submit", check.QuerySelector($"form[action='/waivers/{id}/submit'] button")?.TextContent.Trim());

        var submitted = await client.PostFormAsync($"/waivers/{id}/submit", $"/waivers/{id}/submit", []);

        Assert.Equal($"/waivers/{id}/submit/confirmation", submitted.Headers.Location?.OriginalString);
        var page = await client.GetDocumentAsync($"/waivers/{id}/submit/confirmation");
        Assert.Equal("Waiver submitted for a decision", page.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        Assert.Equal($"{id}", page.QuerySelector(".govuk-panel__body strong")?.TextContent.Trim());
        Assert.Contains("What happens next", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("will read the report and approve or refuse the waiver", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_recorded_decision_ends_on_its_confirmation_with_the_call_in_and_what_happens_next()
    {
        var id = await SubmittedWaiverAsync(factory, "Decided and confirmed");
        var director = await PortalClient.SignedInAsync(factory, Director);

        var response = await director.PostFormAsync($"/waivers/{id}/decide", $"/waivers/{id}/decide",
            new() { ["Outcome"] = "refuse", ["Reasons"] = "A competition is practicable in the time left." });

        Assert.Equal($"/waivers/{id}/decide/confirmation", response.Headers.Location?.OriginalString);
        var page = await director.GetDocumentAsync($"/waivers/{id}/decide/confirmation");
        Assert.Equal("Waiver refused", page.QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        Assert.Equal($"{id}", page.QuerySelector(".govuk-panel__body strong")?.TextContent.Trim());
        Assert.Contains("Your reasons are published with the decision.", page.Body!.TextContent, StringComparison.Ordinal);
        // Someone who may only record waivers cannot open the decision's confirmation.
        var officer = await PortalClient.SignedInAsync(factory, Procurement);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Http.GetAsync($"/waivers/{id}/decide/confirmation")).StatusCode);
    }
}
