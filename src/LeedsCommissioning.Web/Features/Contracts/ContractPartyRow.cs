using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record ContractPartyRow(
    int ProviderId, string Name, ProviderRole Role, decimal? AnnualShare, SizeBand? SizeBand, bool IsLeedsBased,
    bool IsThirdSector, bool IsSmallAndLocal, bool IsViewer);
