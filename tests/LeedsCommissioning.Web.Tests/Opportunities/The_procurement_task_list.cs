using AngleSharp.Dom;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Opportunities;

public sealed class The_procurement_task_list(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "procurement@example.org";

    private static Dictionary<string, string> Tasks(IDocument page) =>
        page.QuerySelectorAll(".govuk-task-list__item").ToDictionary(
            i => i.QuerySelector(".govuk-task-list__name-and-hint > a, .govuk-task-list__name-and-hint > div:first-child")!.TextContent.Trim(),
            i => i.QuerySelector(".govuk-task-list__status")!.TextContent.Trim());

    [Fact]
    public async Task a_draft_shows_what_is_left_to_prepare_and_that_approval_cannot_start_yet()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.DraftTitle);
        var officer = await PortalClient.SignedInAsync(factory, Officer);

        var page = await officer.GetDocumentAsync($"/procurement/opportunities/{id}");

        var tasks = Tasks(page);
        Assert.Equal("In progress", tasks["Details, value, route and timetable"]); // no timetable yet
        Assert.Equal("Completed", tasks["Lots and Keep it Local reasons"]); // two lots, each with local providers who could bid
        Assert.Equal("In progress", tasks["Evaluation model: weights, quality questions and social value"]);
        Assert.Equal("Cannot start yet", tasks["Check and submit for approval"]);
        Assert.Equal("Cannot start yet", tasks["Publish the opportunity"]);
        Assert.Equal($"/procurement/opportunities/{id}/lots", page.QuerySelectorAll("a.govuk-task-list__link").Single(a => a.TextContent.Trim() == "Lots and Keep it Local reasons").GetAttribute("href"));
        Assert.DoesNotContain(page.QuerySelectorAll("a.govuk-task-list__link"), a => a.TextContent.Contains("submit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task a_submitted_opportunity_has_its_preparation_completed_and_approval_in_progress()
    {
        var id = await Demo.ReadyDraftAsync(factory, "Task list: submitted");
        var overview = $"/procurement/opportunities/{id}";
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        Assert.Equal("Not started", Tasks(await officer.GetDocumentAsync(overview))["Check and submit for approval"]);
        await officer.PostFormAsync($"{overview}/submit", $"{overview}/submit", []);

        var tasks = Tasks(await officer.GetDocumentAsync(overview));

        Assert.Equal("Completed", tasks["Lots and Keep it Local reasons"]);
        Assert.Equal("Completed", tasks["Check and submit for approval"]);
        Assert.Equal("In progress", tasks["Approval"]);
        Assert.Equal("Cannot start yet", tasks["Publish the opportunity"]);
        // The approver is sent from the task list to the approval on the page.
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var asApprover = await commissioner.GetDocumentAsync(overview);
        Assert.Equal("#approval", asApprover.QuerySelectorAll("a.govuk-task-list__link").Single(a => a.TextContent.Trim() == "Approval").GetAttribute("href"));
        Assert.NotNull(asApprover.GetElementById("approval"));
    }

    [Fact]
    public async Task a_published_opportunity_is_receiving_bids_and_its_evaluation_cannot_start_yet()
    {
        var (id, _, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var officer = await PortalClient.SignedInAsync(factory, Officer);

        var tasks = Tasks(await officer.GetDocumentAsync($"/procurement/opportunities/{id}"));

        Assert.Equal("Completed", tasks["Approval"]);
        Assert.Equal("Completed", tasks["Publish the opportunity"]);
        Assert.Equal("In progress", tasks["Receive bids and answer questions"]);
        Assert.Equal("Cannot start yet", tasks["Open and evaluate the bids"]);
        Assert.Equal("Cannot start yet", tasks["Record the award"]);
    }
}
