using System.Net;
using LeedsCommissioning.Web.Tests.Contracts;
using LeedsCommissioning.Web.Tests.Exports;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Monitoring;

/// <summary>
/// Compliments, complaints and Healthwatch Leeds reports are recorded against a contract as evidence (issue 15; domain.md
/// section 7): the commissioner records them, staff see them on the contract's monitoring tab and download them, the
/// provider does not see them.
/// </summary>
public sealed class Recording_evidence_against_a_contract(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_commissioner_records_a_healthwatch_report_which_staff_see_and_download_and_the_provider_does_not()
    {
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2019-014");
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var form = $"/monitoring/contracts/{id}/evidence/new";

        var refused = await PortalClient.ParseAsync(await commissioner.PostFormAsync(form, form, new()
        {
            ["Kind"] = "HealthwatchReport",
            ["ReceivedOn.Day"] = "31", ["ReceivedOn.Month"] = "12", ["ReceivedOn.Year"] = "2026",
            ["Summary"] = "Enter & View visit: people valued the peer groups <b>a lot</b>",
            ["Link"] = "healthwatchleeds.co.uk/reports",
        }));

        Assert.Equal(["The date must be today or in the past", "Enter a link that starts with https://, like https://healthwatchleeds.co.uk/"], refused.ErrorSummary());
        Assert.Equal("Enter & View visit: people valued the peer groups <b>a lot</b>", refused.GetElementById("Summary")?.TextContent);
        Assert.Equal("healthwatchleeds.co.uk/reports", refused.Value("Link"));

        var saved = await commissioner.PostFormAsync(form, form, new()
        {
            ["Kind"] = "HealthwatchReport",
            ["ReceivedOn.Day"] = "12", ["ReceivedOn.Month"] = "11", ["ReceivedOn.Year"] = "2026",
            ["Summary"] = "Enter & View visit: people valued the peer groups <b>a lot</b>",
            ["Link"] = "https://healthwatchleeds.co.uk/reports/live-well",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var tab = await officer.GetDocumentAsync($"/contracts/{id}/monitoring");
        var row = tab.QuerySelector("#evidence-list tbody tr")!.TextContent;
        Assert.Contains("12 November 2026", row, StringComparison.Ordinal);
        Assert.Contains("Healthwatch Leeds report", row, StringComparison.Ordinal);
        Assert.Contains("people valued the peer groups <b>a lot</b>", row, StringComparison.Ordinal);
        Assert.Equal($"/contracts/{id}/monitoring/evidence/export.csv", tab.QuerySelector("#download-csv")?.GetAttribute("href"));

        var (headings, rows) = await ExportFiles.CsvAsync(await officer.Http.GetAsync($"/contracts/{id}/monitoring/evidence/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await officer.Http.GetAsync($"/contracts/{id}/monitoring/evidence/export.xlsx"));
        Assert.Equal(["Date", "Kind", "Summary", "Link", "Recorded by"], headings);
        Assert.Equal(["12/11/2026", "Healthwatch Leeds report", "Enter & View visit: people valued the peer groups <b>a lot</b>",
            "https://healthwatchleeds.co.uk/reports/live-well"], rows[0][..4]);
        Assert.Equal(rows.Count + 1, sheet.Count);

        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var theirs = await provider.GetDocumentAsync($"/contracts/{id}/monitoring");
        Assert.Null(theirs.QuerySelector("#evidence-list"));
        Assert.DoesNotContain("peer groups <b>a lot</b>", theirs.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync($"/contracts/{id}/monitoring/evidence/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.Http.GetAsync(form)).StatusCode);
    }
}
