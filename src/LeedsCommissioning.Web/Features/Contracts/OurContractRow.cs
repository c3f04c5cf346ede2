using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>One of the provider user's contracts, with their own part in it.</summary>
public sealed record OurContractRow(
    int Id, string Reference, string Title, ServiceArea ServiceArea, string? LeadProvider, ContractStatus Status,
    DateOnly CurrentEndDate, decimal AnnualValue, ProviderRole OurRole, decimal OurShare)
{
    /// <summary>"Our contracts" as a download: the list's columns, with the reference and the lead provider.</summary>
    public static ListExport<OurContractRow> Export { get; } = new ListExport<OurContractRow>("our-contracts", "Your contracts")
        .Text("Reference", r => r.Reference, 18)
        .Text("Contract", r => r.Title, 50)
        .Text("Service area", r => r.ServiceArea.ToDisplayName(), 26)
        .Text("Lead provider", r => r.LeadProvider, 40)
        .Text("Your part", r => r.OurRole.ToDisplayName(), 16)
        .Text("Status", r => r.Status.ToDisplayName(), 14)
        .Date("Ends", r => r.CurrentEndDate)
        .Money("Your annual share (£)", r => r.OurShare, 20);
}
