using System.Net;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Tests.Infrastructure;
using static LeedsCommissioning.Web.Tests.Waivers.WaiverTestData;

namespace LeedsCommissioning.Web.Tests.Waivers;

// One collection: the waiver classes start their apps one after another, not all at once on a busy machine.
[Collection("Waivers")]
public sealed class Recording_and_submitting_a_waiver(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_procurement_officer_saves_an_incomplete_draft()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);

        var response = await client.PostFormAsync("/waivers/new", "/waivers/new",
            new() { ["Subject"] = "Half-written waiver", ["Value"] = "8000" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
        var waiver = await Load(factory, id);
        Assert.Equal(WaiverStatus.Draft, waiver.Status);
        Assert.Equal(8000m, waiver.Value);
        var page = await client.GetDocumentAsync($"/waivers/{id}");
        Assert.Contains("Still to complete", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_bad_value_is_refused_and_what_was_typed_stays()
    {
        var client = await PortalClient.SignedInAsync(factory, Commissioner);

        var response = await client.PostFormAsync("/waivers/new", "/waivers/new",
            new() { ["Subject"] = "Typo", ["Value"] = "forty thousand", ["TermMonths"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Total value must be an amount of money in pounds, like 1250000 or 1,250,000.50", "Term must be a whole number of months between 1 and 240"],
            page.ErrorSummary());
        Assert.Equal("forty thousand", page.Value("Value"));
        Assert.Equal("Typo", page.Value("Subject"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_negative_value_is_refused()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);

        var page = await PortalClient.ParseAsync(await client.PostFormAsync("/waivers/new", "/waivers/new",
            new() { ["Subject"] = "Negative", ["Value"] = "-5" }));

        Assert.Equal(["Total value must be more than £0"], page.ErrorSummary());
    }

    [Fact]
    public async Task submitting_without_the_required_sections_lists_each_missing_one()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var created = await client.PostFormAsync("/waivers/new", "/waivers/new", new() { ["Subject"] = "Incomplete" });
        var id = created.Headers.Location!.OriginalString.Split('/')[2];

        var response = await client.PostFormAsync($"/waivers/{id}/submit", $"/waivers/{id}/submit", new() { ["version"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await PortalClient.ParseAsync(response)).ErrorSummary();
        Assert.Contains("Enter section 1, purpose of this report", errors);
        Assert.Contains("Enter section 4.6, risk management", errors);
        Assert.Contains("Select the proposed supplier or enter a new one", errors);
        Assert.Contains("Enter the cross-border interest assessment of the location", errors);
        Assert.True(errors.Count >= 30, $"{errors.Count} errors");
        Assert.Equal(WaiverStatus.Draft, (await Load(factory, int.Parse(id, System.Globalization.CultureInfo.InvariantCulture))).Status);
    }

    [Fact]
    public async Task a_complete_draft_is_submitted_and_then_read_only()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var created = await client.PostFormAsync("/waivers/new", "/waivers/new", CompleteForm("Complete waiver"));
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.PostFormAsync($"/waivers/{id}/submit", $"/waivers/{id}/submit", new() { ["version"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var waiver = await Load(factory, id);
        Assert.Equal(WaiverStatus.Submitted, waiver.Status);
        Assert.Equal(12_500m, waiver.Value);
        var edit = await client.Http.GetAsync($"/waivers/{id}/edit");
        Assert.Equal($"/waivers/{id}", edit.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task a_waiver_above_the_threshold_needs_the_legal_review_before_submission()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var form = CompleteForm("Big waiver");
        form["Value"] = "300000";
        var created = await client.PostFormAsync("/waivers/new", "/waivers/new", form);
        var id = created.Headers.Location!.OriginalString.Split('/')[2];

        var details = await client.GetDocumentAsync($"/waivers/{id}");
        var response = await client.PostFormAsync($"/waivers/{id}/submit", $"/waivers/{id}/submit", new() { ["version"] = "0" });

        Assert.Contains("legal review", details.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains((await PortalClient.ParseAsync(response)).ErrorSummary(), e => e.Contains("£207,720", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_stale_edit_is_refused_with_the_concurrency_message()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var created = await client.PostFormAsync("/waivers/new", "/waivers/new", new() { ["Subject"] = "Edited twice" });
        var id = created.Headers.Location!.OriginalString.Split('/')[2];
        await client.PostFormAsync($"/waivers/{id}/edit", $"/waivers/{id}/edit", new() { ["Subject"] = "First edit", ["Version"] = "0" });

        var response = await client.PostFormAsync($"/waivers/{id}/edit", $"/waivers/{id}/edit", new() { ["Subject"] = "Second edit", ["Version"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(page.ErrorSummary(), e => e.StartsWith("Grace Okafor changed this waiver on 26 November 2026 at 10:00am, after you opened it. What changed: subject.", StringComparison.Ordinal));
        Assert.Equal("Second edit", page.Value("Subject"));
    }

    [Theory]
    [InlineData(Director)]
    [InlineData(Provider)]
    [InlineData(Admin)]
    public async Task only_procurement_officers_and_commissioners_may_request_a_waiver(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        await AssertForbidden(client, await client.Http.GetAsync("/waivers/new"));
    }
}
