using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Realistic Leeds demo data (domain.md section 8) and one demo account per role, all sharing one
/// password. Runs only when Database:SeedDemoData is true, and only into a database with no demo
/// accounts yet. The people are fictional.
/// </summary>
public static class DemoData
{
    public const string LeadProviderName = "Community Links (Northern) Ltd";
    public const string SmallProviderName = "Chapeltown Wellbeing Collective";

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

    public static async Task EnsureAsync(
        CommissioningDbContext db, UserManager<ApplicationUser> users, string password, TimeProvider clock,
        CancellationToken cancellationToken = default)
    {
        if (await users.Users.AnyAsync(u => u.Email == Accounts[0].Email, cancellationToken))
        {
            return;
        }

        await SeedProvidersAsync(db, cancellationToken);

        var organisations = await db.CommissioningOrganisations.ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        var providers = await db.Providers.ToDictionaryAsync(p => p.Name, p => p.Id, cancellationToken);
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
                ProviderId = account.ProviderName is null ? null : providers[account.ProviderName],
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                LockoutEnabled = true,
            };
            ReferenceData.Check(await users.CreateAsync(user, password));
            ReferenceData.Check(await users.AddToRoleAsync(user, account.Role));
        }

        await OpportunitiesDemoData.EnsureAsync(db, clock, cancellationToken);
    }

    private static async Task SeedProvidersAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        var names = new[]
        {
            LeadProviderName,
            SmallProviderName,
            "Leeds Mind",
            "Touchstone",
            "Barca-Leeds",
            "Carers Leeds",
            "Forward Leeds",
            "Leeds Older People's Forum",
        };
        var existing = await db.Providers.Select(p => p.Name).ToListAsync(cancellationToken);
        db.Providers.AddRange(names.Where(n => !existing.Contains(n)).Select(n => new Provider(n)));
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record DemoAccount(string Email, string Name, string JobTitle, string Role, string? OrganisationCode, string? ProviderName);
