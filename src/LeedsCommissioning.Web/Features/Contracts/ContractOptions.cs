using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Choices shared by the contracts screens (register filters, forms, import preview): each enum as a
/// select list or radios in the words a person reads, and the colour of each status tag. One place,
/// so the register, the editor and the import agree.
/// </summary>
public static class ContractOptions
{
    public static IReadOnlyList<SelectListItem> ServiceAreas(ServiceArea? selected = null) =>
        Items(Enum.GetValues<ServiceArea>(), v => v.ToDisplayName(), selected);

    public static IReadOnlyList<SelectListItem> Statuses(ContractStatus? selected = null) =>
        Items(Enum.GetValues<ContractStatus>(), v => v.ToDisplayName(), selected);

    public static IReadOnlyList<SelectListItem> AgreementTypes(AgreementType? selected = null) =>
        Items(Enum.GetValues<AgreementType>(), v => v.ToDisplayName(), selected);

    public static IReadOnlyList<SelectListItem> PaymentMechanisms(PaymentMechanism? selected = null) =>
        Items(Enum.GetValues<PaymentMechanism>(), v => v.ToDisplayName(), selected);

    public static IReadOnlyList<SelectListItem> ProcurementRoutes(ContractAwardRoute? selected = null) =>
        Items(Enum.GetValues<ContractAwardRoute>(), v => v.ToDisplayName(), selected);

    public static IReadOnlyList<SelectListItem> ProviderRoles(ProviderRole? selected = null) =>
        Items(Enum.GetValues<ProviderRole>(), v => v.ToDisplayName(), selected);

    public static IReadOnlyList<SelectListItem> FundingStreams(FundingStream? selected = null) =>
        Items(Enum.GetValues<FundingStream>(), v => v.ToDisplayName(), selected);

    public static IReadOnlyList<SelectListItem> DocumentKinds(DocumentKind? selected = null) =>
        Items(Enum.GetValues<DocumentKind>(), v => v.ToDisplayName(), selected);

    /// <summary>The register's "ending within" choices, in months.</summary>
    public static IReadOnlyList<int> EndingWithinMonths { get; } = [6, 12, 18];

    /// <summary>The GOV.UK tag colour for a status: planning grey/blue, delivering green, ending orange, over red/grey.</summary>
    public static string StatusTagClass(ContractStatus status) => status switch
    {
        ContractStatus.Planned => "govuk-tag--grey",
        ContractStatus.Procuring => "govuk-tag--light-blue",
        ContractStatus.Awarded => "govuk-tag--blue",
        ContractStatus.Mobilising => "govuk-tag--purple",
        ContractStatus.Live => "govuk-tag--green",
        ContractStatus.InExtension => "govuk-tag--turquoise",
        ContractStatus.Ending => "govuk-tag--orange",
        ContractStatus.Ended => "govuk-tag--grey",
        ContractStatus.Decommissioned => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    public static string ExtensionTagClass(ExtensionStatus status) => status switch
    {
        ExtensionStatus.Taken => "govuk-tag--green",
        ExtensionStatus.Declined => "govuk-tag--red",
        _ => "govuk-tag--yellow",
    };

    private static IReadOnlyList<SelectListItem> Items<TEnum>(IEnumerable<TEnum> values, Func<TEnum, string> text, TEnum? selected)
        where TEnum : struct, Enum =>
        values.Select(v => new SelectListItem(text(v), v.ToString(), selected is { } s && s.Equals(v))).ToList();
}
