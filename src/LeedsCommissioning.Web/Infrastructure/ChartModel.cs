using System.Globalization;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>How a chart draws its figures: bars (categories side by side) or a line (figures over time).</summary>
public enum ChartKind
{
    Bar = 0,
    Line = 1,
}

/// <summary>What a chart's figures are: pounds, a number of things, or a percentage.</summary>
public enum ChartUnit
{
    Money = 0,
    Count = 1,
    Percentage = 2,
}

/// <summary>One series of a chart: its name (a column of the table) and one figure per label (null: no figure).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// What the shared partial <c>Features/Shared/_Chart.cshtml</c> renders (docs/patterns.md, "Charts"): a heading, a
/// Chart.js canvas drawn by <c>wwwroot/js/charts.js</c> from the table's own figures (hidden from assistive technology),
/// the table itself as the accessible alternative, and a link to download the same figures as CSV
/// (<see cref="ChartCsv"/>).
/// </summary>
/// <param name="Id">Unique on the page, lowercase and hyphenated ("spend-by-funder"): the ids of the heading and table.</param>
/// <param name="Title">The chart's heading, also the table's caption.</param>
/// <param name="Kind">Bars or a line.</param>
/// <param name="Unit">Money, count or percentage: how figures are written in the table, the chart and the CSV heading.</param>
/// <param name="CategoryHeading">The heading of the table's first column, what the labels are ("Funder", "Quarter").</param>
/// <param name="Labels">One per row of the table, one per bar or point of the chart.</param>
/// <param name="Series">One per figure column of the table, one per set of bars or line of the chart.</param>
public sealed record ChartModel(
    string Id, string Title, ChartKind Kind, ChartUnit Unit, string CategoryHeading,
    IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>A sentence under the heading saying what the figures are (and any aim to compare them with).</summary>
    public string? Description { get; init; }

    /// <summary>The URL of this chart's figures as CSV; no link when null.</summary>
    public string? CsvHref { get; init; }

    /// <summary>
    /// True: the table is always shown beneath the chart (a contract's monitoring tab, where the figures are the point).
    /// False (the default): the table is in a GOV.UK details "Show the data as a table", open until the chart is drawn,
    /// so without JavaScript the table is what people see.
    /// </summary>
    public bool TableBeneath { get; init; }

    /// <summary>The heading level, 2 by default (3 when the chart sits under a section heading).</summary>
    public int HeadingLevel { get; init; } = 2;

    /// <summary>What a count counts ("hours", "people"), added to the caption; for money and percentages the unit says it.</summary>
    public string? CountOf { get; init; }

    /// <summary>True when there is no figure at all to draw.</summary>
    public bool IsEmpty => Labels.Count == 0 || Series.All(s => s.Values.All(v => v is null));

    /// <summary>The unit in words for the caption and the CSV headings: "£", "%", or what a count counts.</summary>
    public string UnitText => Unit switch
    {
        ChartUnit.Money => "£",
        ChartUnit.Percentage => "%",
        _ => CountOf ?? "number",
    };

    /// <summary>A figure as the table shows it: "£1,300,000", "30.5%", "1,204"; "No figure" for none.</summary>
    public string Format(decimal? value) => value switch
    {
        null => "No figure",
        { } v when Unit == ChartUnit.Money => Money.Text(decimal.Round(v, 2)),
        { } v when Unit == ChartUnit.Percentage => decimal.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture) + "%",
        { } v => v.ToString("#,##0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>A figure as the chart script reads it from <c>data-value</c>: invariant, unformatted; empty for none.</summary>
    public static string Raw(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>The kind as the script reads it from <c>data-app-chart</c>.</summary>
    public string KindName => Kind == ChartKind.Line ? "line" : "bar";

    /// <summary>The unit as the script reads it from <c>data-app-chart-unit</c>.</summary>
    public string UnitName => Unit switch
    {
        ChartUnit.Money => "money",
        ChartUnit.Percentage => "percentage",
        _ => "count",
    };
}
