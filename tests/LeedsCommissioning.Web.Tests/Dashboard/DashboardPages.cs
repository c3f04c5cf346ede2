using AngleSharp.Dom;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Dashboard;

/// <summary>Reading the dashboard's charts' tables, and contracts made for its tests through the domain's own methods.</summary>
internal static class DashboardPages
{
    /// <summary>A chart's table as label → figures as written ("£1,300,000").</summary>
    public static Dictionary<string, string[]> Table(IDocument page, string chartId)
    {
        var table = page.GetElementById($"chart-{chartId}-table") ?? throw new InvalidOperationException($"No table for chart {chartId}");
        return table.QuerySelectorAll("tbody tr").ToDictionary(
            r => r.QuerySelector("th")!.TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray());
    }

    /// <summary>The labels of a chart's table in page order.</summary>
    public static List<string> Labels(IDocument page, string chartId) =>
        page.GetElementById($"chart-{chartId}-table")!.QuerySelectorAll("tbody tr th").Select(c => c.TextContent.Trim()).ToList();

    /// <summary>The titles of every opportunity in the dashboard's bids download, for the page's filters (<paramref name="query"/>).</summary>
    public static async Task<List<string>> BidsDownloadTitlesAsync(PortalClient client, string query) =>
        (await LeedsCommissioning.Web.Tests.Exports.ExportFiles.CsvAsync(await client.Http.GetAsync("/dashboard/bids-per-opportunity.csv" + query)))
            .Rows.Select(r => r[0]).ToList();

    public static string Text(IDocument page, string id) =>
        System.Text.RegularExpressions.Regex.Replace(page.GetElementById(id)?.TextContent ?? throw new InvalidOperationException($"No #{id}"), @"\s+", " ").Trim();

    /// <summary>
    /// A live contract of <paramref name="organisation"/> running from <paramref name="start"/> to <paramref name="end"/>,
    /// worth <paramref name="annualValue"/> a year, led by <paramref name="lead"/> and funded by its commissioner.
    /// </summary>
    public static Task<int> ContractAsync(PortalFactory factory, string reference, string organisation, DateOnly start, DateOnly end,
        decimal annualValue, string lead) =>
        factory.WithDbAsync(async db =>
        {
            var organisationId = await db.CommissioningOrganisations.Where(o => o.Code == organisation).Select(o => o.Id).SingleAsync();
            var provider = await db.Providers.SingleAsync(p => p.Name == lead);
            var contract = new Contract(reference, "Dashboard test " + reference, LeedsCommissioning.Domain.Reference.ServiceArea.SupportInTheCommunity,
                organisationId, AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.OpenTender, start, end, annualValue);
            contract.SetProviders([new ContractProviderLine(provider, ProviderRole.Lead)]);
            contract.SetFunding([FundingLine.FromOrganisation(organisationId, FundingStream.LccBudget, annualValue)]);
            foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
            {
                contract.MoveTo(step);
            }

            db.Contracts.Add(contract);
            await db.SaveChangesAsync();
            return contract.Id;
        });

    /// <summary>Financial year 2026 to 2027, the fake clock's (26 November 2026).</summary>
    public static readonly DateOnly YearStart = new(2026, 4, 1);

    public static readonly DateOnly YearEnd = new(2027, 3, 31);

    /// <summary>The expected spend of a contract in 2026 to 2027, worked out here by counting days, to the penny.</summary>
    public static decimal InYear(decimal annual, DateOnly start, DateOnly end)
    {
        var first = start > YearStart ? start : YearStart;
        var last = end < YearEnd ? end : YearEnd;
        if (last < first)
        {
            return 0m;
        }

        var days = last.DayNumber - first.DayNumber + 1;
        return decimal.Round(annual * days / 365m, 2);
    }

    public static readonly ContractStatus[] Awarded =
    [
        ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live, ContractStatus.InExtension,
        ContractStatus.Ending, ContractStatus.Ended, ContractStatus.Decommissioned,
    ];

    public static bool SmallAndLocal(Provider p) => p.IsLeedsBased && p.SizeBand is SizeBand.Micro or SizeBand.Small;
}
