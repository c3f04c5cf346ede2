using System.Globalization;
using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Baselines;

public sealed record RegisterRow(
    int Id, string Reference, string Title, string? LeadProvider, ContractStatus Status, DateOnly CurrentEndDate,
    decimal AnnualValue, decimal SmallLocalShare, decimal? RequiredSmallShare);

public sealed record RegisterPage(string? Search, string? Status, int Count, IReadOnlyList<RegisterRow> Rows)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public int PageCount => Math.Max(1, (Count + RegisterController.PageSize - 1) / RegisterController.PageSize);

    public static string Money(decimal pounds) => pounds.ToString("C0", Uk);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Uk);

    public static string TagClass(ContractStatus status) => status switch
    {
        ContractStatus.Live => "govuk-tag--green",
        ContractStatus.InExtension => "govuk-tag--turquoise",
        ContractStatus.Ending => "govuk-tag--orange",
        ContractStatus.Decommissioned => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };
}

/// <summary>Fifty plausible rows and a count, made once: the render-only baseline reads nothing per request.</summary>
public sealed class InMemoryRegister(int contracts)
{
    private readonly IReadOnlyList<RegisterRow> rows = Enumerable.Range(1, RegisterController.PageSize)
        .Select(i => new RegisterRow(i, $"LCC-AH-2024-{i:000}", $"Community care and support service {i}", $"Leeds Community Care Partnership {i}",
            ContractStatus.Live, new DateOnly(2027, 3, 31).AddDays(i * 7), 125_000m + (i * 1_000m), 12.5m, i % 3 == 0 ? 25m : null))
        .ToList();

    public RegisterPage Page(string? search, string? status) => new(search, status, contracts / 10, rows);
}
