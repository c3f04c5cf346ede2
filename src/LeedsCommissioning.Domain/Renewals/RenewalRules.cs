namespace LeedsCommissioning.Domain.Renewals;

/// <summary>
/// The renewals pipeline's figures (issue 14), bound from the "Renewals" configuration section. The Compact's six
/// months is a source figure (domain.md section 5, "six months of notice on decisions to reduce investment or end
/// contracts with the Third Sector"); the lead time of each route is not in the sources: the issue's examples (open
/// tender 9 months, framework 4 months, extension 3 months) and the rest are configurable assumptions (docs/domain.md,
/// "Renewals pipeline").
/// </summary>
public sealed class RenewalRules
{
    public const string Section = "Renewals";

    /// <summary>Months of notice the Compact for Leeds asks for before third-sector funding ends or falls (domain.md section 5).</summary>
    public int CompactNoticeMonths { get; set; } = 6;

    /// <summary>How far ahead the pipeline looks, in months.</summary>
    public int HorizonMonths { get; set; } = 24;

    /// <summary>Months between the decision and the end of the contract that each route needs. Missing routes take the defaults.</summary>
    public Dictionary<RenewalRoute, int> LeadMonths { get; set; } = [];

    public static IReadOnlyDictionary<RenewalRoute, int> DefaultLeadMonths { get; } = new Dictionary<RenewalRoute, int>
    {
        [RenewalRoute.OpenTender] = 9,
        [RenewalRoute.Framework] = 4,
        [RenewalRoute.GrantRound] = 6,
        [RenewalRoute.ProviderSelectionRegimeDirectAward] = 4,
        [RenewalRoute.Extension] = 3,
        [RenewalRoute.Decommissioning] = 3,
        [RenewalRoute.LetExpire] = 0,
    };

    public int LeadMonthsFor(RenewalRoute route) =>
        LeadMonths.TryGetValue(route, out var months) ? months : DefaultLeadMonths.GetValueOrDefault(route);

    /// <summary>
    /// The date by which the decision on a contract that ends on <paramref name="endDate"/> must be taken: the route's
    /// lead time before the end, and before that the Compact's notice when a third-sector organisation's funding would
    /// end or fall (issue 14: "the Compact's six months' notice for third-sector providers plus the lead time of the
    /// chosen route"). An extension that is taken ends nobody's funding, but the decision is the same decision (take it
    /// or decline it), so the notice counts for it too. Months are calendar months: 31 August less six months is 28
    /// February (29 in a leap year), as <see cref="DateOnly.AddMonths"/> counts.
    /// </summary>
    public DateOnly DecisionDueOn(DateOnly endDate, RenewalRoute route, bool thirdSectorFunded)
    {
        var months = LeadMonthsFor(route) + (thirdSectorFunded ? CompactNoticeMonths : 0);
        return endDate.AddMonths(-months);
    }

    /// <summary>How far ahead the UK1 pipeline notice looks, in months (domain.md section 9: "in the next 18 months").</summary>
    public int PipelineNoticeMonths { get; set; } = 18;

    /// <summary>
    /// The UK1 pipeline notice's threshold, dated: each figure applies from its date (domain.md section 9, "UK1 pipeline
    /// (planned contracts over £2m in the next 18 months, for authorities spending over £100m a year)"; the Procurement Act
    /// 2023 applies to procurements begun from 24 February 2025). A revised figure is a new row, never an edit.
    /// </summary>
    public List<DatedThreshold> PipelineNoticeThresholds { get; set; } = [];

    public static IReadOnlyList<DatedThreshold> DefaultPipelineNoticeThresholds { get; } = [new(new DateOnly(2025, 2, 24), 2_000_000m)];

    /// <summary>The UK1 threshold that applies on <paramref name="date"/> (the latest dated figure on or before it), or null before the first.</summary>
    public decimal? PipelineNoticeThresholdOn(DateOnly date) =>
        (PipelineNoticeThresholds.Count > 0 ? PipelineNoticeThresholds : DefaultPipelineNoticeThresholds)
            .Where(t => t.From <= date).OrderByDescending(t => t.From).Select(t => (decimal?)t.Amount).FirstOrDefault();

    /// <summary>The last day to give third-sector organisations the Compact's notice of an end or reduction on <paramref name="endOrReduction"/>.</summary>
    public DateOnly CompactNoticeBy(DateOnly endOrReduction) => endOrReduction.AddMonths(-CompactNoticeMonths);
}

/// <summary>A figure that applies from a date (a threshold revised by regulations); bound from configuration.</summary>
public sealed class DatedThreshold
{
    public DatedThreshold() { }

    public DatedThreshold(DateOnly from, decimal amount)
    {
        From = from;
        Amount = amount;
    }

    public DateOnly From { get; set; }

    public decimal Amount { get; set; }
}
