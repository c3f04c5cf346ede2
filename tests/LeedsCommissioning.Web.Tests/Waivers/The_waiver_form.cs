using System.Net;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Tests.Infrastructure;
using static LeedsCommissioning.Web.Tests.Waivers.WaiverTestData;

namespace LeedsCommissioning.Web.Tests.Waivers;

/// <summary>
/// The waiver form (issue 11): a waiver is never an administrative decision (Waiver report 4.5.2), nothing is chosen
/// for the author, the ward checkboxes are revealed under "Yes" and checked on the server, and a report is not
/// submitted before its date.
/// </summary>
[Collection("Waivers")]
public sealed class The_waiver_form(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task offers_no_administrative_decision_and_chooses_no_radio_for_the_author()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);

        var page = await client.GetDocumentAsync("/waivers/new");

        Assert.Equal(["ExecutiveBoard", "DelegatedDecision"], page.QuerySelectorAll("input[name=Route]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["KeyDecision", "SignificantOperationalDecision"], page.QuerySelectorAll("input[name=Kind]").Select(i => i.GetAttribute("value")));
        Assert.Empty(page.QuerySelectorAll("input[type=radio][checked]"));
    }

    [Fact]
    public async Task refuses_an_administrative_decision_posted_anyway()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var form = CompleteForm("Administrative waiver");
        form["Route"] = "AdministrativeDecision";
        form["Kind"] = "Administrative";

        var response = await client.PostFormAsync("/waivers/new", "/waivers/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [
                "A waiver is never an administrative decision: select Executive Board or delegated decision",
                "A waiver is never an administrative decision: select significant operational decision or key decision",
            ],
            (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task reveals_the_ward_checkboxes_only_under_yes()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);

        var page = await client.GetDocumentAsync($"/waivers/{await IdOf(factory, "Autism diagnostic backlog")}/edit");

        // Without JavaScript the hidden class does nothing, so the checkboxes are still there to tick.
        var conditional = page.GetElementById("conditional-SpecificWardsAffected")!;
        Assert.Equal("conditional-SpecificWardsAffected", page.QuerySelector("input[name=SpecificWardsAffected][value=true]")!.GetAttribute("data-app-reveals"));
        Assert.Null(page.QuerySelector("input[name=SpecificWardsAffected][value=false]")!.GetAttribute("data-app-reveals"));
        Assert.True(conditional.ClassList.Contains("govuk-radios__conditional--hidden"));
        Assert.NotEmpty(conditional.QuerySelectorAll("input[type=checkbox][name=WardsAffected]"));
        Assert.DoesNotContain(page.QuerySelectorAll("input[name=WardsAffected]"), i => i.Closest("#conditional-SpecificWardsAffected") is null);
    }

    [Fact]
    public async Task shows_the_wards_of_a_waiver_that_answered_yes()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var id = await NewDraftAsync(client, new() { ["SpecificWardsAffected"] = "true", ["WardsAffected"] = "Gipton & Harehills" });

        var page = await client.GetDocumentAsync($"/waivers/{id}/edit");

        var conditional = page.GetElementById("conditional-SpecificWardsAffected")!;
        Assert.False(conditional.ClassList.Contains("govuk-radios__conditional--hidden"));
        Assert.Equal(["Gipton & Harehills"], conditional.QuerySelectorAll("input[name=WardsAffected][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task yes_without_a_ward_is_refused_on_the_server()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);

        var response = await client.PostFormAsync("/waivers/new", "/waivers/new",
            new() { ["Subject"] = "Wards missing", ["SpecificWardsAffected"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select each ward affected"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task wards_ticked_before_answering_no_are_not_kept()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);

        var id = await NewDraftAsync(client, new() { ["SpecificWardsAffected"] = "false", ["WardsAffected"] = "Gipton & Harehills" });

        var waiver = await Load(factory, id);
        Assert.False(waiver.SpecificWardsAffected);
        Assert.Empty(waiver.Decision.WardsAffected);
    }

    [Fact]
    public async Task date_hints_give_a_current_example()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);

        var page = await client.GetDocumentAsync("/waivers/new");

        // A report date is in the past: a month before the test clock's 26 November 2026.
        Assert.Equal("For example, 26 10 2026", page.GetElementById("ReportDate-hint")?.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelectorAll(".govuk-hint"), h => h.TextContent.Contains("2019", StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_report_dated_later_cannot_be_submitted_yet()
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var form = CompleteForm("Dated next week");
        form["ReportDate.Day"] = "3";
        form["ReportDate.Month"] = "12";
        var created = await client.PostFormAsync("/waivers/new", "/waivers/new", form);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.PostFormAsync($"/waivers/{id}/submit", $"/waivers/{id}/submit", new() { ["version"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The report is dated 3 December 2026: it cannot be submitted before that date"],
            (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal(WaiverStatus.Draft, (await Load(factory, id)).Status);
    }

    private static async Task<int> NewDraftAsync(PortalClient client, Dictionary<string, string> fields)
    {
        fields["Subject"] = "Wards " + Guid.NewGuid().ToString("N")[..6];
        var response = await client.PostFormAsync("/waivers/new", "/waivers/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
    }
}
