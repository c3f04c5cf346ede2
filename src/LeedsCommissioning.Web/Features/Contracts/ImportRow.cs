using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>One row of an import file as it was read, with the contract built from it when it is valid.</summary>
public sealed class ImportRow
{
    public int Row { get; init; }

    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Organisation { get; set; }

    public string? ServiceArea { get; set; }

    public string? Status { get; set; }

    public string? Term { get; set; }

    public decimal? AnnualValue { get; set; }

    public List<string> Providers { get; } = [];

    public List<string> Funding { get; } = [];

    public List<string> Extensions { get; } = [];

    public List<ImportError> Errors { get; } = [];

    public Contract? Contract { get; set; }
}
