using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// The reads behind the contract's pages: each page reads only what it shows (docs/benchmarks.md, "What was changed:
/// the contract page and the public list"). The contract's own facts, its commissioning organisation, lead provider
/// and the two sums the pages show (funding in total, the Keep it Local amount) come in one projected query; the page's
/// list (funding lines, extensions, providers or documents) in a second. The aggregate's own rules answer the
/// questions on the projected values (<see cref="Contract.IsShortOfRequiredShare"/>, <see cref="FundingRule.Balances"/>,
/// <see cref="Contract.CompactNoticeDateFor"/>, <see cref="ContractLifecycle.Transitions"/>), so the answers are the
/// entity's.
/// </summary>
public static class ContractPageReads
{
    /// <summary>
    /// The contract's facts, the name of its commissioning organisation and of its lead provider (its renewal line not
    /// read: <see cref="ContractPageFacts.Renewal"/> is null); null when there is no such contract.
    /// </summary>
    public static async Task<ContractPageFacts?> FactsAsync(
        CommissioningDbContext db, IQueryable<Contract> visible, int id)
    {
        var smallAndLocal = ContractQueries.PartIsSmallAndLocal;
        var row = await visible.AsNoTracking().Where(c => c.Id == id).Select(c => new
        {
            c.Id, c.Version, c.Reference, c.Title, c.Description, c.Status, c.ServiceArea, c.ResponsibleCommissionerName,
            c.AgreementType, c.PaymentMechanism, c.ProcurementRoute, c.CprWaiverId, c.AnnualValue, c.WholeLifeValue,
            c.MaximumWholeLifeValue, c.StartDate, c.InitialEndDate, c.CurrentEndDate, c.MaximumEndDate, c.SmallLocalShare,
            c.RequiredSmallShare, c.LeadProviderIsThirdSector, c.HasThirdSectorProvider, c.OpportunityId,
            Commitments = c.Commitments.OrderBy(x => x.Id).Select(x => new CommitmentRow(x.Criterion, x.Quantity, x.Unit)).ToList(),
            Organisation = db.CommissioningOrganisations.Where(o => o.Id == c.CommissioningOrganisationId).Select(o => o.Name).First(),
            // SetProviders allows exactly one lead when there are providers.
            LeadProvider = c.Providers.Where(p => p.Role == ProviderRole.Lead).Select(p => p.Provider.Name).FirstOrDefault(),
            FundingTotal = c.Funding.Sum(f => f.AnnualAmount),
            SmallLocalAmount = c.Providers.AsQueryable().Where(smallAndLocal).Sum(p => p.AnnualShare),
        }).SingleOrDefaultAsync();
        if (row is null)
        {
            return null;
        }

        var facts = new ContractFacts
        {
            Id = row.Id, Version = row.Version, Reference = row.Reference, Title = row.Title, Description = row.Description,
            Status = row.Status, NextStatuses = ContractLifecycle.Transitions[row.Status], ServiceArea = row.ServiceArea,
            ResponsibleCommissionerName = row.ResponsibleCommissionerName, AgreementType = row.AgreementType,
            PaymentMechanism = row.PaymentMechanism, ProcurementRoute = row.ProcurementRoute, CprWaiverId = row.CprWaiverId,
            AnnualValue = row.AnnualValue, WholeLifeValue = row.WholeLifeValue, MaximumWholeLifeValue = row.MaximumWholeLifeValue,
            StartDate = row.StartDate, InitialEndDate = row.InitialEndDate, CurrentEndDate = row.CurrentEndDate, MaximumEndDate = row.MaximumEndDate,
            FundingTotal = row.FundingTotal, FundingBalances = FundingRule.Balances(row.FundingTotal, row.AnnualValue),
            SmallLocalShare = row.SmallLocalShare, SmallLocalAmount = row.SmallLocalAmount,
            RequiredSmallShare = row.RequiredSmallShare,
            FallsShortOfRequiredSmallShare = Contract.IsShortOfRequiredShare(row.SmallLocalShare, row.RequiredSmallShare),
            LeadProviderIsThirdSector = row.LeadProviderIsThirdSector,
            HasThirdSectorProvider = row.HasThirdSectorProvider,
            CompactNoticeDate = Contract.CompactNoticeDateFor(row.HasThirdSectorProvider, row.CurrentEndDate),
            OpportunityId = row.OpportunityId,
            Commitments = row.Commitments,
        };
        return new ContractPageFacts(facts, row.Organisation, row.LeadProvider, null);
    }

    /// <summary>The funding lines, largest first (ordered here: SQLite cannot order by a decimal).</summary>
    public static async Task<IReadOnlyList<FundingSummaryRow>> FundingAsync(CommissioningDbContext db, int contractId) =>
        (await db.FundingContributions.AsNoTracking().Where(f => f.ContractId == contractId)
            .Select(f => new FundingSummaryRow(f.FunderOrganisation != null ? f.FunderOrganisation.Name : f.PartnerName ?? "", f.Stream, f.AnnualAmount))
            .ToListAsync())
        .OrderByDescending(f => f.AnnualAmount).ToList();

    /// <summary>The optional extensions, as the aggregate holds them.</summary>
    public static async Task<IReadOnlyList<ContractExtension>> ExtensionsAsync(CommissioningDbContext db, int contractId) =>
        await db.ContractExtensions.AsNoTracking().Where(e => e.ContractId == contractId).ToListAsync();

    /// <summary>The providers, lead first, then by share and name; another provider's share is hidden from a provider user.</summary>
    public static async Task<IReadOnlyList<ContractPartyRow>> PartiesAsync(CommissioningDbContext db, int contractId, int? viewerProviderId)
    {
        var parts = await db.ContractProviders.AsNoTracking().Where(p => p.ContractId == contractId)
            .Select(p => new { p.ProviderId, p.Provider.Name, p.Role, p.AnnualShare, p.Provider.SizeBand, p.Provider.IsLeedsBased, p.Provider.IsThirdSector })
            .ToListAsync();
        return parts.OrderBy(p => p.Role).ThenByDescending(p => p.AnnualShare).ThenBy(p => p.Name)
            .Select(p => new ContractPartyRow(
                p.ProviderId, p.Name, p.Role,
                viewerProviderId is null || viewerProviderId == p.ProviderId ? p.AnnualShare : null,
                p.SizeBand, p.IsLeedsBased, p.IsThirdSector, SizeBands.IsSmallAndLocal(p.IsLeedsBased, p.SizeBand),
                viewerProviderId == p.ProviderId))
            .ToList();
    }

    /// <summary>The documents' details (never their content), newest first.</summary>
    public static async Task<IReadOnlyList<DocumentRow>> DocumentsAsync(CommissioningDbContext db, int contractId) =>
        await db.ContractDocuments.AsNoTracking().Where(d => d.ContractId == contractId)
            .OrderByDescending(d => d.UploadedAtUtc).ThenBy(d => d.Id)
            .Select(d => new DocumentRow(d.Id, d.Kind, d.FileName, d.SizeBytes, d.UploadedByName, d.UploadedAtUtc))
            .ToListAsync();
}

/// <summary>
/// What a contract's page shows of the contract whatever the section: its facts, the names of its commissioning
/// organisation and lead provider, and for staff its row of the renewals pipeline (null when it is not in it).
/// </summary>
public sealed record ContractPageFacts(ContractFacts Facts, string Organisation, string? LeadProvider, Pipeline.PipelineRow? Renewal);
