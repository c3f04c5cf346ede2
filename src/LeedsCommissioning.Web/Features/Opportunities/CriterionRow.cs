using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed record CriterionRow(int Id, string Name, CharterPrinciple Principle, string Unit, string? Description);
