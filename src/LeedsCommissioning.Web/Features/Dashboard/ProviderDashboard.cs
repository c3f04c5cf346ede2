using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>One of a provider's own contracts on its dashboard: its part in it and when it ends.</summary>
public sealed record ProviderContractRow(
    int Id, string Reference, string Title, ContractStatus Status, ProviderRole Role, decimal OurShare, DateOnly CurrentEndDate);

/// <summary>A quarterly return still in draft for a contract the provider leads, and when it is due; it links to the return's page.</summary>
public sealed record ReturnDue(int ReturnId, int ContractId, string ContractTitle, FinancialQuarter Quarter, DateOnly DueOn, bool Late);

/// <summary>The commissioner's feedback on one of the provider's returns, with the rating.</summary>
public sealed record ReturnFeedback(int ReturnId, int ContractId, string ContractTitle, FinancialQuarter Quarter, Rag Rating, string Feedback, DateTime ReviewedAtUtc);

/// <summary>A provider user's own dashboard (<c>/your-dashboard</c>): only its organisation's contracts, returns and feedback.</summary>
public sealed record ProviderDashboardModel(string ProviderName, DateOnly Today, IReadOnlyList<ProviderContractRow> Contracts)
{
    /// <summary>Returns in draft for the contracts it leads (the lead provider reports for the contract), soonest due first.</summary>
    public IReadOnlyList<ReturnDue> ReturnsDue { get; init; } = [];

    /// <summary>The latest reviews of those returns, newest first.</summary>
    public IReadOnlyList<ReturnFeedback> Feedback { get; init; } = [];

    /// <summary>Contracts being delivered now (live, in extension or ending).</summary>
    public IReadOnlyList<ProviderContractRow> Delivering => Contracts.Where(c => ContractLifecycle.IsDelivering(c.Status)).ToList();

    /// <summary>What the organisation receives a year from the contracts it is delivering.</summary>
    public decimal DeliveringShare => Delivering.Sum(c => c.OurShare);

    /// <summary>The first of its running contracts to end.</summary>
    public ProviderContractRow? NextToEnd => Contracts.Where(c => !ContractLifecycle.IsFinal(c.Status) && c.CurrentEndDate >= Today)
        .OrderBy(c => c.CurrentEndDate).FirstOrDefault();
}
