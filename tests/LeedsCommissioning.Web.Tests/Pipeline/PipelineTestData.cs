using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Pipeline;

/// <summary>Contracts made for the pipeline's tests through the domain's own methods, each with its own commissioner to filter on.</summary>
internal static class PipelineTestData
{
    public const string Charity = "Leeds Mind";
    public const string NhsTrust = "Leeds Community Healthcare NHS Trust";

    public static DateOnly Today => DateOnly.FromDateTime(PortalFactory.Now.UtcDateTime);

    /// <summary>A live contract ending on <paramref name="end"/> led by <paramref name="lead"/>, optionally with a renewal plan.</summary>
    public static Task<int> ContractAsync(PortalFactory factory, string reference, DateOnly end, string lead, string commissioner,
        RenewalDecision? plan = null, string? commissionerUserId = null, string organisation = "LCC-AH", ServiceArea area = ServiceArea.SupportInTheCommunity) =>
        factory.WithDbAsync(async db =>
        {
            var organisationId = await db.CommissioningOrganisations.Where(o => o.Code == organisation).Select(o => o.Id).SingleAsync();
            var provider = await db.Providers.SingleAsync(p => p.Name == lead);
            var contract = new Contract(reference, "Pipeline test " + reference, area, organisationId, AgreementType.Contract,
                PaymentMechanism.Block, ContractAwardRoute.OpenTender, new DateOnly(2024, 4, 1), end, 100_000m);
            contract.AssignCommissioner(commissionerUserId, commissioner);
            contract.SetProviders([new ContractProviderLine(provider, ProviderRole.Lead)]);
            contract.SetFunding([FundingLine.FromOrganisation(organisationId, FundingStream.LccBudget, 100_000m)]);
            foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
            {
                contract.MoveTo(step);
            }

            db.Contracts.Add(contract);
            await db.SaveChangesAsync();
            if (plan is not null)
            {
                db.RenewalPlans.Add(new RenewalPlan(contract.Id, plan, Today, PortalFactory.Now.UtcDateTime));
                await db.SaveChangesAsync();
            }

            return contract.Id;
        });

    public static RenewalDecision Recommission(RenewalRoute route) =>
        new(RenewalIntention.Recommission, route, null, "Pipeline Owner", "Market engagement done.", null, Today.AddDays(-1));

    public static Task<string> UserIdAsync(PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<int> OrganisationIdAsync(PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.CommissioningOrganisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    /// <summary>The references the pipeline page lists, in page order.</summary>
    public static List<string> References(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("tr[data-contract]").Select(r => r.GetAttribute("data-contract")!).ToList();
}
