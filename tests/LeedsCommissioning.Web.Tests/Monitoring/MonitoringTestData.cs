using System.Security.Claims;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Features.Home;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Monitoring;

/// <summary>The demo's monitoring records the tests use: Live Well Leeds (led by the provider persona's Community Links) and its late Q2 2026/27 return.</summary>
internal static class MonitoringTestData
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static Task<int> LiveWellLeedsAsync(PortalFactory factory) =>
        factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == DemoMonitoring.LateReturnContract).Select(c => c.Id).SingleAsync());

    /// <summary>Live Well Leeds' Q2 2026/27 return: due 30 October 2026, not submitted.</summary>
    public static async Task<int> LateReturnAsync(PortalFactory factory)
    {
        var contract = await LiveWellLeedsAsync(factory);
        return await factory.WithDbAsync(db => db.QuarterlyReturns.Where(r => r.ContractId == contract && r.QuarterKey == 20262).Select(r => r.Id).SingleAsync());
    }

    /// <summary>A return of a contract Community Links does not lead (another provider's).</summary>
    public static async Task<int> AnotherProvidersReturnAsync(PortalFactory factory)
    {
        var communityLinks = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name == DemoData.LeadProviderName).Select(p => p.Id).SingleAsync());
        return await factory.WithDbAsync(db => db.QuarterlyReturns
            .Where(r => db.Contracts.Any(c => c.Id == r.ContractId && c.LeadProviderId != communityLinks && !c.Providers.Any(p => p.ProviderId == communityLinks)))
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
    }

    /// <summary>The form fields of a complete return: every measure's figure, every commitment's quantity, the reflection if the quarter has a theme.</summary>
    public static async Task<Dictionary<string, string>> CompleteAnswersAsync(PortalFactory factory, int returnId)
    {
        var r = await factory.WithDbAsync(db => db.QuarterlyReturns.AsNoTracking().Include(x => x.Actuals).Include(x => x.SocialValue).SingleAsync(x => x.Id == returnId));
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < r.Actuals.Count; i++)
        {
            fields[$"Actuals[{i}].OutcomeMeasureId"] = r.Actuals[i].OutcomeMeasureId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Actuals[{i}].Value"] = (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Actuals[{i}].Commentary"] = i == 0 ? "Referrals rose after the GP practices' campaign" : "";
        }

        for (var i = 0; i < r.SocialValue.Count; i++)
        {
            fields[$"SocialValue[{i}].ContractCommitmentId"] = r.SocialValue[i].ContractCommitmentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"SocialValue[{i}].Quantity"] = "2";
        }

        if (r.Theme is not null)
        {
            fields["ThemeReflection"] = "Our board met twice and agreed a new supervision policy.";
        }

        return fields;
    }

    public static async Task<WorkGroup?> WorkAsync<TSource>(PortalFactory factory, string email) where TSource : IWorkSource
    {
        using var scope = factory.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        ClaimsPrincipal principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        var source = scope.ServiceProvider.GetServices<IWorkSource>().OfType<TSource>().Single();
        return await source.ForAsync(new WorkFor(principal, user.Id, user.ProviderId, user.CommissioningOrganisationId, Today, PortalFactory.Now.UtcDateTime),
            CancellationToken.None);
    }

    public static Task<QuarterlyReturn> ReturnAsync(PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.QuarterlyReturns.AsNoTracking().Include(r => r.Review).ThenInclude(v => v!.Actions).SingleAsync(r => r.Id == id));
}
