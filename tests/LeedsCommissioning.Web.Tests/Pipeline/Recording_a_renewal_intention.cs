using System.Net;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Pipeline;

public sealed class Recording_a_renewal_intention(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task bad_input_shows_every_problem_in_the_error_summary_and_keeps_what_was_typed()
    {
        var id = await PipelineTestData.ContractAsync(factory, "PIPE-EDIT-BAD", new DateOnly(2027, 9, 30), PipelineTestData.Charity, "Editing Owner");
        var owner = await PipelineTestData.UserIdAsync(factory, "commissioner@example.org");
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var url = $"/pipeline/contracts/{id}";

        var response = await commissioner.PostFormAsync(url, url, new()
        {
            ["Intention"] = "Extend",
            ["Route"] = "OpenTender",
            ["Owner"] = owner,
            ["Evidence"] = "",
            ["EstimatedValue"] = "lots",
            ["AgreedOn.Day"] = "31",
            ["AgreedOn.Month"] = "2",
            ["AgreedOn.Year"] = "2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var summary = page.ErrorSummary();
        Assert.Contains("An extension goes by the Extension route", summary);
        Assert.Contains(summary, m => m.StartsWith("Enter the evidence that the service is high quality", StringComparison.Ordinal));
        Assert.Contains("The date the intention was agreed must be a real date", summary);
        Assert.Contains(summary, m => m.Contains("Estimated whole-life value", StringComparison.Ordinal));
        Assert.Equal(4, summary.Count);
        Assert.Equal("lots", page.Value("EstimatedValue"));
        Assert.Equal("31", page.QuerySelector("input[name='AgreedOn.Day']")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name=Intention][value=Extend][checked]"));
        Assert.NotNull(page.QuerySelector($"select#Owner option[value='{owner}'][selected]"));
        Assert.False(await factory.WithDbAsync(db => db.RenewalPlans.AnyAsync(p => p.ContractId == id)));
    }

    [Fact]
    public async Task a_good_intention_is_saved_and_shown_on_the_pipeline_then_changed_at_its_version()
    {
        var id = await PipelineTestData.ContractAsync(factory, "PIPE-EDIT-GOOD", new DateOnly(2027, 9, 30), PipelineTestData.Charity, "Saving Owner");
        var owner = await PipelineTestData.UserIdAsync(factory, "ccg@example.org");
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var url = $"/pipeline/contracts/{id}";

        var saved = await commissioner.PostFormAsync(url, url, new()
        {
            ["Intention"] = "Extend",
            ["Owner"] = owner,
            ["Evidence"] = "Quality reviews rated the service good in every theme.",
            ["AgreedOn.Day"] = "20",
            ["AgreedOn.Month"] = "11",
            ["AgreedOn.Year"] = "2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plan = await factory.WithDbAsync(db => db.RenewalPlans.AsNoTracking().SingleAsync(p => p.ContractId == id));
        Assert.Equal(RenewalIntention.Extend, plan.Intention);
        Assert.Equal(RenewalRoute.Extension, plan.Route);
        Assert.Equal("Tom Bennett", plan.OwnerName);
        Assert.Equal(new DateOnly(2026, 11, 20), plan.AgreedOn);
        var row = (await commissioner.GetDocumentAsync("/pipeline?commissioner=Saving%20Owner")).QuerySelector("tr[data-contract='PIPE-EDIT-GOOD'] [data-intention]")!;
        Assert.Contains("Extend", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Extension, Tom Bennett", row.TextContent, StringComparison.Ordinal);
        // The contract's page says it in one line: the extension route's 3 months and the Compact's 6 before 30 September 2027.
        var line = (await commissioner.GetDocumentAsync($"/contracts/{id}")).GetElementById("renewal-line")!.TextContent;
        Assert.Contains("Renewal: Extend (renewal decision due 30 December 2026)", string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);

        // Someone else changes it meanwhile: a form opened before is refused, with what was typed kept.
        var form = await commissioner.GetDocumentAsync(url);
        await factory.WithDbAsync(async db =>
        {
            var p = await db.RenewalPlans.SingleAsync(x => x.ContractId == id);
            p.Record(new RenewalDecision(RenewalIntention.LetExpire, null, null, "Someone Else", null, null, PipelineTestData.Today), PipelineTestData.Today, PortalFactory.Now.UtcDateTime);
            return await db.SaveChangesAsync();
        });
        var stale = await commissioner.PostAsync(url,
        [
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Version", form.QuerySelector("input[name=Version]")!.GetAttribute("value")!),
            new("Intention", "Decommission"), new("Owner", owner), new("Evidence", "Needs have moved to the new hub."),
            new("AgreedOn.Day", "25"), new("AgreedOn.Month", "11"), new("AgreedOn.Year", "2026"),
        ]);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var again = await PortalClient.ParseAsync(stale);
        Assert.NotEmpty(again.ErrorSummary());
        Assert.Equal("Needs have moved to the new hub.", again.GetElementById("Evidence")!.TextContent);
        Assert.Equal(RenewalIntention.LetExpire, await factory.WithDbAsync(db => db.RenewalPlans.Where(p => p.ContractId == id).Select(p => p.Intention).SingleAsync()));
    }

    [Fact]
    public async Task the_form_says_when_a_pending_extension_must_be_decided_and_offers_the_usual_route()
    {
        var homeFromHospital = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "NHS-LEEDS-2024-002").Select(c => c.Id).SingleAsync());
        var commissioner = await PortalClient.SignedInAsync(factory, "ccg@example.org");

        var page = await commissioner.GetDocumentAsync($"/pipeline/contracts/{homeFromHospital}");

        Assert.Equal("Extension 1 (12 months) is to be decided by 12 November 2026: take it, or record what happens instead.",
            page.GetElementById("pending-extension")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[name=Intention][value=Undecided][checked]"));
        // The undecided plan's route is the usual one, so choosing Extend takes the extension route without changing the list.
        Assert.Equal("", page.QuerySelector("select#Route option[selected]")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task only_commissioners_may_record_an_intention()
    {
        var id = await PipelineTestData.ContractAsync(factory, "PIPE-EDIT-WHO", new DateOnly(2027, 9, 30), PipelineTestData.Charity, "Who Owner");
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");

        Assert.Equal(HttpStatusCode.OK, (await officer.Http.GetAsync("/pipeline")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Http.GetAsync($"/pipeline/contracts/{id}")).StatusCode);
        Assert.Null((await officer.GetDocumentAsync("/pipeline?commissioner=Who%20Owner")).QuerySelector($"a[href='/pipeline/contracts/{id}']"));
    }
}
