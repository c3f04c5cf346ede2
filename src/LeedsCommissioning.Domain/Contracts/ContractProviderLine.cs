using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>One provider row as a form posts it. The lead's <paramref name="AnnualShare"/> is ignored (see <see cref="ContractProvider"/>).</summary>
public sealed record ContractProviderLine(Provider Provider, ProviderRole Role, decimal AnnualShare = 0m);
