using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Providers;

public sealed record ProviderUserRow(string Name, string Email);
