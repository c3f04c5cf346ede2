using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>Demo records the contracts tests use, read from the test's own database.</summary>
internal static class ContractTestData
{
    public const string LiveWellLeeds = "LCC-AH-2019-014";

    public static DateOnly Today => DateOnly.FromDateTime(PortalFactory.Now.UtcDateTime);

    public static Task<int> IdOfAsync(PortalFactory factory, string reference) =>
        factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());

    public static Task<int> ProviderIdAsync(PortalFactory factory, string name) =>
        factory.WithDbAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());

    /// <summary>Every contract with its providers, funding and extensions, to compute expectations independently of the screens.</summary>
    public static Task<List<Contract>> AllAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => db.Contracts.AsNoTracking().AsSplitQuery()
            .Include(c => c.Providers).ThenInclude(p => p.Provider).Include(c => c.Funding).Include(c => c.Extensions)
            .ToListAsync());

    /// <summary>A contract the lead provider's user (Community Links) takes no part in.</summary>
    public static async Task<int> NotOfTheLeadProviderAsync(PortalFactory factory)
    {
        var providerId = await ProviderIdAsync(factory, DemoData.LeadProviderName);
        return await factory.WithDbAsync(db => db.Contracts.Where(c => !c.Providers.Any(p => p.ProviderId == providerId))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
    }

    /// <summary>A running contract with a pending extension.</summary>
    public static async Task<(int Id, int Number, int Months, DateOnly CurrentEnd)> WithPendingExtensionAsync(PortalFactory factory)
    {
        var contract = (await AllAsync(factory))
            .Where(c => c.Status is ContractStatus.Live or ContractStatus.InExtension && c.Extensions.Any(e => e.Status == ExtensionStatus.Pending))
            .OrderBy(c => c.Id).First();
        var extension = contract.Extensions.Where(e => e.Status == ExtensionStatus.Pending).OrderBy(e => e.Number).First();
        return (contract.Id, extension.Number, extension.Months, contract.CurrentEndDate);
    }
}
