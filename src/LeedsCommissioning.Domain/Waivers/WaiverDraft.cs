using LeedsCommissioning.Domain.Decisions;

namespace LeedsCommissioning.Domain.Waivers;

/// <summary>
/// Everything an author can write into a waiver while it is a draft (the council's report template,
/// domain.md section 4). Any field may be empty: drafts are saved incomplete; submission checks completeness.
/// </summary>
public sealed record WaiverDraft
{
    // Header
    public string? ReportOf { get; init; }
    public string? ReportTo { get; init; }
    public DateOnly? ReportDate { get; init; }
    public string? Subject { get; init; }
    public int? CommissioningOrganisationId { get; init; }

    // Yes/no questions (wards, EIA, call-in and confidentiality live on the decision record)
    public bool? SpecificWardsAffected { get; init; }
    public IReadOnlyList<string> WardsAffected { get; init; } = [];
    public bool? ConsultationCarriedOut { get; init; }
    public bool? HasEqualityImplications { get; init; }
    public bool? IsConfidentialOrExempt { get; init; }
    public string? AccessToInformationRule { get; init; }
    public string? ConfidentialAppendix { get; init; }

    // The waiver itself
    public IReadOnlyList<string> RulesWaived { get; init; } = [];
    public string? OtherRulesWaived { get; init; }
    public int? ProviderId { get; init; }
    public string? NewSupplierName { get; init; }
    public decimal? Value { get; init; }
    public int? TermMonths { get; init; }
    public string? ImplementingOfficer { get; init; }
    public string? BudgetSource { get; init; }

    // Decision route
    public DecisionRoute? Route { get; init; }
    public DecisionKind? Kind { get; init; }
    public bool? EiaScreeningDone { get; init; }
    public string? EiaScreeningLink { get; init; }
    public bool? ExecutiveMemberBriefed { get; init; }

    // Body
    public string? Summary { get; init; }
    public string? ResourceImplications { get; init; }
    public string? Recommendations { get; init; }
    public string? Purpose { get; init; }
    public string? Background { get; init; }
    public string? MainIssues { get; init; }
    public string? ConsultationAndEngagement { get; init; }
    public string? EqualityAndDiversity { get; init; }
    public string? CouncilPolicies { get; init; }
    public string? ClimateEmergency { get; init; }
    public string? ResourcesAndValueForMoney { get; init; }
    public string? CostBreakdown { get; init; }
    public string? ValueForMoney { get; init; }
    public string? LegalImplications { get; init; }
    public string? TransparencyAndAdvertising { get; init; }
    public string? OmbudsmanRisk { get; init; }
    public string? BestValue { get; init; }
    public string? RiskManagement { get; init; }
    public string? Conclusions { get; init; }
    public string? BackgroundDocuments { get; init; }

    // Cross-border interest (Waiver report 4.5.3-4.5.4)
    public string? CrossBorderSubjectMatter { get; init; }
    public string? CrossBorderValue { get; init; }
    public string? CrossBorderSector { get; init; }
    public string? CrossBorderLocation { get; init; }
    public bool? HasCrossBorderInterest { get; init; }

    // Legal review, for waivers above the public procurement threshold
    public string? LegalReviewBy { get; init; }
    public DateOnly? LegalReviewOn { get; init; }
}
