using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;

namespace LeedsCommissioning.Web.Features.Pipeline;

/// <summary>One contract in the pipeline: what ends when, what decision is due by when, and what is intended.</summary>
public sealed record PipelineRow(
    int ContractId, string Reference, string Title, string Organisation, ServiceArea ServiceArea, string? Commissioner,
    IReadOnlyList<PipelineProvider> Providers, DateOnly EndDate, int? PendingExtension, DateOnly DueOn, bool ThirdSectorFunded,
    RenewalIntention Intention, RenewalRoute Route, string? Owner, bool HasPlan, bool IsOverdue, PipelineQuarter Quarter)
{
    /// <summary>
    /// Whose decision it is, to be reminded of it (issue 14): the renewal plan's owner when they have an account, else the
    /// contract's responsible commissioner when they have one; null when neither has an account.
    /// </summary>
    public string? DecisionUserId { get; init; }

    /// <summary>"Extension 2 decision" when the decision due is whether to take a pending extension, else "Renewal decision".</summary>
    public string DecisionName => PendingExtension is { } n ? $"Extension {n} decision" : "Renewal decision";

    /// <summary>The lead and partners, named on the page; subcontractors are counted (<see cref="SubcontractorSummary"/>).</summary>
    public IReadOnlyList<PipelineProvider> Named => Providers.Where(p => p.Role != LeedsCommissioning.Domain.Contracts.ProviderRole.Subcontractor).ToList();

    /// <summary>"16 subcontractors, 15 of them third sector", or null when there are none.</summary>
    public string? SubcontractorSummary
    {
        get
        {
            var subcontractors = Providers.Where(p => p.Role == LeedsCommissioning.Domain.Contracts.ProviderRole.Subcontractor).ToList();
            if (subcontractors.Count == 0)
            {
                return null;
            }

            var thirdSector = subcontractors.Count(p => p.IsThirdSector);
            var what = subcontractors.Count == 1 ? "1 subcontractor" : $"{subcontractors.Count} subcontractors";
            return thirdSector == 0 ? what
                : subcontractors.Count == 1 ? what + ", third sector"
                : thirdSector == subcontractors.Count ? what + ", all third sector"
                : $"{what}, {thirdSector} of them third sector";
        }
    }
}

/// <summary>A provider on a contract, flagged when third sector (the Compact's notice applies: domain.md section 5).</summary>
public sealed record PipelineProvider(string Name, LeedsCommissioning.Domain.Contracts.ProviderRole Role, bool IsThirdSector);

/// <summary>
/// A quarter of the UK financial year (April to March), in which a contract ends: "April to June 2027". Quarter 1 is
/// April to June; <see cref="Year"/> is the calendar year of its months.
/// </summary>
public sealed record PipelineQuarter(int Year, int FirstMonth)
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static PipelineQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3 * 3) + 1);

    /// <summary>"April to June 2027".</summary>
    public string Name => $"{Months[FirstMonth - 1]} to {Months[FirstMonth + 1]} {Year}";

    /// <summary>"q-2027-04": an id for the page's anchors.</summary>
    public string Id => $"q-{Year}-{FirstMonth:00}";

    /// <summary>Sorts quarters in time.</summary>
    public int SortKey => (Year * 100) + FirstMonth;
}
