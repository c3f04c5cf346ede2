using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Web.Features.Waivers;

public sealed class WaiverDetailsViewModel
{
    public required CprWaiver Waiver { get; init; }

    public required IReadOnlyList<(string Field, string Message)> Missing { get; init; }

    public required IReadOnlyList<WaiverVersionRow> Versions { get; init; }

    public DatedThreshold? Threshold { get; init; }

    public bool NeedsLegalReview { get; init; }

    public bool CanRecord { get; init; }

    public bool CanDecide { get; init; }

    public bool IsAuthor { get; init; }

    public string? ContractReference { get; init; }
}
