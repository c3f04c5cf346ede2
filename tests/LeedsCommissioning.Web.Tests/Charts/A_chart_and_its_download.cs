using CsvHelper;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Charts;

/// <summary>The shared chart model and its CSV download (docs/patterns.md, "Charts"): the same figures as the table.</summary>
public sealed class A_chart_and_its_download
{
    private static readonly ChartModel Spend = new(
        "spend-by-funder", "Annual spend by funder", ChartKind.Bar, ChartUnit.Money, "Funder",
        ["Leeds City Council", "=HYPERLINK(\"x\")", "Office of the Police and Crime Commissioner"],
        [new ChartSeries("Annual spend", [1300000m, 450000.5m, null])]);

    [Fact]
    public async Task the_csv_has_the_tables_rows_with_the_unit_in_the_heading_and_unformatted_figures()
    {
        var bytes = await ChartCsv.WriteAsync(Spend);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes);
        Assert.Equal(["Funder", "Annual spend (£)"], reader.Headers.ToArray());
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            rows.Add([row[0].ToString(), row[1].ToString()]);
        }

        Assert.Equal(3, rows.Count);
        Assert.Equal(["Leeds City Council", "1300000"], rows[0]);
        Assert.StartsWith("'", rows[1][0], StringComparison.Ordinal);
        Assert.Equal("450000.5", rows[1][1]);
        Assert.Equal(["Office of the Police and Crime Commissioner", ""], rows[2]);
    }

    [Fact]
    public void figures_are_written_in_the_table_as_money_percentages_or_counts()
    {
        Assert.Equal("£1,300,000", Spend.Format(1300000m));
        Assert.Equal("£450,000.50", Spend.Format(450000.5m));
        Assert.Equal("No figure", Spend.Format(null));
        var share = Spend with { Unit = ChartUnit.Percentage };
        Assert.Equal("30.5%", share.Format(30.49m));
        Assert.Equal("%", share.UnitText);
        var hours = Spend with { Unit = ChartUnit.Count, CountOf = "hours" };
        Assert.Equal("1,204", hours.Format(1204m));
        Assert.Equal("hours", hours.UnitText);
    }

    [Fact]
    public void a_chart_without_any_figure_is_empty()
    {
        Assert.False(Spend.IsEmpty);
        Assert.True((Spend with { Series = [new ChartSeries("Annual spend", [null, null, null])] }).IsEmpty);
        Assert.True((Spend with { Labels = [] }).IsEmpty);
    }
}
