using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>Select lists of the contract enums, in declaration order, labelled with their display names.</summary>
public static class ContractOptions
{
    public static IEnumerable<SelectListItem> ServiceAreas() => Items<ServiceArea>(v => v.ToDisplayName());

    public static IEnumerable<SelectListItem> AgreementTypes() => Items<AgreementType>(v => v.ToDisplayName());

    public static IEnumerable<SelectListItem> PaymentMechanisms() => Items<PaymentMechanism>(v => v.ToDisplayName());

    public static IEnumerable<SelectListItem> ProcurementRoutes() => Items<ProcurementRoute>(v => v.ToDisplayName());

    public static IEnumerable<SelectListItem> ProviderRoles() => Items<ProviderRole>(v => v.ToDisplayName());

    public static IEnumerable<SelectListItem> FundingStreams() => Items<FundingStream>(v => v.ToDisplayName());

    public static IEnumerable<SelectListItem> Statuses() => Items<ContractStatus>(v => v.ToDisplayName());

    private static IEnumerable<SelectListItem> Items<TEnum>(Func<TEnum, string> name)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(name(v), v.ToString()));
}
