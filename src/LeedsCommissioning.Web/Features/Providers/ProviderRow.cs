using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Web.Features.Providers;

public sealed record ProviderRow(
    int Id, string Name, ProviderType Type, SizeBand? SizeBand, decimal? AnnualIncome, bool IsLeedsBased,
    VettingStatus VettingStatus, decimal TotalAnnualValue);
