using System.Net;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Features.Pipeline;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Pipeline;

public sealed class The_forward_plan_and_the_pipeline_notice(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_public_forward_plan_needs_no_sign_in_and_shows_only_published_intentions_in_both_bands()
    {
        var organisation = await PipelineTestData.OrganisationIdAsync(factory, "LCC-AH");
        await factory.WithDbAsync(db =>
        {
            db.ForwardPlanIntentions.Add(new ForwardPlanIntention(new ForwardPlanDetails(organisation, ServiceArea.SupportInTheCommunity,
                ForwardPlanBand.ShortTerm, "An unpublished service", "Not for providers yet.", null, null, null, null, false, false, null, null),
                PortalFactory.Now.UtcDateTime));
            return db.SaveChangesAsync();
        });

        var response = await PortalClient.For(factory).Http.GetAsync("/forward-plan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var text = page.GetElementById("forward-plan")!.TextContent;
        Assert.DoesNotContain("An unpublished service", text, StringComparison.Ordinal);
        Assert.Contains("Youth work services", text, StringComparison.Ordinal);
        var bands = page.QuerySelectorAll("h3[data-band]").Select(h => h.TextContent.Trim()).Distinct().ToList();
        Assert.Contains("Short term commissioning opportunities (next 12-18 months)", bands);
        Assert.Contains("Longer term commissioning opportunities (next 2-5 years)", bands);
        var published = await factory.WithDbAsync(db => db.ForwardPlanIntentions.CountAsync(i => i.IsPublished));
        Assert.Equal(published, page.QuerySelectorAll("#forward-plan h4").Length);
    }

    [Fact]
    public async Task a_commissioner_adds_an_intention_which_shows_publicly_only_once_published()
    {
        var organisation = await PipelineTestData.OrganisationIdAsync(factory, "LCC-CF");
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var empty = await commissioner.PostFormAsync("/pipeline/forward-plan/new", "/pipeline/forward-plan/new", new() { ["Service"] = "Typed service" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var errors = await PortalClient.ParseAsync(empty);
        Assert.Equal(["Select the commissioning organisation", "Select the service area", "Select when the opportunity is expected", "Enter the commissioning intention"],
            errors.ErrorSummary());
        Assert.Equal("Typed service", errors.Value("Service"));

        var added = await commissioner.PostFormAsync("/pipeline/forward-plan/new", "/pipeline/forward-plan/new", new()
        {
            ["CommissioningOrganisationId"] = organisation.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ServiceArea"] = "SupportedAccommodation",
            ["Band"] = "LongerTerm",
            ["Service"] = "Supported lodgings for care leavers",
            ["Description"] = "A new framework for supported lodgings.",
            ["StartDate"] = "April 2028",
            ["TermShape"] = "3+1 years",
            ["Support"] = ForwardPlanViewModel.Consortia,
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await factory.WithDbAsync(db => db.ForwardPlanIntentions.Where(i => i.Service == "Supported lodgings for care leavers").Select(i => i.Id).SingleAsync());
        Assert.DoesNotContain("Supported lodgings for care leavers", (await PortalClient.For(factory).GetDocumentAsync("/forward-plan")).Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await commissioner.PostFormAsync("/pipeline/forward-plan", $"/pipeline/forward-plan/{id}/publish", [])).StatusCode);

        var entry = (await PortalClient.For(factory).GetDocumentAsync("/forward-plan")).QuerySelector("[data-service-area=SupportedAccommodation]")!.TextContent;
        Assert.Contains("Supported lodgings for care leavers", entry, StringComparison.Ordinal);
        Assert.Contains("Help to form consortia", entry, StringComparison.Ordinal);
        Assert.Contains("3+1 years", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_uk1_notice_lists_planned_procurements_over_the_threshold_and_what_is_missing()
    {
        var organisation = await PipelineTestData.OrganisationIdAsync(factory, "LCC-AH");
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");

        var page = await director.GetDocumentAsync($"/pipeline/uk1-notice?organisation={organisation}");

        Assert.Equal("UK1 pipeline notice", page.Heading());
        var missing = page.QuerySelectorAll("[data-notice-missing] li").Select(li => li.TextContent.Trim()).ToList();
        // Demo data: the short-term forward-plan intentions of Adults and Health have no estimated value yet.
        Assert.Contains("Record the estimated whole-life value of Adult Carers (its forward-plan intention)", missing);
        Assert.Contains("Record the estimated whole-life value of Community Based Short Break Services (its forward-plan intention)", missing);
        // Live Well Leeds is to be recommissioned by open tender from 1 April 2027, estimated at £7,000,000: nothing missing for it.
        var text = page.Body!.TextContent;
        Assert.Contains("Planned procurement 1: Live Well Leeds", text, StringComparison.Ordinal);
        Assert.Contains("£7,000,000", text, StringComparison.Ordinal);
        Assert.Contains("1 April 2027", text, StringComparison.Ordinal);
        Assert.DoesNotContain(missing, m => m.Contains("Live Well Leeds", StringComparison.Ordinal));
        // Longer-term intentions are beyond the notice's 18 months.
        Assert.DoesNotContain("Older People", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_recommissioning_below_the_threshold_is_left_out_of_the_uk1_notice()
    {
        var organisation = await PipelineTestData.OrganisationIdAsync(factory, "NHS-LEEDS");
        await PipelineTestData.ContractAsync(factory, "PIPE-UK1-SMALL", new DateOnly(2027, 9, 30), PipelineTestData.NhsTrust, "Notice Owner",
            PipelineTestData.Recommission(RenewalRoute.OpenTender) with { EstimatedValue = 1_999_999.99m }, organisation: "NHS-LEEDS");
        await PipelineTestData.ContractAsync(factory, "PIPE-UK1-LARGE", new DateOnly(2027, 9, 30), PipelineTestData.NhsTrust, "Notice Owner",
            PipelineTestData.Recommission(RenewalRoute.OpenTender) with { EstimatedValue = 2_000_000m }, organisation: "NHS-LEEDS");
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");

        var page = await director.GetDocumentAsync($"/pipeline/uk1-notice?organisation={organisation}");

        var text = page.Body!.TextContent;
        Assert.Contains("Pipeline test PIPE-UK1-LARGE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pipeline test PIPE-UK1-SMALL", text, StringComparison.Ordinal);
        Assert.Equal("1 planned procurement is left out: estimated below £2,000,000.", page.GetElementById("below-threshold")!.TextContent.Trim());
    }

    [Fact]
    public async Task renewal_reminders_go_to_the_owner_else_the_commissioner_of_undecided_decisions_due_within_four_weeks()
    {
        var priya = await PipelineTestData.UserIdAsync(factory, "commissioner@example.org");
        // No plan: an open tender (9 months) before the end; an NHS trust is not third sector, so no Compact months.
        var dueIn28 = await PipelineTestData.ContractAsync(factory, "PIPE-REM-28", new DateOnly(2027, 9, 24), PipelineTestData.NhsTrust, "Priya Shah", commissionerUserId: priya);
        var dueIn29 = await PipelineTestData.ContractAsync(factory, "PIPE-REM-29", new DateOnly(2027, 9, 25), PipelineTestData.NhsTrust, "Priya Shah", commissionerUserId: priya);
        var noAccount = await PipelineTestData.ContractAsync(factory, "PIPE-REM-NOBODY", new DateOnly(2027, 3, 31), PipelineTestData.NhsTrust, "Nobody Here");
        var tom = await PipelineTestData.UserIdAsync(factory, "ccg@example.org");
        // Undecided, owned by Tom Bennett, on Priya Shah's contract: open tender's 9 months before 31 May 2027 is 31 August 2026, past.
        var owned = await PipelineTestData.ContractAsync(factory, "PIPE-REM-OWNED", new DateOnly(2027, 5, 31), PipelineTestData.NhsTrust, "Priya Shah",
            new RenewalDecision(RenewalIntention.Undecided, null, tom, "Tom Bennett", null, null, null), commissionerUserId: priya);
        var homeFromHospital = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "NHS-LEEDS-2024-002").Select(c => c.Id).SingleAsync());
        var advocacyHub = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-AH-2025-004").Select(c => c.Id).SingleAsync());

        using var scope = factory.CreateScope();
        var source = scope.ServiceProvider.GetServices<IReminderSource>().OfType<RenewalDecisionReminders>().Single();
        var due = await source.DueAsync(DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime), null, CancellationToken.None);

        var reminder = Assert.Single(due, r => r.Key == $"renewal-{dueIn28}-2026-12-24");
        Assert.Equal(priya, reminder.UserId);
        Assert.Equal(ReminderKind.RenewalDecisionDue, reminder.Kind);
        Assert.Equal($"/pipeline/contracts/{dueIn28}", reminder.Link);
        Assert.DoesNotContain(due, r => r.Key.StartsWith($"renewal-{dueIn29}-", StringComparison.Ordinal));
        Assert.DoesNotContain(due, r => r.Key.StartsWith($"renewal-{noAccount}-", StringComparison.Ordinal));
        // The plan's owner before the commissioner; an overdue decision is still reminded.
        Assert.Equal(tom, Assert.Single(due, r => r.Key == $"renewal-{owned}-2026-08-31").UserId);
        // A pending extension's decision is the extension reminders' (one reminder per date); a decided intention is not reminded.
        Assert.DoesNotContain(due, r => r.Key.StartsWith($"renewal-{homeFromHospital}-", StringComparison.Ordinal));
        Assert.DoesNotContain(due, r => r.Key.StartsWith($"renewal-{advocacyHub}-", StringComparison.Ordinal));
    }
}
