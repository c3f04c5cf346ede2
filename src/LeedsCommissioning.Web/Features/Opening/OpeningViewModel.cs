namespace LeedsCommissioning.Web.Features.Opening;

/// <summary>The opening register of an opportunity, or, before the opening, what is waiting to be opened.</summary>
public sealed class OpeningViewModel
{
    public int OpportunityId { get; init; }

    public required string OpportunityTitle { get; init; }

    public DateTime BidDeadlineUtc { get; init; }

    public bool PastDeadline { get; init; }

    /// <summary>Null until the opening is recorded.</summary>
    public OpeningRecord? Opening { get; init; }

    /// <summary>Each lot with the number of bids submitted (before the opening) or opened (after it).</summary>
    public IReadOnlyList<(int LotId, int Number, string Title, int Bids)> Lots { get; init; } = [];

    public bool CanRecord { get; init; }
}

public sealed record OpeningRecord(string OpenedBy, string Witness, DateTime OpenedAtUtc, DateTime BidDeadlineUtc, IReadOnlyList<OpeningEntryRow> Entries);

public sealed record OpeningEntryRow(int LotId, string Provider, string Receipt, DateTime SubmittedAtUtc);

/// <summary>The extra field on the opening's confirmation page: who else is present.</summary>
public sealed class OpeningWitnessFields
{
    public string? WitnessUserId { get; set; }

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Options { get; set; } = [];
}
