using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>The pipeline's filters as the query string carries them (one shape for the page and the downloads).</summary>
public sealed class PipelineFilter
{
    /// <summary>A commissioning organisation's id.</summary>
    public int? Organisation { get; set; }

    public ServiceArea? ServiceArea { get; set; }

    /// <summary>The responsible commissioner's name (commissioners without an account have a name only).</summary>
    public string? Commissioner { get; set; }

    public bool IsFiltered => Organisation is not null || ServiceArea is not null || !string.IsNullOrWhiteSpace(Commissioner);

    /// <summary>"?organisation=3&amp;serviceArea=SupportInTheCommunity", or "" when nothing is filtered.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Organisation is { } o)
        {
            parts.Add("organisation=" + o.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (ServiceArea is { } a)
        {
            parts.Add("serviceArea=" + a);
        }

        if (!string.IsNullOrWhiteSpace(Commissioner))
        {
            parts.Add("commissioner=" + Uri.EscapeDataString(Commissioner.Trim()));
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
