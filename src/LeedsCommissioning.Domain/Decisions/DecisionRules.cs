namespace LeedsCommissioning.Domain.Decisions;

/// <summary>
/// The decision and procurement figures the sources leave to configuration (domain.md sections 1, 3 and 9).
/// Bound from the "DecisionRules" configuration section; <see cref="Default"/> holds the seeded values.
/// </summary>
public sealed class DecisionRules
{
    /// <summary>
    /// Key-decision threshold. Not in the sources (domain.md section 1: "configurable, seed £500,000").
    /// A waiver at or above it must go as a key decision.
    /// </summary>
    public decimal KeyDecisionThreshold { get; set; } = 500_000m;

    /// <summary>Call-in period after publication, in working days (Leeds' practice: 5; configurable); bank holidays are skipped.</summary>
    public int CallInWorkingDays { get; set; } = 5;

    /// <summary>
    /// Public Contracts Regulations / Procurement Act thresholds for supplies and services bought by
    /// other (sub-central) bodies, as dated configuration (domain.md sections 3 and 9: "dated configuration,
    /// never constants"). Which figures come from sources and which are assumptions: docs/domain.md.
    /// </summary>
    public List<DatedThreshold> ProcurementThresholds { get; set; } = [];

    /// <summary>
    /// One-off changes to England and Wales bank holidays (gov.uk/bank-holidays), on top of those computed by rule
    /// (<see cref="Decisions.BankHolidays"/>). Falls back to <see cref="BankHolidays.DefaultChanges"/> when none are configured.
    /// </summary>
    public List<BankHolidayChange> BankHolidayChanges { get; set; } = [];

    private BankHolidays? _holidays;

    public static DecisionRules Default => new()
    {
        ProcurementThresholds = DefaultThresholds.ToList(),
        BankHolidayChanges = BankHolidays.DefaultChanges.ToList(),
    };

    /// <summary>The bank holiday calendar these rules use for working days.</summary>
    public BankHolidays Holidays() => _holidays ??= BankHolidayChanges.Count == 0 ? BankHolidays.EnglandAndWales : new BankHolidays(BankHolidayChanges);

    public static IReadOnlyList<DatedThreshold> DefaultThresholds { get; } =
    [
        new(new DateOnly(2014, 1, 1), 172_514m, "KiL guide (domain.md section 3), the 2014-15 figure net of VAT"),
        new(new DateOnly(2016, 1, 1), 164_176m, "PCR 2015 thresholds from 1 January 2016 (net of VAT)"),
        new(new DateOnly(2018, 1, 1), 181_302m, "PPN 04/17, from 1 January 2018 (net of VAT)"),
        new(new DateOnly(2020, 1, 1), 189_330m, "PPN 06/19, from 1 January 2020 (net of VAT)"),
        new(new DateOnly(2022, 1, 1), 213_477m, "PPN 10/21, from 1 January 2022 (including VAT from here on)"),
        new(new DateOnly(2024, 1, 1), 214_904m, "SI 2023/1117, from 1 January 2024; carried into the Procurement Act 2023"),
        new(new DateOnly(2026, 1, 1), 207_720m, "SI 2025/1200 and PPN 023:2026, sub-central goods and services from 1 January 2026, including VAT (domain.md section 9)"),
    ];

    /// <summary>The threshold in force on <paramref name="date"/>, or null before the first dated entry.</summary>
    public DatedThreshold? ProcurementThresholdOn(DateOnly date) =>
        ProcurementThresholds.Where(t => t.From <= date).OrderByDescending(t => t.From).FirstOrDefault();

    /// <summary>Last day of call-in for a decision published on <paramref name="publishedOn"/>.</summary>
    public DateOnly CallInEndsOn(DateOnly publishedOn) => WorkingDays.Add(publishedOn, CallInWorkingDays, Holidays());

    public bool IsKeyDecisionValue(decimal value) => value >= KeyDecisionThreshold;
}
