using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Web.Features.Providers;

public sealed record ProviderSummary(
    int Id, string Name, ProviderType Type, string? CharityNumber, string? CompanyNumber, decimal? AnnualIncome, int? IncomeYear,
    SizeBand? SizeBand, bool IsLeedsBased, VettingStatus VettingStatus, DateOnly? VettingStatusDate, IReadOnlyList<string> Wards);
