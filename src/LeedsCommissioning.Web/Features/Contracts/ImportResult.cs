using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>What an import file holds: every row, and problems with the file as a whole (missing columns).</summary>
public sealed class ImportResult
{
    public List<ImportRow> Rows { get; } = [];

    public List<ImportError> FileErrors { get; } = [];

    public IEnumerable<ImportError> AllErrors => FileErrors.Concat(Rows.SelectMany(r => r.Errors));

    public bool IsValid => Rows.Count > 0 && !AllErrors.Any();
}
