using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// "Change providers" (issue 19): the parties delivering the contract, one lead with any partners and subcontractors
/// and their annual shares. Repeating rows work without JavaScript: blank rows are ignored, "Add another provider" posts back.
/// </summary>
public sealed class ChangeProvidersViewModel
{
    public int Version { get; set; }

    public long OpenedAtTicks { get; set; }

    public List<ProviderRow> Providers { get; set; } = [];

    /// <summary>"provider" when "Add another provider" was pressed.</summary>
    public string? Add { get; set; }

    // Shown, never bound.
    public ContractHeading Contract { get; set; } = new(0, "", "");

    public decimal AnnualValue { get; set; }

    public IReadOnlyList<SelectListItem> ProviderOptions { get; set; } = [];

    /// <summary>The lead's share as the entity will derive it: the annual value less partners' and subcontractors' shares.</summary>
    public string? LeadShareText
    {
        get
        {
            var others = Providers.Where(p => !p.IsBlank && p.Role is not null and not ProviderRole.Lead)
                .Select(p => MoneyText.Parse(p.AnnualShare)).ToList();
            return others.Any(o => o is null) ? null : Money.Text(AnnualValue - others.Sum(o => o!.Value));
        }
    }

    public static ChangeProvidersViewModel From(Contract c, DateTime now) => new()
    {
        Version = c.Version,
        OpenedAtTicks = now.Ticks,
        Providers = c.Providers.OrderBy(p => p.Role).ThenBy(p => p.Provider.Name).Select(p => new ProviderRow
        {
            ProviderId = p.ProviderId,
            Role = p.Role,
            AnnualShare = p.Role == ProviderRole.Lead ? null : ContractChoices.MoneyValue(p.AnnualShare),
        }).ToList(),
    };

    /// <summary>Ends the rows with a blank one, and 3 more when "Add another provider" was pressed.</summary>
    public void PadRows()
    {
        var count = Math.Max(0, 1 - Providers.Count(p => p.IsBlank)) + (Add == "provider" ? 3 : 0);
        for (var i = 0; i < count; i++)
        {
            Providers.Add(new ProviderRow());
        }
    }
}
