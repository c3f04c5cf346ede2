using LeedsCommissioning.Web.Features.OpenData;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Tests.OpenData;

/// <summary>
/// A page of the export reads only the stretches of time its releases are dated in (OcdsReleases.ProcessesAsync;
/// docs/benchmarks.md): on the demo data, short stretches give every process, its date and its order exactly as reading the
/// whole register in one stretch does, and every page's since, after and until keep the same processes.
/// </summary>
public sealed class Dating_the_releases_a_stretch_of_time_at_a_time(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task short_stretches_give_the_same_processes_dates_and_order_as_the_whole_register_read_at_once()
    {
        await factory.WithDbAsync(async db =>
        {
            var options = Options.Create(new OpenDataOptions());
            var atOnce = new OcdsReleases(db, factory.Clock, options) { FirstWindow = TimeSpan.FromDays(365_000) };
            var inStretches = new OcdsReleases(db, factory.Clock, options) { FirstWindow = TimeSpan.FromSeconds(1) };

            var whole = await ListAsync(atOnce.ProcessesAsync());

            Assert.Contains(whole, p => p.OpportunityId is not null);
            Assert.Contains(whole, p => p.ContractId is not null);
            Assert.True(whole.Select(p => p.Date).Distinct().Count() >= 3, "the demo's releases have fewer than three dates");
            Assert.Equal(whole.OrderBy(p => p.Date).ThenBy(p => p.Ocid, StringComparer.Ordinal), whole);
            Assert.Equal(whole, await ListAsync(inStretches.ProcessesAsync()));
            foreach (var date in whole.Select(p => p.Date).Distinct())
            {
                Assert.Equal(whole.Where(p => p.Date >= date), await ListAsync(inStretches.ProcessesAsync(date)));
                Assert.Equal(whole.Where(p => p.Date < date), await ListAsync(inStretches.ProcessesAsync(until: date)));
            }

            // A next link's since and after: the last release of a page, often one of several with the same date.
            for (var i = 0; i < whole.Count; i += 4)
            {
                Assert.Equal(whole.Skip(i + 1), await ListAsync(inStretches.ProcessesAsync(whole[i].Date, whole[i].Ocid)));
            }

            return true;
        });
    }

    private static async Task<List<OcdsProcess>> ListAsync(IAsyncEnumerable<OcdsProcess> processes)
    {
        var list = new List<OcdsProcess>();
        await foreach (var process in processes)
        {
            list.Add(process);
        }

        return list;
    }
}
