using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

public sealed record ProviderContactRow(string Name, string? Role, string? Email, string? Phone);
