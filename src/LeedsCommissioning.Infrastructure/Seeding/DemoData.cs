using System.Globalization;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Realistic Leeds demo data (domain.md section 8): the West Yorkshire partner funders, the providers
/// (<see cref="DemoProviders"/>), the register (<see cref="DemoContracts"/>) and one demo account per
/// role, all sharing one password. Deterministic: fixed dates, no randomness; a few saves, not one per row. Runs only when Database:SeedDemoData is true, and only into a database with no demo
/// accounts yet. The people are fictional.
/// </summary>
public static class DemoData
{
    public const string LeadProviderName = "Community Links (Northern) Ltd";
    public const string SmallProviderName = "Chapeltown Wellbeing Collective";

    /// <summary>
    /// The demo administrator's authenticator key (administrators must use two-factor authentication, issue 16). A
    /// published key is safe only for demo data: add it to an authenticator app, or print the current code with
    /// scripts/demo-code.sh (README.md, "Demo logins"). Real administrators set up their own at their first sign-in.
    /// </summary>
    public const string AdministratorAuthenticatorKey = "LEEDSDEMOADMINKEY234567ABCDEFGHI";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin@example.org", "Alex Morgan", "Portal administrator", Roles.Administrator, null, null),
        new("commissioner@example.org", "Priya Shah", "Commissioning manager, Adults and Health", Roles.CouncilCommissioner, "LCC-AH", null),
        new("ccg@example.org", "Tom Bennett", "Head of commissioning, NHS Leeds", Roles.CcgCommissioner, "NHS-LEEDS", null),
        new("procurement@example.org", "Grace Okafor", "Procurement officer, PACS", Roles.ProcurementOfficer, null, null),
        new("director@example.org", "Helen Carter", "Director of Adults and Health", Roles.DecisionMaker, "LCC-AH", null),
        new("provider@example.org", "Sam Wilson", "Contracts manager", Roles.ProviderUser, null, LeadProviderName),
        new("small.provider@example.org", "Aisha Begum", "Project coordinator", Roles.ProviderUser, null, SmallProviderName),
        new("evaluator@example.org", "Jordan Lee", "Service-user representative", Roles.Evaluator, null, null),
    ];

    /// <summary>Neighbouring funders of the West Yorkshire Appropriate Adult Service (domain.md section 8).</summary>
    public static IReadOnlyList<CommissioningOrganisation> PartnerOrganisations { get; } =
    [
        new("WY-BRADFORD", "City of Bradford Metropolitan District Council", CommissioningOrganisationKind.OtherPartner),
        new("WY-CALDERDALE", "Calderdale Council", CommissioningOrganisationKind.OtherPartner),
        new("WY-KIRKLEES", "Kirklees Council", CommissioningOrganisationKind.OtherPartner),
        new("WY-WAKEFIELD", "Wakefield Council", CommissioningOrganisationKind.OtherPartner),
        new("WY-PCC", "West Yorkshire Mayor: Policing and Crime (formerly the Police and Crime Commissioner)", CommissioningOrganisationKind.OtherPartner),
    ];

    public static async Task EnsureAsync(
        CommissioningDbContext db, UserManager<ApplicationUser> users, string password, TimeProvider clock,
        CancellationToken cancellationToken = default)
    {
        if (await users.Users.AnyAsync(u => u.Email == Accounts[0].Email, cancellationToken))
        {
            return;
        }

        await SeedPartnerOrganisationsAsync(db, cancellationToken);
        var providers = await SeedProvidersAsync(db, cancellationToken);

        var organisations = await db.CommissioningOrganisations.ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        var userIds = new Dictionary<string, string>();
        foreach (var account in Accounts)
        {
            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.Name,
                JobTitle = account.JobTitle,
                CommissioningOrganisationId = account.OrganisationCode is null ? null : organisations[account.OrganisationCode],
                ProviderId = account.ProviderName is null ? null : providers[account.ProviderName].Id,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };
            ReferenceData.Check(await users.CreateAsync(user, password));
            ReferenceData.Check(await users.AddToRoleAsync(user, account.Role));
            if (account.Role == Roles.Administrator)
            {
                // The store keeps the authenticator key as an Identity token (UserStoreBase's "[AspNetUserStore]" provider).
                ReferenceData.Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AdministratorAuthenticatorKey));
                ReferenceData.Check(await users.SetTwoFactorEnabledAsync(user, true));
            }

            userIds[account.Name] = user.Id;
        }

        await SeedContractsAsync(db, organisations, providers, userIds, cancellationToken);
        await WaiverDemoData.EnsureAsync(db, cancellationToken);
        await OpportunitiesDemoData.EnsureAsync(db, clock, cancellationToken);
        await DemoReminders.EnsureAsync(db, userIds, cancellationToken);
        await DemoRenewals.EnsureAsync(db, userIds, clock, cancellationToken);
        await DemoDecommissioning.EnsureAsync(db, cancellationToken);
        await DemoMonitoring.EnsureAsync(db, cancellationToken);
        await DemoPerformance.EnsureAsync(db, cancellationToken);
    }

    private static async Task SeedPartnerOrganisationsAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.CommissioningOrganisations.Select(o => o.Code).ToListAsync(cancellationToken);
        db.CommissioningOrganisations.AddRange(PartnerOrganisations.Where(o => !existing.Contains(o.Code))
            .Select(o => new CommissioningOrganisation(o.Code, o.Name, o.Kind)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds (or completes) every demo provider, then saves once.</summary>
    private static async Task<Dictionary<string, Provider>> SeedProvidersAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var wards = await db.Wards.ToListAsync(cancellationToken);
        var providers = await db.Providers.Include(p => p.Wards).AsSplitQuery().ToDictionaryAsync(p => p.Name, cancellationToken);
        for (var i = 0; i < DemoProviders.All.Count; i++)
        {
            var seed = DemoProviders.All[i];
            if (!providers.TryGetValue(seed.Name, out var provider))
            {
                provider = new Provider(seed.Name, seed.Type);
                providers[seed.Name] = provider;
                db.Providers.Add(provider);
            }

            provider.UpdateDetails(seed.Name, seed.Type, seed.Charity, seed.Company, seed.Income, 2025, seed.LeedsBased, seed.Description);
            provider.SetVetting(seed.Vetting, seed.VettingDate is null ? null : DateOnly.Parse(seed.VettingDate, CultureInfo.InvariantCulture));
            provider.SetWards(WardsFor(seed.Wards, wards));
            provider.SetCqcLocations(seed.Cqc.Select(c => new CqcLocation(c.Name, c.LocationId, c.Rating,
                c.Date is null ? null : DateOnly.Parse(c.Date, CultureInfo.InvariantCulture))));
            provider.SetContacts(DemoProviders.ContactsFor(i, seed.Type, seed.Income));
        }

        await db.SaveChangesAsync(cancellationToken);
        return providers;
    }

    private static IEnumerable<Ward> WardsFor(string spec, List<Ward> wards) => spec switch
    {
        "*" => wards,
        _ => spec.Split('|').SelectMany(token => token switch
        {
            "NE" => wards.Where(w => w.Locality == Locality.NorthEast),
            "SE" => wards.Where(w => w.Locality == Locality.SouthEast),
            "WNW" => wards.Where(w => w.Locality == Locality.WestNorthWest),
            _ => [wards.Single(w => w.Name == token)],
        }),
    };

    /// <summary>Builds every demo contract through the domain's methods, then saves once.</summary>
    private static async Task SeedContractsAsync(
        CommissioningDbContext db, Dictionary<string, int> organisations, Dictionary<string, Provider> providers,
        Dictionary<string, string> userIds, CancellationToken cancellationToken)
    {
        var existing = await db.Contracts.Select(c => c.Reference).ToListAsync(cancellationToken);
        db.Contracts.AddRange(DemoContracts.All()
            .Where(spec => !existing.Contains(spec.Reference))
            .Select(spec => spec.Build(organisations, providers, userIds)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
