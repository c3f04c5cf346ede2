using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Data every installation needs, demo or not: the roles, the commissioning organisations
/// (domain.md sections 1 and 9) and Leeds' 33 electoral wards with their localities. Safe to run at every start: it only adds what is missing.
/// </summary>
public static class ReferenceData
{
    public static IReadOnlyList<CommissioningOrganisation> CommissioningOrganisations { get; } =
    [
        new("LCC-AH", "Leeds City Council: Adults and Health", CommissioningOrganisationKind.CouncilDirectorate),
        new("LCC-CF", "Leeds City Council: Children and Families", CommissioningOrganisationKind.CouncilDirectorate),
        new("LCC-PH", "Leeds City Council: Public Health", CommissioningOrganisationKind.CouncilDirectorate),
        new("LCC-CHE", "Leeds City Council: Communities, Housing and Environment", CommissioningOrganisationKind.CouncilDirectorate),
        new("NHS-LEEDS", "NHS (ICB Leeds place, formerly CCG)", CommissioningOrganisationKind.Nhs),
    ];

    public static async Task EnsureAsync(CommissioningDbContext db, RoleManager<IdentityRole> roles, CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var existing = await db.CommissioningOrganisations.Select(o => o.Code).ToListAsync(cancellationToken);
        foreach (var organisation in CommissioningOrganisations.Where(o => !existing.Contains(o.Code)))
        {
            db.CommissioningOrganisations.Add(new CommissioningOrganisation(organisation.Code, organisation.Name, organisation.Kind));
        }

        var wards = await db.Wards.Select(w => w.Name).ToListAsync(cancellationToken);
        db.Wards.AddRange(LeedsWards.All.Where(w => !wards.Contains(w.Name)).Select(w => new Ward(w.Name, w.Locality)));

        await db.SaveChangesAsync(cancellationToken);
        await SocialValueLibrary.EnsureAsync(db, cancellationToken);
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
