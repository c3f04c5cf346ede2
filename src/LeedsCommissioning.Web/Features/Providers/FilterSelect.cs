using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Providers;

/// <summary>A filter's drop-down on the directory's search form (plain GET, so no tag helper binding).</summary>
public sealed record FilterSelect(string Name, string Label, string? AnyText, IEnumerable<SelectListItem> Options, string? Hint = null);
