using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Tests.Exports;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.OpenData;

/// <summary>
/// The checks page makes every release once per version of the data and keeps what it found (docs/benchmarks.md, "OCDS
/// export: session 13"): a change is checked on the next request, and while a long check runs the last one is shown.
/// </summary>
public sealed class The_open_data_checks_are_kept_until_the_data_changes(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_release_spoilt_after_the_checks_were_kept_is_listed_on_the_next_request_and_in_the_download()
    {
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var before = await admin.GetDocumentAsync("/admin/open-data");
        Assert.Contains("Every release passes the checks.", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(before.QuerySelector("#checked-at"));
        Assert.Null(before.QuerySelector("#checks-running"));

        var opportunityId = await factory.WithDbAsync(async db =>
        {
            var contract = await db.Contracts.FirstAsync(c => c.LotAwardId != null);
            await db.Contracts.Where(c => c.Id == contract.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.WholeLifeValue, 99_999_999m));
            return contract.OpportunityId!.Value;
        });
        var after = await admin.GetDocumentAsync("/admin/open-data");
        var (_, rows) = await ExportFiles.CsvAsync(await admin.Http.GetAsync("/admin/open-data/export.csv"));

        var row = Assert.Single(after.QuerySelectorAll("tbody tr"));
        Assert.Equal($"ocds-lcdemo-opportunity-{opportunityId}", row.QuerySelector("td")!.TextContent.Trim());
        Assert.Null(after.QuerySelector("#checks-running"));
        Assert.Equal($"ocds-lcdemo-opportunity-{opportunityId}", Assert.Single(rows)[0]);
    }

    [Fact]
    public async Task while_a_check_of_newer_data_runs_the_last_checks_are_answered_and_no_second_check_starts()
    {
        var kept = new KeptPerVersion<bool, int, string>(factory.Services.GetRequiredService<IServiceScopeFactory>());
        var slow = new TaskCompletionSource<string>();
        var started = 0;

        var first = await kept.GetWithinAsync(true, 1, _ => Task.FromResult("version 1"), TimeSpan.FromMinutes(1));
        var during = await kept.GetWithinAsync(true, 2, _ => { started++; return slow.Task; }, TimeSpan.FromMilliseconds(50));
        var newer = await kept.GetWithinAsync(true, 3, _ => { started++; return Task.FromResult("version 3"); }, TimeSpan.FromMilliseconds(50));
        slow.SetResult("version 2");
        var done = await kept.GetWithinAsync(true, 2, _ => Task.FromResult("not asked"), TimeSpan.FromMinutes(1));
        var next = await kept.GetWithinAsync(true, 3, _ => Task.FromResult("version 3"), TimeSpan.FromMinutes(1));

        Assert.Equal(("version 1", true), first);
        Assert.Equal(("version 1", false), during);
        Assert.Equal(("version 1", false), newer);
        Assert.Equal(1, started);
        Assert.Equal(("version 2", true), done);
        Assert.Equal(("version 3", true), next);
    }
}
