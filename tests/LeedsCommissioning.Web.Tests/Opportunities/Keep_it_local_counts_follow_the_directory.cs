using System.Net;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// The Keep it Local panel counts the registered local providers who could bid for each lot (domain.md section 3). The
/// portal keeps what the count needs per version of the register's data (KeepItLocalFigures), so a change to a provider
/// or to the wards it works in, made by anyone (here straight in the database, as a data load or another instance of the
/// portal would), shows in the count at once.
/// </summary>
public sealed class Keep_it_local_counts_follow_the_directory(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_local_provider_that_starts_working_in_the_lots_locality_is_counted_at_once()
    {
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var created = await officer.PostFormAsync("/procurement/opportunities/new", "/procurement/opportunities/new", Drafting_and_publishing.Draft("Befriending in the north east"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var overview = created.Headers.Location!.OriginalString;
        var id = int.Parse(overview.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        await officer.PostFormAsync($"/procurement/opportunities/{id}/lots/new", $"/procurement/opportunities/{id}/lots/new",
            new() { ["Title"] = "Befriending, north east", ["AnnualValue"] = "20000", ["Localities"] = "NorthEast" });
        var before = await CountAsync(officer, overview);

        // A local charity with income enough for the lot, working nowhere in the north east yet.
        var (providerId, wardId) = await factory.WithDbAsync(async db =>
        {
            var northEast = await db.Wards.Where(w => w.Locality == Locality.NorthEast).Select(w => w.Id).FirstAsync();
            var provider = await db.Providers
                .Where(p => p.IsLeedsBased && p.Type == ProviderType.RegisteredCharity && p.AnnualIncome != null)
                .Where(p => !p.Wards.Any(w => w.Locality == Locality.NorthEast))
                .OrderBy(p => p.Id).Select(p => new { p.Id, p.AnnualIncome }).FirstAsync();
            Assert.True(provider.AnnualIncome >= 20_000m, "the demo data needs a local charity with income of at least £20,000 outside the north east");
            return (provider.Id, northEast);
        });
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"INSERT INTO \"ProviderWards\" (\"ProviderId\", \"WardId\") VALUES ({providerId}, {wardId})"));

        Assert.Equal(before + 1, await CountAsync(officer, overview));
    }

    private static async Task<int> CountAsync(PortalClient client, string overview)
    {
        var page = await client.GetDocumentAsync(overview);
        var table = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Contains("local providers could bid", StringComparison.Ordinal) == true);
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Befriending, north east", StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td");
        return int.Parse(cells[^1].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
