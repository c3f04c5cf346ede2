using Microsoft.AspNetCore.Authorization;

namespace LeedsCommissioning.Web.Infrastructure;

public sealed record NavigationItem(string Text, string Href, string? Policy);
