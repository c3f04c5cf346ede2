using System.Globalization;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// The staff the load signs in as: 40 commissioners and 10 procurement officers, made through the portal's own
/// Identity UserManager (a real password hash, the demo password), on top of the demo accounts. Every generated
/// provider also has a user, bench-provider-{provider id}@example.org, with the same password.
/// </summary>
public static class BenchAccounts
{
    public static IReadOnlyList<BenchAccount> Staff { get; } =
    [
        .. Enumerable.Range(1, 40).Select(n => new BenchAccount(string.Create(CultureInfo.InvariantCulture, $"bench-commissioner-{n:D2}@example.org"),
            n % 4 == 0 ? Roles.CcgCommissioner : Roles.CouncilCommissioner)),
        .. Enumerable.Range(1, 10).Select(n => new BenchAccount(string.Create(CultureInfo.InvariantCulture, $"bench-procurement-{n:D2}@example.org"),
            Roles.ProcurementOfficer)),
    ];

    /// <summary>The bench staff, then the demo accounts (which the app's demo data makes).</summary>
    public static IReadOnlyList<BenchAccount> All { get; } =
        [.. Staff, .. DemoData.Accounts.Select(a => new BenchAccount(a.Email, a.Role))];

    public static async Task CreateAsync(IServiceProvider services, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        var organisations = await db.CommissioningOrganisations.ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        var n = 0;
        foreach (var account in Staff)
        {
            n++;
            var (organisation, title) = account.Role switch
            {
                Roles.CcgCommissioner => ("NHS-LEEDS", "Commissioning manager, NHS Leeds"),
                Roles.CouncilCommissioner => (new[] { "LCC-AH", "LCC-AH", "LCC-CF", "LCC-PH", "LCC-CHE" }[n % 5], "Commissioning officer"),
                _ => ((string?)null, "Procurement officer, PACS"),
            };
            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = string.Create(CultureInfo.InvariantCulture, $"{FirstNames[n % FirstNames.Length]} {Surnames[n * 7 % Surnames.Length]}"),
                JobTitle = title,
                CommissioningOrganisationId = organisation is null ? null : organisations[organisation],
                CreatedAtUtc = nowUtc,
                LockoutEnabled = true,
            };
            Check(await users.CreateAsync(user, Portal.DemoPassword), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
        }
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static readonly string[] FirstNames = ["Amira", "Ben", "Chloe", "Dev", "Ellie", "Farah", "George", "Hannah", "Imran", "Jess", "Kwame", "Laura", "Mo"];

    private static readonly string[] Surnames = ["Ahmed", "Brook", "Clarke", "Dixon", "Evans", "Fletcher", "Gill", "Holmes", "Ingram", "Jackson", "Khan", "Lowe", "Mitchell", "Naylor", "Osei", "Parkin", "Rahman"];
}
