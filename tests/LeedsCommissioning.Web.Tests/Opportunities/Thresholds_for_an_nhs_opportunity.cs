using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// An NHS (ICB) opportunity is measured against the central government threshold (domain.md section 9; the
/// decision and its reason are in docs/domain.md), with the configured figures and the fake clock either side
/// of 1 January 2026, when £139,688 became £135,018.
/// </summary>
public sealed class Thresholds_for_an_nhs_opportunity(Thresholds_for_an_nhs_opportunity.OnNewYearsEve2025 factory) : IClassFixture<Thresholds_for_an_nhs_opportunity.OnNewYearsEve2025>
{
    /// <summary>The portal with its clock at noon on 31 December 2025, the last day of the 2024 thresholds.</summary>
    public sealed class OnNewYearsEve2025() : PortalFactory(new DateTimeOffset(2025, 12, 31, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void the_configured_thresholds_in_force_from_1_january_2026_are_the_published_ones()
    {
        var rules = factory.Services.GetRequiredService<PublicationRules>();
        var from2026 = new DateOnly(2026, 1, 1);

        Assert.Equal(207_720m, rules.ThresholdOn(ThresholdKind.Standard, from2026)!.Amount);
        Assert.Equal(135_018m, rules.ThresholdOn(ThresholdKind.Central, from2026)!.Amount);
        Assert.Equal(663_540m, rules.ThresholdOn(ThresholdKind.LightTouch, from2026)!.Amount);
        Assert.Equal(5_193_000m, rules.ThresholdOn(ThresholdKind.Works, from2026)!.Amount);
        Assert.Equal((new DateOnly(2014, 1, 1), 172_514m), (rules.ThresholdOn(ThresholdKind.Standard, new DateOnly(2015, 6, 1))!.From, rules.ThresholdOn(ThresholdKind.Standard, new DateOnly(2015, 6, 1))!.Amount));
    }

    [Fact]
    public async Task an_nhs_draft_worth_137000_pounds_needs_find_a_tender_only_once_the_2026_thresholds_are_in_force()
    {
        var id = await NhsDraftAsync(137_000m);
        var staff = await PortalClient.SignedInAsync(factory, "ccg@example.org");

        var before = Publication(await staff.GetDocumentAsync($"/procurement/opportunities/{id}"));
        factory.Clock.Advance(TimeSpan.FromDays(2));
        // Sessions end after a period of inactivity, so sign in again on 2 January.
        staff = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var after = Publication(await staff.GetDocumentAsync($"/procurement/opportunities/{id}"));

        Assert.DoesNotContain("Find a Tender", before, StringComparison.Ordinal);
        Assert.Contains("Contracts Finder", before, StringComparison.Ordinal);
        Assert.Contains("Find a Tender (over the central government public procurement threshold of £135,018 in force from 1 January 2026)", after, StringComparison.Ordinal);
    }

    private static string Publication(AngleSharp.Dom.IDocument page) =>
        string.Join("\n", page.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));

    private Task<int> NhsDraftAsync(decimal value) => factory.WithDbAsync(async db =>
    {
        var nhs = await db.CommissioningOrganisations.SingleAsync(o => o.Code == "NHS-LEEDS");
        var author = await db.Users.SingleAsync(u => u.Email == "ccg@example.org");
        var draft = new Opportunity("Dementia peer support pilot", "A one-year pilot.", ServiceArea.UniversalPreventionAndEarlyIntervention,
            nhs.Id, author.Id, author.DisplayName, factory.Clock.GetUtcNow().UtcDateTime.AddDays(-30));
        draft.SetCommercials(value, 12, [], ProcurementProcedure.Open, false, true);
        db.Opportunities.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    });
}
