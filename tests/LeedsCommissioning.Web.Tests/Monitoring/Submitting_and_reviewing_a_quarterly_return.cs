using System.Net;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Monitoring;

/// <summary>Issue 15: the provider drafts and submits a quarterly return; the commissioner reviews it; the provider sees the review.</summary>
public sealed class Submitting_and_reviewing_a_quarterly_return(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_provider_submits_late_the_commissioner_rates_it_amber_with_an_action_and_the_provider_sees_it()
    {
        var id = await MonitoringTestData.LateReturnAsync(factory);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var answers = await MonitoringTestData.CompleteAnswersAsync(factory, id);
        answers["Next"] = "continue";

        var saved = await provider.PostFormAsync($"/monitoring/returns/{id}", $"/monitoring/returns/{id}", answers);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/monitoring/returns/{id}/check-answers", saved.Headers.Location?.OriginalString);
        Assert.Equal(ReturnStatus.Draft, (await MonitoringTestData.ReturnAsync(factory, id)).Status);

        var check = await provider.GetDocumentAsync($"/monitoring/returns/{id}/check-answers");
        Assert.Equal("Check your answers before submitting your return", check.Heading());
        Assert.Contains("Referrals rose after the GP practices' campaign", check.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("it will be recorded as submitted late", check.Body!.TextContent, StringComparison.Ordinal);
        // GOV.UK style writes a percentage with no space before the sign: the wellbeing measure's target is 70%.
        Assert.Contains("% (target 70%)", check.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(" %", check.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var submitted = await provider.PostFormAsync($"/monitoring/returns/{id}/check-answers", $"/monitoring/returns/{id}/submit", []);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("Quarterly return submitted", (await PortalClient.ParseAsync(submitted)).QuerySelector(".govuk-panel__title")?.TextContent.Trim());
        var afterSubmit = await MonitoringTestData.ReturnAsync(factory, id);
        Assert.Equal(ReturnStatus.Submitted, afterSubmit.Status);
        Assert.True(afterSubmit.SubmittedLate);
        Assert.Equal(MonitoringTestData.Today, afterSubmit.SubmittedOn);

        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var form = await commissioner.GetDocumentAsync($"/monitoring/returns/{id}/review");
        Assert.Equal(3, form.QuerySelectorAll("[name$='].Description']").Length);
        var noReason = await commissioner.PostFormAsync($"/monitoring/returns/{id}/review", $"/monitoring/returns/{id}/review", new()
        {
            ["Feedback"] = "Waiting times rose over the summer.",
            ["Rating"] = nameof(Rag.Amber),
        });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        var refused = await PortalClient.ParseAsync(noReason);
        Assert.Equal(["Enter the reason for rating this quarter amber"], refused.ErrorSummary());
        Assert.Equal("Waiting times rose over the summer.", refused.GetElementById("Feedback")?.TextContent);
        Assert.Equal(ReturnStatus.Submitted, (await MonitoringTestData.ReturnAsync(factory, id)).Status);

        var reviewed = await commissioner.PostFormAsync($"/monitoring/returns/{id}/review", $"/monitoring/returns/{id}/review", new()
        {
            ["Feedback"] = "Waiting times rose over the summer.",
            ["GoodPractice"] = "Peer volunteers at first visits",
            ["Rating"] = nameof(Rag.Amber),
            ["RatingReason"] = "Days to first appointment above target for two quarters",
            ["Actions[0].Description"] = "Send a plan to bring waiting times under 10 days",
            ["Actions[0].Owner"] = "Sam Wilson",
            ["Actions[0].DueOn.Day"] = "15", ["Actions[0].DueOn.Month"] = "1", ["Actions[0].DueOn.Year"] = "2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        var afterReview = await MonitoringTestData.ReturnAsync(factory, id);
        Assert.Equal(ReturnStatus.Reviewed, afterReview.Status);
        Assert.Equal(Rag.Amber, afterReview.Review!.Rating);
        var action = Assert.Single(afterReview.Review.Actions);
        Assert.Equal(("Sam Wilson", new DateOnly(2027, 1, 15)), (action.Owner, action.DueOn));

        var seen = await provider.GetDocumentAsync($"/monitoring/returns/{id}");
        Assert.Equal("Amber", seen.QuerySelector("#rating .govuk-tag")?.TextContent.Trim());
        Assert.Equal("Waiting times rose over the summer.", seen.GetElementById("feedback")?.TextContent.Trim());
        Assert.Contains("Send a plan to bring waiting times under 10 days", seen.GetElementById("actions")!.TextContent, StringComparison.Ordinal);
        Assert.Null(seen.QuerySelector("a[href$='/review']"));
    }

    [Fact]
    public async Task a_figure_that_is_not_a_number_is_refused_and_what_was_typed_stays()
    {
        var id = await MonitoringTestData.LateReturnAsync(factory);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var answers = await MonitoringTestData.CompleteAnswersAsync(factory, id);
        answers["Actuals[0].Value"] = "lots";
        answers["Actuals[1].Commentary"] = "Kept after the error";
        answers["Next"] = "save";

        var response = await provider.PostFormAsync($"/monitoring/returns/{id}", $"/monitoring/returns/{id}", answers);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter the figure as a number of 0 or more, like 120 or 85.5"], page.ErrorSummary());
        Assert.Equal("lots", page.Value("Actuals_0__Value"));
        Assert.Equal("Kept after the error", page.GetElementById("Actuals_1__Commentary")?.TextContent);
    }

    [Fact]
    public async Task a_measures_percentage_target_is_written_without_a_space_before_the_sign()
    {
        var contract = await MonitoringTestData.LiveWellLeedsAsync(factory);
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var plan = await commissioner.GetDocumentAsync($"/monitoring/contracts/{contract}/plan");

        var row = plan.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("People whose wellbeing score improved", StringComparison.Ordinal));
        Assert.Equal("70%", row.QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Equal("10 days", plan.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Days from referral to first appointment", StringComparison.Ordinal))
            .QuerySelectorAll("td")[2].TextContent.Trim());
    }
}
