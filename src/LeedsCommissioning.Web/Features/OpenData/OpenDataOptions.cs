namespace LeedsCommissioning.Web.Features.OpenData;

/// <summary>
/// The "OpenData" section: the OCDS prefix every <c>ocid</c> starts with and the page size of /ocds/releases and
/// /ocds/records (docs/open-data.md).
/// </summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    /// <summary>
    /// "ocds-" and six letters or digits, registered with the Open Contracting Partnership. The seeded "ocds-lcdemo"
    /// is fictional: a real publisher registers its own before publishing.
    /// </summary>
    public string OcidPrefix { get; set; } = "ocds-lcdemo";

    /// <summary>Releases (or records) per page; 100 unless configured.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>
    /// How long a request to the checks page waits for the checks of the data as it is now before it shows the last checks
    /// made (or says they are being made): checking every release takes minutes at a region's size (docs/open-data.md).
    /// </summary>
    public int ChecksWaitSeconds { get; set; } = 15;

    /// <summary>The publisher named in every release.</summary>
    public string PublisherName { get; set; } = "Leeds City Council";
}
