namespace LeedsCommissioning.Domain.Performance;

/// <summary>
/// The Procurement Act 2023 rule for key performance indicators as dated configuration (domain.md section 9: "UK7 contract
/// details (contract entered into; three key performance indicators when over £5m)"; "Keep every regime-dependent rule as
/// dated configuration"): a contract whose procurement began on or after <see cref="KpiRequirement.From"/> and whose estimated
/// value is more than <see cref="KpiRequirement.ValueOver"/> needs at least <see cref="KpiRequirement.Minimum"/> indicators.
/// Bound from the "PerformanceRules" configuration section; <see cref="Default"/> holds the seeded requirement.
/// </summary>
public sealed class PerformanceRules
{
    public const string Section = "PerformanceRules";

    public List<KpiRequirement> KpiRequirements { get; set; } = [];

    public static IReadOnlyList<KpiRequirement> DefaultRequirements { get; } =
    [
        new(new DateOnly(2025, 2, 24), 5_000_000m, 3,
            "Procurement Act 2023, for procurements begun from 24 February 2025: at least three key performance indicators for a contract over £5m (domain.md section 9)"),
    ];

    public static PerformanceRules Default => new() { KpiRequirements = DefaultRequirements.ToList() };

    /// <summary>
    /// The requirement for a contract whose procurement began on <paramref name="procurementBegan"/> and whose estimated value
    /// (whole-life, with every optional extension) is <paramref name="estimatedValue"/>; null when none applies.
    /// </summary>
    public KpiRequirement? KpisFor(DateOnly procurementBegan, decimal estimatedValue) =>
        KpiRequirements.Where(r => r.From <= procurementBegan).OrderByDescending(r => r.From).FirstOrDefault() is { } r && estimatedValue > r.ValueOver
            ? r
            : null;

    /// <summary>How many indicators the contract needs at least (0 when no requirement applies).</summary>
    public int MinimumKpis(DateOnly procurementBegan, decimal estimatedValue) => KpisFor(procurementBegan, estimatedValue)?.Minimum ?? 0;
}

/// <summary>A key performance indicator requirement in force for procurements begun from <see cref="From"/>.</summary>
public sealed record KpiRequirement(DateOnly From, decimal ValueOver, int Minimum, string Source);
