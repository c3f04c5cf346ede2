using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Features.Procurement;
using LeedsCommissioning.Web.Tests.Exports;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// Staff's list of opportunities (/procurement) at a region's scale: the database works out each opportunity's stage,
/// counts and pages them 50 at a time, newest first; the downloads keep every opportunity at the stage chosen. The
/// stage the database filters by is the opportunity's own (<see cref="Opportunity.StageAt"/>), for every stage,
/// including a draft returned to its author and one whose return was followed by another step.
/// </summary>
public sealed class The_procurement_list(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Officer = "procurement@example.org";

    [Fact]
    public async Task the_database_puts_each_opportunity_at_the_stage_the_list_shows_for_every_stage()
    {
        await ArrangeAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var expected = await ExpectedStagesAsync(now);
        Assert.Contains(OpportunityStage.Returned, expected.Values);
        Assert.Contains(OpportunityStage.Draft, expected.Values);
        Assert.True(expected.Values.Distinct().Count() >= 5, "The data should hold opportunities at several stages.");

        foreach (var stage in Enum.GetValues<OpportunityStage>())
        {
            var filtered = await factory.WithDbAsync(db => ProcurementController.AtStage(db.Opportunities, stage, now).Select(o => o.Id).OrderBy(id => id).ToListAsync());
            Assert.Equal(expected.Where(e => e.Value == stage).Select(e => e.Key).Order(), filtered);
        }

        var all = await factory.WithDbAsync(db => ProcurementController.AtStage(db.Opportunities, null, now).CountAsync());
        Assert.Equal(expected.Count, all);

        // And the stage each row of the list shows is that stage.
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        foreach (var stage in expected.Values.Distinct())
        {
            var page = await officer.GetDocumentAsync($"/procurement?stage={stage}");
            Assert.All(page.QuerySelectorAll("table tbody tr td:nth-child(2)"), cell => Assert.Equal(stage.ToDisplayName(), cell.TextContent.Trim()));
            var ids = page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.All(ids, id => Assert.Equal(stage, expected[id]));
        }
    }

    [Fact]
    public async Task shows_fifty_a_page_newest_first_with_the_count_and_the_download_holds_every_one()
    {
        await ArrangeAsync();
        var officer = await PortalClient.SignedInAsync(factory, Officer);
        var newestFirst = await factory.WithDbAsync(db => db.Opportunities.OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id).Select(o => o.Title).ToListAsync());
        Assert.True(newestFirst.Count > ProcurementController.PageSize);

        var first = await officer.GetDocumentAsync("/procurement");
        Assert.Equal(newestFirst.Take(50), Titles(first));
        Assert.Equal($"{newestFirst.Count} opportunities, showing 1 to 50", first.QuerySelector("table caption")?.TextContent.Trim());
        Assert.Equal("/procurement?page=2", first.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href"));

        var second = await officer.GetDocumentAsync("/procurement?page=2");
        Assert.Equal(newestFirst.Skip(50).Take(50), Titles(second));
        Assert.Equal("/procurement?page=1", second.QuerySelector(".govuk-pagination__prev a")?.GetAttribute("href"));

        // A page past the last shows the last; the downloads hold every opportunity, not one page.
        var lastPage = (newestFirst.Count + 49) / 50;
        Assert.Equal(newestFirst.Skip((lastPage - 1) * 50), Titles(await officer.GetDocumentAsync("/procurement?page=999")));
        var (_, rows) = await ExportFiles.CsvAsync(await officer.Http.GetAsync("/procurement/export.csv"));
        Assert.Equal(newestFirst, rows.Select(r => r[0]));
    }

    [Fact]
    public async Task a_stage_lists_only_its_opportunities_and_keeps_the_stage_when_paging()
    {
        await ArrangeAsync();
        var officer = await PortalClient.SignedInAsync(factory, Officer);

        var returned = await officer.GetDocumentAsync("/procurement?stage=Returned");
        Assert.Equal(["A draft returned to its author"], Titles(returned));
        Assert.Equal("1 opportunity", returned.QuerySelector("table caption")?.TextContent.Trim());

        var drafts = await officer.GetDocumentAsync("/procurement?stage=Draft");
        Assert.Equal("/procurement?stage=Draft&page=2", drafts.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href"));
        var draftCount = await factory.WithDbAsync(db => ProcurementController.AtStage(db.Opportunities, OpportunityStage.Draft, factory.Clock.GetUtcNow().UtcDateTime).CountAsync());
        var secondPage = await officer.GetDocumentAsync("/procurement?stage=Draft&page=2");
        Assert.Equal(50, Titles(drafts).Count);
        Assert.Equal(draftCount - 50, Titles(secondPage).Count);
        var everyDraft = Titles(drafts).Concat(Titles(secondPage)).ToList();
        Assert.Contains("A draft withdrawn after it was returned", everyDraft);
        Assert.DoesNotContain("A draft returned to its author", everyDraft);
        Assert.All(secondPage.QuerySelectorAll("table tbody tr td:nth-child(2)"), cell => Assert.Equal(OpportunityStage.Draft.ToDisplayName(), cell.TextContent.Trim()));
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>Each opportunity's stage by the domain's own rule.</summary>
    private Task<Dictionary<int, OpportunityStage>> ExpectedStagesAsync(DateTime now) => factory.WithDbAsync(async db =>
        (await db.Opportunities.AsNoTracking().AsSplitQuery().WithParts().ToListAsync()).ToDictionary(o => o.Id, o => o.StageAt(now)));

    private static readonly SemaphoreSlim Arranging = new(1, 1);

    private bool _arranged;

    /// <summary>
    /// Once for the class: a draft returned to its author; a draft returned, submitted again and withdrawn (a draft
    /// again, its return no longer its last step); and 60 new drafts, so the list has more than a page at "All" and at "Draft".
    /// </summary>
    private async Task ArrangeAsync()
    {
        await Arranging.WaitAsync();
        try
        {
            if (_arranged || await factory.WithDbAsync(db => db.Opportunities.AnyAsync(o => o.Title == "A draft returned to its author")))
            {
                _arranged = true;
                return;
            }

            var returned = await Demo.ReadyDraftAsync(factory, "A draft returned to its author");
            var withdrawn = await Demo.ReadyDraftAsync(factory, "A draft withdrawn after it was returned");
            await factory.WithDbAsync(async db =>
            {
                var director = await db.Users.Where(u => u.Email == "director@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync();
                var now = factory.Clock.GetUtcNow().UtcDateTime;
                foreach (var o in await db.Opportunities.AsSplitQuery().WithParts().Where(o => o.Id == returned || o.Id == withdrawn).ToListAsync())
                {
                    var local = o.Lots.ToDictionary(l => l.Number, _ => 2);
                    o.SubmitForApproval(o.AuthorUserId, o.AuthorName, local, now);
                    o.ReturnToAuthor(director.Id, director.DisplayName, "Say how young carers were asked.", now);
                    if (o.Id == withdrawn)
                    {
                        o.SubmitForApproval(o.AuthorUserId, o.AuthorName, local, now);
                        o.WithdrawSubmission(o.AuthorUserId, o.AuthorName, now);
                    }
                }

                var author = await db.Users.Where(u => u.Email == Officer).Select(u => u.Id).SingleAsync();
                for (var n = 1; n <= 60; n++)
                {
                    db.Opportunities.Add(new Opportunity($"Draft number {n}", "A draft.", ServiceArea.SupportInTheCommunity, 1, author, "Grace Okafor", now.AddMinutes(n)));
                }

                await db.SaveChangesAsync();
                return 0;
            });
            _arranged = true;
        }
        finally
        {
            Arranging.Release();
        }
    }
}
