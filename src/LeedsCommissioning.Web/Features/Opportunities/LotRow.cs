using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed record LotRow(int Id, int Number, string Title, string? Description, decimal AnnualValue, IReadOnlyList<Locality> Localities);
