using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Infrastructure;
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

/// <summary>The shape of the waiver form. Completeness is the aggregate's rule at submission, not this validator's.</summary>
public sealed class WaiverFormValidator : AbstractValidator<WaiverFormViewModel>
{
    public WaiverFormValidator()
    {
        RuleFor(m => m.Subject).NotEmpty().WithMessage("Enter the subject of the waiver")
            .MaximumLength(300).WithMessage("Subject must be 300 characters or fewer");
        RuleFor(m => m.Value).Money("Total value", moreThanZero: true);
        RuleFor(m => m.TermMonths).Must(t => string.IsNullOrWhiteSpace(t) || NumberText.WholeNumber(t) is >= 1 and <= 240)
            .WithMessage("Term must be a whole number of months between 1 and 240");
        RuleFor(m => m.ReportDate).Must(d => d.IsEmpty || d.TryGetDate(out _))
            .WithMessage("Date of report must be a real date, like 27 3 2026");
        RuleFor(m => m.LegalReviewOn).Must(d => d.IsEmpty || d.TryGetDate(out _))
            .WithMessage("Date of legal review must be a real date, like 27 3 2026");
        RuleFor(m => m.LegalReviewOn).Must(d => !d.IsEmpty)
            .When(m => !string.IsNullOrWhiteSpace(m.LegalReviewBy))
            .WithMessage("Enter the date of the legal review");
        RuleFor(m => m.NewSupplierName).Empty()
            .When(m => m.ProviderId is not null)
            .WithMessage("Choose an existing provider or enter a new supplier, not both");
        RuleFor(m => m.RulesWaived).Must(r => r.All(x => ContractProcedureRules.Known.Any(k => k.Number == x)))
            .WithMessage("Select the rules waived from the list");
        RuleFor(m => m.WardsAffected).Must(w => w.All(name => LeedsWards.All.Any(x => x.Name == name)))
            .WithMessage("Select the wards affected from the list");

        // The ward checkboxes are revealed under "Yes" (GOV.UK conditional reveal). Without JavaScript they are always
        // shown, so the server checks them: needed with "Yes", ignored with "No" (CprWaiver.UpdateDraft keeps no wards then).
        RuleFor(m => m.WardsAffected).NotEmpty()
            .When(m => m.SpecificWardsAffected == true)
            .WithMessage("Select each ward affected");

        // A waiver is never an administrative decision (Waiver report 4.5.2; domain.md section 1).
        RuleFor(m => m.Route).NotEqual(DecisionRoute.AdministrativeDecision)
            .WithMessage("A waiver is never an administrative decision: select Executive Board or delegated decision");
        RuleFor(m => m.Kind).NotEqual(DecisionKind.Administrative)
            .WithMessage("A waiver is never an administrative decision: select significant operational decision or key decision");
        RuleFor(m => m.EiaScreeningLink).MaximumLength(500).WithMessage("Link must be 500 characters or fewer")
            .Must(l => string.IsNullOrWhiteSpace(l) || Uri.TryCreate(l.Trim(), UriKind.Absolute, out var u) && u.Scheme is "https" or "http")
            .WithMessage("Enter a link starting with https://");
        foreach (var (name, max) in new[]
                 {
                     ("ReportOf", 200), ("ReportTo", 200), ("OtherRulesWaived", 200), ("NewSupplierName", 200), ("BudgetSource", 300),
                     ("ImplementingOfficer", 200), ("AccessToInformationRule", 50), ("ConfidentialAppendix", 50), ("LegalReviewBy", 200),
                 })
        {
            RuleFor(m => (string?)typeof(WaiverFormViewModel).GetProperty(name)!.GetValue(m)).MaximumLength(max)
                .OverridePropertyName(name).WithMessage($"{Label(name)} must be {max} characters or fewer");
        }

        foreach (var name in new[]
                 {
                     "Summary", "ResourceImplications", "Recommendations", "Purpose", "Background", "MainIssues", "ConsultationAndEngagement",
                     "EqualityAndDiversity", "CouncilPolicies", "ClimateEmergency", "ResourcesAndValueForMoney", "CostBreakdown", "ValueForMoney",
                     "LegalImplications", "TransparencyAndAdvertising", "OmbudsmanRisk", "BestValue", "RiskManagement", "Conclusions", "BackgroundDocuments",
                     "CrossBorderSubjectMatter", "CrossBorderValue", "CrossBorderSector", "CrossBorderLocation",
                 })
        {
            RuleFor(m => (string?)typeof(WaiverFormViewModel).GetProperty(name)!.GetValue(m)).MaximumLength(20_000)
                .OverridePropertyName(name).WithMessage($"{Label(name)} must be 20,000 characters or fewer");
        }
    }

    private static string Label(string property) =>
        typeof(WaiverFormViewModel).GetProperty(property)!.GetCustomAttributes(typeof(DisplayAttribute), false)
            .OfType<DisplayAttribute>().FirstOrDefault()?.Name?.Replace(" (optional)", "", StringComparison.Ordinal) ?? property;
}

public sealed class DecideViewModel
{
    public int Version { get; set; }

    [Display(Name = "Your decision")]
    public string? Outcome { get; set; }

    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    [Display(Name = "Create the contract in the register now?")]
    public bool? CreateContract { get; set; }

    [Display(Name = "Service area")]
    public ServiceArea? ServiceArea { get; set; }

    [Display(Name = "Contract start date")]
    public DateInputModel ContractStart { get; set; } = new();

    public CprWaiver? Waiver { get; set; }

    public IEnumerable<SelectListItem> ServiceAreaItems =>
        Enum.GetValues<ServiceArea>().Select(a => new SelectListItem(a.ToDisplayName(), a.ToString(), a == ServiceArea));

    public static IEnumerable<SelectListItem> OutcomeItems =>
    [
        new("Approve the waiver", "approve"),
        new("Refuse the waiver", "refuse"),
    ];
}

public sealed class DecideValidator : AbstractValidator<DecideViewModel>
{
    public DecideValidator()
    {
        RuleFor(m => m.Outcome).NotEmpty().WithMessage("Select whether you approve or refuse the waiver")
            .Must(o => o is null or "approve" or "refuse").WithMessage("Select whether you approve or refuse the waiver");
        RuleFor(m => m.Reasons).NotEmpty().WithMessage("Enter the reasons for your decision")
            .MaximumLength(4000).WithMessage("Reasons must be 4,000 characters or fewer");
        When(m => m.Outcome == "approve" && m.CreateContract == true, () =>
        {
            RuleFor(m => m.ServiceArea).NotNull().WithMessage("Select the service area of the contract");
            RuleFor(m => m.ContractStart).Must(d => d.TryGetDate(out _)).WithMessage("Enter the contract start date as a real date, like 1 4 2027");
        });
    }
}

/// <summary>Creating the contract of an approved waiver after the decision: the same choices as at approval.</summary>
public sealed class CreateContractViewModel
{
    public int Version { get; set; }

    [Display(Name = "Service area")]
    public ServiceArea? ServiceArea { get; set; }

    [Display(Name = "Contract start date")]
    public DateInputModel ContractStart { get; set; } = new();

    public CprWaiver? Waiver { get; set; }

    public IEnumerable<SelectListItem> ServiceAreaItems =>
        Enum.GetValues<ServiceArea>().Select(a => new SelectListItem(a.ToDisplayName(), a.ToString(), a == ServiceArea));
}

public sealed class CreateContractValidator : AbstractValidator<CreateContractViewModel>
{
    public CreateContractValidator()
    {
        RuleFor(m => m.ServiceArea).NotNull().WithMessage("Select the service area of the contract");
        RuleFor(m => m.ContractStart).Must(d => d.TryGetDate(out _)).WithMessage("Enter the contract start date as a real date, like 1 4 2027");
    }
}

public sealed record WaiverRow(
    int Id, string Subject, WaiverStatus Status, int VersionNumber, bool IsSuperseded, string? Directorate, string? Supplier,
    bool NewSupplier, decimal? Value, int? TermMonths, DateOnly RegisterDate, DateOnly? DecidedOn, string? DecisionMaker);

public sealed record YearTotal(int Year, int Count, decimal Value);

public sealed class WaiversIndexViewModel
{
    public WaiverFilter Filter { get; set; } = new();

    public int TotalCount { get; set; }

    public int PageSize { get; set; } = 20;

    public decimal FilteredValue { get; set; }

    public IReadOnlyList<WaiverRow> Rows { get; set; } = [];

    public IReadOnlyList<YearTotal> ApprovedByYear { get; set; } = [];

    public IReadOnlyList<SelectListItem> OrganisationOptions { get; set; } = [];

    public IReadOnlyList<int> Years { get; set; } = [];

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}

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

public sealed record WaiverVersionRow(int Id, int VersionNumber, WaiverStatus Status, DateOnly RegisterDate, DateOnly? DecidedOn);
