using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>The waiver form (new and edit share it): one long page in the order of the council's report (domain.md section 4).</summary>
public sealed class WaiverFormViewModel
{
    public int? Id { get; set; }

    /// <summary>Optimistic concurrency: the version the user started editing.</summary>
    public int Version { get; set; }

    public int VersionNumber { get; set; } = 1;

    // About the report
    [Display(Name = "Subject")]
    public string? Subject { get; set; }

    [Display(Name = "Report of")]
    public string? ReportOf { get; set; }

    [Display(Name = "Report to (decision maker)")]
    public string? ReportTo { get; set; }

    [Display(Name = "Date of report")]
    public DateInputModel ReportDate { get; set; } = new();

    [Display(Name = "Directorate or NHS body")]
    public int? CommissioningOrganisationId { get; set; }

    // The waiver
    [Display(Name = "Contract procedure rules to be waived")]
    public List<string> RulesWaived { get; set; } = [];

    [Display(Name = "Other rules waived (optional)")]
    public string? OtherRulesWaived { get; set; }

    [Display(Name = "Existing provider")]
    public int? ProviderId { get; set; }

    [Display(Name = "Or a new supplier's name")]
    public string? NewSupplierName { get; set; }

    [Display(Name = "Total value")]
    public string? Value { get; set; }

    [Display(Name = "Term in months")]
    public string? TermMonths { get; set; }

    [Display(Name = "Budget the cost comes from")]
    public string? BudgetSource { get; set; }

    [Display(Name = "Officer who will implement the decision")]
    public string? ImplementingOfficer { get; set; }

    // The decision
    [Display(Name = "Decision route")]
    public DecisionRoute? Route { get; set; }

    [Display(Name = "Kind of decision")]
    public DecisionKind? Kind { get; set; }

    [Display(Name = "Has equality impact assessment screening been done?")]
    public bool? EiaScreeningDone { get; set; }

    [Display(Name = "Link to the screening document (optional)")]
    public string? EiaScreeningLink { get; set; }

    [Display(Name = "Has the Executive Member been briefed?")]
    public bool? ExecutiveMemberBriefed { get; set; }

    // Yes/no questions
    [Display(Name = "Are specific electoral wards affected?")]
    public bool? SpecificWardsAffected { get; set; }

    [Display(Name = "Wards affected")]
    public List<string> WardsAffected { get; set; } = [];

    [Display(Name = "Has consultation been carried out?")]
    public bool? ConsultationCarriedOut { get; set; }

    [Display(Name = "Are there equality, diversity, cohesion and integration implications?")]
    public bool? HasEqualityImplications { get; set; }

    [Display(Name = "Does the report contain confidential or exempt information?")]
    public bool? IsConfidentialOrExempt { get; set; }

    [Display(Name = "Access to information procedure rule number")]
    public string? AccessToInformationRule { get; set; }

    [Display(Name = "Appendix number")]
    public string? ConfidentialAppendix { get; set; }

    // Report text
    [Display(Name = "Summary: main issues")]
    public string? Summary { get; set; }

    [Display(Name = "Summary: resource implications")]
    public string? ResourceImplications { get; set; }

    [Display(Name = "Recommendations")]
    public string? Recommendations { get; set; }

    [Display(Name = "1. Purpose of this report")]
    public string? Purpose { get; set; }

    [Display(Name = "2. Background information")]
    public string? Background { get; set; }

    [Display(Name = "3. Main issues: why competition is not practicable")]
    public string? MainIssues { get; set; }

    [Display(Name = "4.1 Consultation and engagement")]
    public string? ConsultationAndEngagement { get; set; }

    [Display(Name = "4.2 Equality and diversity, cohesion and integration")]
    public string? EqualityAndDiversity { get; set; }

    [Display(Name = "4.3 Council policies and the Best Council Plan")]
    public string? CouncilPolicies { get; set; }

    [Display(Name = "4.3 Climate emergency")]
    public string? ClimateEmergency { get; set; }

    [Display(Name = "4.4 Resources: the total cost and the budget it is met from")]
    public string? ResourcesAndValueForMoney { get; set; }

    [Display(Name = "4.4 What the cost includes (optional)")]
    public string? CostBreakdown { get; set; }

    [Display(Name = "4.4 Procurement and value for money (optional)")]
    public string? ValueForMoney { get; set; }

    [Display(Name = "4.5 Who takes the decision, and whether it is open for call-in")]
    public string? LegalImplications { get; set; }

    [Display(Name = "4.5 Transparency, advertising and cross-border interest")]
    public string? TransparencyAndAdvertising { get; set; }

    [Display(Name = "4.5 Risk of an ombudsman investigation (optional)")]
    public string? OmbudsmanRisk { get; set; }

    [Display(Name = "4.5 Best value (optional)")]
    public string? BestValue { get; set; }

    [Display(Name = "4.6 Risk management")]
    public string? RiskManagement { get; set; }

    [Display(Name = "5. Conclusions")]
    public string? Conclusions { get; set; }

    [Display(Name = "7. Background documents")]
    public string? BackgroundDocuments { get; set; }

    // Cross-border interest
    [Display(Name = "Subject matter")]
    public string? CrossBorderSubjectMatter { get; set; }

    [Display(Name = "Value")]
    public string? CrossBorderValue { get; set; }

    [Display(Name = "Sector")]
    public string? CrossBorderSector { get; set; }

    [Display(Name = "Location")]
    public string? CrossBorderLocation { get; set; }

    [Display(Name = "Is the contract of cross-border interest?")]
    public bool? HasCrossBorderInterest { get; set; }

    // Legal review
    [Display(Name = "Reviewed by (name, Legal Services)")]
    public string? LegalReviewBy { get; set; }

    [Display(Name = "Date of legal review")]
    public DateInputModel LegalReviewOn { get; set; } = new();

    public IReadOnlyList<SelectListItem> ProviderOptions { get; set; } = [];

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; set; } = [];

    /// <summary>Leeds' electoral wards from the reference data (the Ward entity); the decision record keeps their names.</summary>
    public IReadOnlyList<SelectListItem> WardOptions { get; set; } = [];

    public string? ThresholdNote { get; set; }

    public bool IsNew => Id is null;

    /// <summary>"CPR 8.1 (requirement of competition)": the template's words (domain.md section 4).</summary>
    public static IEnumerable<SelectListItem> RuleItems =>
        ContractProcedureRules.Known.Select(r => new SelectListItem("CPR " + ContractProcedureRules.Described(r.Number), r.Number));

    /// <summary>
    /// A waiver is never an administrative decision (Waiver report 4.5.2; domain.md section 1), so neither the
    /// administrative route nor the administrative kind is offered. Nothing is selected until the author chooses.
    /// </summary>
    public static IEnumerable<SelectListItem> RouteItems =>
        Enum.GetValues<DecisionRoute>().Where(r => r != DecisionRoute.AdministrativeDecision)
            .Select(r => new SelectListItem(r.ToDisplayName(), r.ToString()));

    /// <inheritdoc cref="RouteItems"/>
    public static IEnumerable<SelectListItem> KindItems =>
        Enum.GetValues<DecisionKind>().Where(k => k != DecisionKind.Administrative)
            .Select(k => new SelectListItem(k.ToDisplayName(), k.ToString()));

    public static WaiverFormViewModel From(CprWaiver w) => new()
    {
        Id = w.Id,
        Version = w.Version,
        VersionNumber = w.VersionNumber,
        Subject = w.Subject,
        ReportOf = w.ReportOf,
        ReportTo = w.Decision.DecisionMakerRole,
        ReportDate = DateInputModel.From(w.ReportDate),
        CommissioningOrganisationId = w.CommissioningOrganisationId,
        RulesWaived = w.RulesWaived.ToList(),
        OtherRulesWaived = w.OtherRulesWaived,
        ProviderId = w.ProviderId,
        NewSupplierName = w.NewSupplierName,
        Value = w.Value?.ToString("0.##", CultureInfo.InvariantCulture),
        TermMonths = w.TermMonths?.ToString(CultureInfo.InvariantCulture),
        BudgetSource = w.BudgetSource,
        ImplementingOfficer = w.ImplementingOfficer,
        Route = w.Decision.Route,
        Kind = w.Decision.Kind,
        EiaScreeningDone = w.Decision.EiaScreeningDone,
        EiaScreeningLink = w.Decision.EiaScreeningLink,
        ExecutiveMemberBriefed = w.Decision.ExecutiveMemberBriefed,
        SpecificWardsAffected = w.SpecificWardsAffected,
        WardsAffected = w.Decision.WardsAffected.ToList(),
        ConsultationCarriedOut = w.ConsultationCarriedOut,
        HasEqualityImplications = w.HasEqualityImplications,
        IsConfidentialOrExempt = w.Decision.IsConfidentialOrExempt,
        AccessToInformationRule = w.Decision.AccessToInformationRule,
        ConfidentialAppendix = w.Decision.ConfidentialAppendix,
        Summary = w.Summary,
        ResourceImplications = w.ResourceImplications,
        Recommendations = w.Recommendations,
        Purpose = w.Purpose,
        Background = w.Background,
        MainIssues = w.MainIssues,
        ConsultationAndEngagement = w.ConsultationAndEngagement,
        EqualityAndDiversity = w.EqualityAndDiversity,
        CouncilPolicies = w.CouncilPolicies,
        ClimateEmergency = w.ClimateEmergency,
        ResourcesAndValueForMoney = w.ResourcesAndValueForMoney,
        CostBreakdown = w.CostBreakdown,
        ValueForMoney = w.ValueForMoney,
        LegalImplications = w.LegalImplications,
        TransparencyAndAdvertising = w.TransparencyAndAdvertising,
        OmbudsmanRisk = w.OmbudsmanRisk,
        BestValue = w.BestValue,
        RiskManagement = w.RiskManagement,
        Conclusions = w.Conclusions,
        BackgroundDocuments = w.BackgroundDocuments,
        CrossBorderSubjectMatter = w.CrossBorderSubjectMatter,
        CrossBorderValue = w.CrossBorderValue,
        CrossBorderSector = w.CrossBorderSector,
        CrossBorderLocation = w.CrossBorderLocation,
        HasCrossBorderInterest = w.HasCrossBorderInterest,
        LegalReviewBy = w.LegalReviewBy,
        LegalReviewOn = DateInputModel.From(w.LegalReviewOn),
    };

    /// <summary>The validated input as the aggregate's draft (call after the validator passed).</summary>
    public WaiverDraft ToDraft() => new()
    {
        Subject = Subject,
        ReportOf = ReportOf,
        ReportTo = ReportTo,
        ReportDate = ReportDate.ToDateOnly(),
        CommissioningOrganisationId = CommissioningOrganisationId,
        SpecificWardsAffected = SpecificWardsAffected,
        WardsAffected = WardsAffected,
        ConsultationCarriedOut = ConsultationCarriedOut,
        HasEqualityImplications = HasEqualityImplications,
        IsConfidentialOrExempt = IsConfidentialOrExempt,
        AccessToInformationRule = AccessToInformationRule,
        ConfidentialAppendix = ConfidentialAppendix,
        RulesWaived = RulesWaived,
        OtherRulesWaived = OtherRulesWaived,
        ProviderId = ProviderId,
        NewSupplierName = NewSupplierName,
        Value = MoneyText.Parse(Value),
        TermMonths = NumberText.WholeNumber(TermMonths),
        ImplementingOfficer = ImplementingOfficer,
        BudgetSource = BudgetSource,
        Route = Route,
        Kind = Kind,
        EiaScreeningDone = EiaScreeningDone,
        EiaScreeningLink = EiaScreeningLink,
        ExecutiveMemberBriefed = ExecutiveMemberBriefed,
        Summary = Summary,
        ResourceImplications = ResourceImplications,
        Recommendations = Recommendations,
        Purpose = Purpose,
        Background = Background,
        MainIssues = MainIssues,
        ConsultationAndEngagement = ConsultationAndEngagement,
        EqualityAndDiversity = EqualityAndDiversity,
        CouncilPolicies = CouncilPolicies,
        ClimateEmergency = ClimateEmergency,
        ResourcesAndValueForMoney = ResourcesAndValueForMoney,
        CostBreakdown = CostBreakdown,
        ValueForMoney = ValueForMoney,
        LegalImplications = LegalImplications,
        TransparencyAndAdvertising = TransparencyAndAdvertising,
        OmbudsmanRisk = OmbudsmanRisk,
        BestValue = BestValue,
        RiskManagement = RiskManagement,
        Conclusions = Conclusions,
        BackgroundDocuments = BackgroundDocuments,
        CrossBorderSubjectMatter = CrossBorderSubjectMatter,
        CrossBorderValue = CrossBorderValue,
        CrossBorderSector = CrossBorderSector,
        CrossBorderLocation = CrossBorderLocation,
        HasCrossBorderInterest = HasCrossBorderInterest,
        LegalReviewBy = LegalReviewBy,
        LegalReviewOn = LegalReviewOn.ToDateOnly(),
    };
}
