using System.Globalization;
using CsvHelper;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Downloads of the filtered register (issue 4), with the same filters and sort as the page. Staff only:
/// provider users have "Our contracts", and the register's figures of other providers are not theirs.
/// </summary>
[Authorize(Policies.ViewRegister)]
public sealed class ContractExportsController(CommissioningDbContext db, TimeProvider clock) : Controller
{
    /// <summary>The header row, in words a person understands.</summary>
    public static readonly IReadOnlyList<string> Headers =
    [
        "Reference", "Title", "Service area", "Commissioning organisation", "Lead provider", "Status", "Start date",
        "Current end date", "Annual value (£)", "Whole-life value (£)", "Small and local share (%)", "Lead provider is third sector", "Funders",
    ];

    [HttpGet("/contracts/export.csv")]
    public async Task<IActionResult> Csv([FromQuery] RegisterFilter filter)
    {
        var rows = await RowsAsync(filter);
        using var buffer = new MemoryStream();
        // UTF-8 with a byte order mark, so Excel reads "£" and accents correctly; cells that start like a
        // formula (=, +, -, @) are escaped so a spreadsheet shows them as text (CSV injection).
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord([.. Headers]);
            foreach (var r in rows)
            {
                csv.WriteRecord([.. Fields(r)]);
            }
        }

        return File(buffer.ToArray(), "text/csv; charset=utf-8", FileName("csv"));
    }

    [HttpGet("/contracts/export.xlsx")]
    public async Task<IActionResult> Excel([FromQuery] RegisterFilter filter)
    {
        var rows = await RowsAsync(filter);
        using var buffer = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(buffer))
        {
            var options = new WorksheetOptions { FrozenRows = 1 };
            double[] widths = [18, 50, 26, 34, 40, 14, 12, 16, 18, 20, 14, 14, 60];
            for (var i = 0; i < widths.Length; i++)
            {
                options.Column(i + 1).Width = widths[i];
            }

            await spreadsheet.StartWorksheetAsync("Contracts", options);
            var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
            var money = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("£#,##0.00") });
            var date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("dd/mm/yyyy") });
            var percent = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("0.00") });
            await spreadsheet.AddRowAsync(Headers.Select(h => new Cell(h, bold)).ToArray());
            foreach (var r in rows)
            {
                await spreadsheet.AddRowAsync(new Cell[]
                {
                    new(r.Reference), new(r.Title), new(r.ServiceArea.ToDisplayName()), new(r.Organisation), new(r.LeadProvider ?? ""),
                    new(r.Status.ToDisplayName()), new(r.StartDate.ToDateTime(TimeOnly.MinValue), date),
                    new(r.CurrentEndDate.ToDateTime(TimeOnly.MinValue), date), new(r.AnnualValue, money), new(r.WholeLifeValue, money),
                    new(r.SmallLocalShare, percent), new(YesNo(r.LeadIsThirdSector)), new(r.Funders),
                });
            }

            await spreadsheet.FinishAsync();
        }

        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    private static IEnumerable<string> Fields(ExportRow r) =>
    [
        r.Reference, r.Title, r.ServiceArea.ToDisplayName(), r.Organisation, r.LeadProvider ?? "", r.Status.ToDisplayName(),
        r.StartDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), r.CurrentEndDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        r.AnnualValue.ToString("0.00", CultureInfo.InvariantCulture), r.WholeLifeValue.ToString("0.00", CultureInfo.InvariantCulture),
        r.SmallLocalShare.ToString("0.00", CultureInfo.InvariantCulture), YesNo(r.LeadIsThirdSector), r.Funders,
    ];

    private static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => "" };

    private string FileName(string extension) => $"contracts-register-{clock.UkToday():yyyy-MM-dd}.{extension}";

    private async Task<List<ExportRow>> RowsAsync(RegisterFilter filter)
    {
        var rows = await db.Contracts.AsNoTracking().ApplyFilters(db, filter, clock.UkToday()).ApplySort(filter)
            .Select(c => new
            {
                c.Reference, c.Title, c.ServiceArea, Organisation = c.CommissioningOrganisation!.Name,
                Lead = c.LeadProvider == null ? null : c.LeadProvider.Name, c.Status, c.StartDate, c.CurrentEndDate,
                c.AnnualValue, c.WholeLifeValue, c.SmallLocalShare, c.LeadProviderIsThirdSector,
                Funders = c.Funding.OrderByDescending(f => f.AnnualAmount)
                    .Select(f => f.FunderOrganisation != null ? f.FunderOrganisation.Name : f.PartnerName).ToList(),
            })
            .ToListAsync();
        return rows.Select(r => new ExportRow(r.Reference, r.Title, r.ServiceArea, r.Organisation, r.Lead, r.Status, r.StartDate,
            r.CurrentEndDate, r.AnnualValue, r.WholeLifeValue, r.SmallLocalShare, r.LeadProviderIsThirdSector,
            string.Join("; ", r.Funders.Distinct()))).ToList();
    }
}
