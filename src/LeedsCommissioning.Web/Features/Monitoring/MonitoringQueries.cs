using System.Security.Claims;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Monitoring;

/// <summary>Who may see which returns, and the reads the monitoring screens share.</summary>
public static class MonitoringQueries
{
    /// <summary>
    /// The contracts whose monitoring this person may see: every contract for staff; for a provider user only the contracts
    /// their organisation leads (a return is the lead provider's); none for anyone else. Use it wherever a return is read.
    /// </summary>
    public static IQueryable<Contract> MonitoredBy(this IQueryable<Contract> contracts, ClaimsPrincipal user)
    {
        if (user.ProviderId() is { } providerId && user.IsInRole(Roles.ProviderUser))
        {
            return contracts.Where(c => c.LeadProviderId == providerId);
        }

        return MonitorsEveryContract(user) ? contracts : contracts.Where(_ => false);
    }

    /// <summary>Whether <see cref="MonitoredBy"/> lets this person see every contract's monitoring (staff who are not a provider's users).</summary>
    public static bool MonitorsEveryContract(ClaimsPrincipal user) => !IsProvider(user) && ContractAccess.SeesEveryContract(user);

    /// <summary>The returns of <see cref="MonitoredBy"/>'s contracts.</summary>
    public static IQueryable<QuarterlyReturn> ReturnsVisibleTo(this CommissioningDbContext db, ClaimsPrincipal user) =>
        db.QuarterlyReturns.Where(r => db.Contracts.MonitoredBy(user).Any(c => c.Id == r.ContractId));

    /// <summary>Whether this person is a provider's user (who drafts and submits) rather than staff (who read and review).</summary>
    /// <summary>
    /// A contract's evidence (compliments, complaints, Healthwatch Leeds reports), newest first: the contract's monitoring
    /// tab, its plan page and the evidence's download read it here.
    /// </summary>
    public static Task<List<MonitoringEvidence>> EvidenceAsync(this CommissioningDbContext db, int contractId) =>
        db.MonitoringEvidence.AsNoTracking().Where(e => e.ContractId == contractId)
            .OrderByDescending(e => e.ReceivedOn).ThenByDescending(e => e.Id).ToListAsync();

    public static bool IsProvider(ClaimsPrincipal user) => user.ProviderId() is not null && user.IsInRole(Roles.ProviderUser);

    /// <summary>The governance tag class of a rating.</summary>
    public static string RagTagClass(Rag rating) => rating switch
    {
        Rag.Red => "govuk-tag--red",
        Rag.Amber => "govuk-tag--orange",
        _ => "govuk-tag--green",
    };

    public static string TimingTagClass(ReturnTiming timing) => timing switch
    {
        ReturnTiming.Late => "govuk-tag--red",
        ReturnTiming.DueSoon => "govuk-tag--yellow",
        ReturnTiming.SubmittedLate => "govuk-tag--orange",
        ReturnTiming.SubmittedOnTime => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };
}
