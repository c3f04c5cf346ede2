using System.Globalization;
using LeedsCommissioning.Domain.Organisations;

namespace LeedsCommissioning.Web.Features.Dashboard;

/// <summary>Whose contracts the dashboard counts: every commissioner's, Leeds City Council's directorates' or the NHS's.</summary>
public enum DashboardOrganisation
{
    All = 0,
    Council = 1,
    Nhs = 2,
}

/// <summary>
/// The dashboard's filters as the query string carries them (<c>/dashboard?organisation=nhs&amp;year=2025</c>): a GET form,
/// so a filtered dashboard is a link that can be bookmarked or shared. Values are read as text and checked, so a
/// mistyped link gets an error message rather than a silent default.
/// </summary>
public sealed class DashboardFilter
{
    /// <summary>"council", "nhs", or empty for all.</summary>
    public string? Organisation { get; set; }

    /// <summary>The calendar year in which the financial year starts ("2026" is 2026 to 2027), or empty for the current one.</summary>
    public string? Year { get; set; }

    public static IReadOnlyList<(string Value, string Text, DashboardOrganisation Organisation)> Organisations { get; } =
    [
        ("", "All commissioners", DashboardOrganisation.All),
        ("council", "Leeds City Council", DashboardOrganisation.Council),
        ("nhs", "NHS (ICB Leeds place, formerly CCG)", DashboardOrganisation.Nhs),
    ];

    /// <summary>The organisation chosen, or null when the text is none of the choices.</summary>
    public DashboardOrganisation? ChosenOrganisation() =>
        Organisations.Where(o => string.Equals(o.Value, (Organisation ?? "").Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(o => (DashboardOrganisation?)o.Organisation).FirstOrDefault();

    /// <summary>The financial year chosen (the current one when none is), or null when the text is not a year offered.</summary>
    public FinancialYear? ChosenYear(IReadOnlyList<FinancialYear> offered, FinancialYear current)
    {
        if (string.IsNullOrWhiteSpace(Year))
        {
            return current;
        }

        return int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && offered.Contains(new FinancialYear(start))
            ? new FinancialYear(start)
            : null;
    }

    /// <summary>The commissioning organisations' kinds the choice covers.</summary>
    public static bool Covers(DashboardOrganisation organisation, CommissioningOrganisationKind kind) => organisation switch
    {
        DashboardOrganisation.Council => kind == CommissioningOrganisationKind.CouncilDirectorate,
        DashboardOrganisation.Nhs => kind == CommissioningOrganisationKind.Nhs,
        _ => true,
    };

    /// <summary>"?organisation=nhs&amp;year=2025" for the chosen filters (the downloads carry the page's filters).</summary>
    public static string QueryString(DashboardOrganisation organisation, FinancialYear year)
    {
        var value = Organisations.First(o => o.Organisation == organisation).Value;
        var parts = new List<string>();
        if (value.Length > 0)
        {
            parts.Add("organisation=" + value);
        }

        parts.Add("year=" + year.StartYear.ToString(CultureInfo.InvariantCulture));
        return "?" + string.Join("&", parts);
    }
}
