using LeedsCommissioning.Web.Features.Contracts;

namespace LeedsCommissioning.Web.Features.Audit;

public sealed class AuditViewModel
{
    public required AuditFilter Filter { get; init; }

    public required IReadOnlyDictionary<string, string> RecordTypes { get; init; }

    // The filter's fields at the top level, so the form's names are the query's ("Person", "From.Day") and errors sit on them.
    public string? Person => Filter.Person;

    public string? RecordId => Filter.RecordId;

    public TagHelpers.GovUk.DateInputModel From => Filter.From;

    public TagHelpers.GovUk.DateInputModel To => Filter.To;

    /// <summary>The person the search is for when it came from their user page (PersonId), by name.</summary>
    public string? PersonName { get; init; }

    public IReadOnlyList<HistoryEntry> Entries { get; init; } = [];

    /// <summary>How many entries the search found, counted up to <see cref="AuditSearch.MostShown"/> and one more.</summary>
    public int Found { get; init; }

    public int Page { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    /// <summary>False when a filter is wrong: the page shows the errors and no results.</summary>
    public bool Searched { get; init; }

    public bool MoreThanShown => Found > AuditSearch.MostShown;
}
