using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Demo data for reminders (issue 14): a grant of the demo council commissioner (Priya Shah, commissioner@example.org)
/// whose optional extension is to be decided by 18 December 2026, so the scheduled reminders job reminds her the first
/// time it runs (on her home page, and by e-mail to the pickup folder in Development). Illustrative, not from the sources;
/// the decision is nine months before the end, within the Compact's six months (domain.md section 5).
/// </summary>
public static class DemoReminders
{
    public const string Reference = "LCC-AH-2024-019";

    public static async Task EnsureAsync(CommissioningDbContext db, IReadOnlyDictionary<string, string> userIds, CancellationToken cancellationToken)
    {
        if (await db.Contracts.AnyAsync(c => c.Reference == Reference, cancellationToken))
        {
            return;
        }

        var council = await db.CommissioningOrganisations.Where(o => o.Code == "LCC-AH").Select(o => o.Id).SingleAsync(cancellationToken);
        var forum = await db.Providers.SingleAsync(p => p.Name == "Leeds Older People's Forum", cancellationToken);
        var contract = new Contract(Reference, "Older people's neighbourhood forums", ServiceArea.UniversalPreventionAndEarlyIntervention, council,
            AgreementType.Grant, PaymentMechanism.Block, ContractAwardRoute.GrantRound, new DateOnly(2024, 10, 1), new DateOnly(2027, 9, 30), 85_000m);
        contract.UpdateSummary(Reference, "Older people's neighbourhood forums", "Forums in each locality where older people raise what matters to them.",
            ServiceArea.UniversalPreventionAndEarlyIntervention, council, AgreementType.Grant, PaymentMechanism.Block, ContractAwardRoute.GrantRound);
        contract.AssignCommissioner(userIds.GetValueOrDefault("Priya Shah"), "Priya Shah");
        contract.SetProviders([new ContractProviderLine(forum, ProviderRole.Lead)]);
        contract.SetFunding([FundingLine.FromOrganisation(council, FundingStream.LccBudget, 85_000m)]);
        foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
        {
            contract.MoveTo(step);
        }

        contract.AddExtension(12, new DateOnly(2026, 12, 18));
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(cancellationToken);
    }
}
