using LeedsCommissioning.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

public sealed record ProviderWard(string Name, Locality Locality);
