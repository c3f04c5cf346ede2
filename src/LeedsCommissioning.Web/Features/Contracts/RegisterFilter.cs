using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>The register's filters and sort as the query string carries them (one shape for the page and the downloads).</summary>
public sealed class RegisterFilter
{
    public string? Search { get; set; }

    public int? Organisation { get; set; }

    public ServiceArea? ServiceArea { get; set; }

    /// <summary>A provider's id: set by a link, or by the server once <see cref="ProviderName"/> names exactly one provider.</summary>
    public int? Provider { get; set; }

    /// <summary>
    /// What was typed in the provider box: a provider's name or part of it, matched by the server (so the filter works
    /// without JavaScript), with suggestions from /providers/suggestions when it does run (docs/patterns.md).
    /// </summary>
    public string? ProviderName { get; set; }

    public ContractStatus? Status { get; set; }

    /// <summary>A commissioning organisation's id, or a partner funder's name (e.g. "Wakefield Council").</summary>
    public string? Funder { get; set; }

    /// <summary>6, 12 or 18: contracts still running whose current end date is within that many months of today.</summary>
    public int? EndingWithin { get; set; }

    /// <summary>reference, title, end, value or local.</summary>
    public string? Sort { get; set; }

    /// <summary>asc or desc.</summary>
    public string? Direction { get; set; }

    public bool Descending => string.Equals(Direction, "desc", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The filters and sort as a query string ("?search=...&amp;status=Live"), without the page. The provider travels as
    /// its id (<paramref name="provider"/> replaces it), so a link never has to match a name again.
    /// </summary>
    public string ToQueryString(string? sort = null, string? direction = null, int? provider = null)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                parts.Add($"{name}={Uri.EscapeDataString(text)}");
            }
        }

        Add("search", Search?.Trim());
        Add("organisation", Organisation);
        Add("serviceArea", ServiceArea);
        Add("provider", provider ?? Provider);
        Add("status", Status);
        Add("funder", Funder);
        Add("endingWithin", EndingWithin);
        Add("sort", sort ?? Sort);
        Add("direction", direction ?? Direction);
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
