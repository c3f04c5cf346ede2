namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>The commissioners' dashboard: the filters as chosen (and offered), and the figures when the filters are valid.</summary>
public sealed class DashboardViewModel
{
    /// <summary>The ModelState keys of the filters: named after this model's properties, so the error summary lists them in page order.</summary>
    public const string OrganisationKey = nameof(Filter) + "." + nameof(DashboardFilter.Organisation);

    public const string YearKey = nameof(Filter) + "." + nameof(DashboardFilter.Year);

    public required DashboardFilter Filter { get; init; }

    public required IReadOnlyList<FinancialYear> Years { get; init; }

    /// <summary>Null when a filter was not one of the choices: the page shows the error and no figures.</summary>
    public StaffDashboard? Figures { get; init; }

    /// <summary>
    /// What the figures' HTML depends on: the kept figures it shows (their filter, the data versions and the moment they
    /// were computed at). The view keeps the HTML under it (the cache tag helper, as the register does), so a dashboard
    /// asked for again before the data changes is written, not rendered again. Null when there are no figures.
    /// </summary>
    public string? RenderedKey { get; init; }

    /// <summary>How many of the opportunities with the fewest bids, and of the contracts rated red, the page lists (the downloads hold every one).</summary>
    public const int Shown = 10;

    /// <summary>The downloads' paths under /dashboard, without the extension.</summary>
    public const string BidsDownload = "bids-per-opportunity";

    public const string RedDownload = "rated-red";

    /// <summary>The download of every opportunity's bids, with the page's filters.</summary>
    public static LeedsCommissioning.Web.Infrastructure.Exports.DownloadLinks BidsLinks(StaffDashboard d) =>
        new("/dashboard/" + BidsDownload, DashboardFilter.QueryString(d.Organisation, d.Year), "the bids of every opportunity whose deadline has passed",
            d.Opportunities.Count == 1 ? "Download this opportunity’s bids" : $"Download the bids of all {d.Opportunities.Count} opportunities", BidsDownload);

    /// <summary>The download of every contract rated red, with the page's filters.</summary>
    public static LeedsCommissioning.Web.Infrastructure.Exports.DownloadLinks RedLinks(StaffDashboard d) =>
        new("/dashboard/" + RedDownload, DashboardFilter.QueryString(d.Organisation, d.Year), "the contracts rated red",
            d.Monitoring.Red.Count == 1 ? "Download this contract" : $"Download all {d.Monitoring.Red.Count} contracts rated red", RedDownload);

    public string OrganisationName(DashboardOrganisation organisation) =>
        DashboardFilter.Organisations.First(o => o.Organisation == organisation).Text;
}

/// <summary>One of the dashboard's GET filters (_FilterSelect.cshtml): a select named as the query string names it.</summary>
/// <param name="Key">The ModelState key ("Filter.Year"); the select's id is the key as an id ("Filter_Year").</param>
/// <param name="Name">The query string parameter.</param>
public sealed record FilterSelect(string Key, string Name, string Label, IReadOnlyList<(string Value, string Text)> Options, string? Selected)
{
    public string Id => Key.Replace('.', '_');
}
