using LeedsCommissioning.Domain.Providers;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

public sealed record ProviderCqcRow(string Name, string CqcLocationId, CqcRating Rating, DateOnly? RatingDate);
