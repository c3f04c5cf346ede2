using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>A provider the register's provider box could mean.</summary>
public sealed record ProviderChoice(int Id, string Name);

/// <summary>What the provider box came to: nothing to say, or a problem and the providers it could mean.</summary>
public sealed record ProviderChoiceOutcome(string? Problem, IReadOnlyList<ProviderChoice> Candidates, bool MoreCandidates);

/// <summary>
/// The register's provider filter without a list of every provider (docs/patterns.md, "A filter that scales"): the
/// server turns what was typed into one provider, or says why it cannot. A name typed in full (any case) is that
/// provider; otherwise the providers whose name contains the text: one is chosen, none or several is a problem to
/// show, with the candidates to choose from.
/// </summary>
public static class ProviderChoices
{
    /// <summary>How many candidates an ambiguous name lists.</summary>
    public const int Shown = 10;

    /// <summary>Sets <see cref="RegisterFilter.Provider"/> (and the full name in the box) when the typed name names one provider.</summary>
    public static async Task<ProviderChoiceOutcome> ResolveAsync(CommissioningDbContext db, RegisterFilter filter)
    {
        var typed = filter.ProviderName?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            // A link carries the id: show its name in the box.
            filter.ProviderName = filter.Provider is { } id
                ? await db.Providers.Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync()
                : null;
            return new ProviderChoiceOutcome(null, [], false);
        }

        var lower = typed.ToLowerInvariant();
        var exact = await db.Providers.AsNoTracking().Where(p => p.Name.ToLower() == lower)
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => new ProviderChoice(p.Id, p.Name)).Take(Shown + 1).ToListAsync();
        var candidates = exact.Count > 0 ? exact : await ContainingAsync(db, typed, Shown + 1);
        if (candidates.Count == 1)
        {
            filter.Provider = candidates[0].Id;
            filter.ProviderName = candidates[0].Name;
            return new ProviderChoiceOutcome(null, [], false);
        }

        filter.Provider = null;
        filter.ProviderName = typed;
        return candidates.Count == 0
            ? new ProviderChoiceOutcome($"No provider’s name contains ‘{typed}’. Check the spelling, or enter part of the name", [], false)
            : new ProviderChoiceOutcome($"More than one provider’s name contains ‘{typed}’. Choose a provider from the list, or enter more of the name",
                candidates.Take(Shown).ToList(), candidates.Count > Shown);
    }

    /// <summary>Providers whose name contains <paramref name="text"/> in any case, those starting with it first, then by name.</summary>
    public static async Task<List<ProviderChoice>> ContainingAsync(CommissioningDbContext db, string text, int take)
    {
        var lower = text.Trim().ToLowerInvariant();
        var pattern = "%" + ContractQueries.EscapeLike(lower) + "%";
        var starts = ContractQueries.EscapeLike(lower) + "%";
        return await db.Providers.AsNoTracking()
            .Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, "\\"))
            .OrderBy(p => EF.Functions.Like(p.Name.ToLower(), starts, "\\") ? 0 : 1).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new ProviderChoice(p.Id, p.Name)).Take(take).ToListAsync();
    }
}
