using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Waivers;

/// <summary>
/// A request to waive the Contract Procedure Rules (issue 5; domain.md sections 3 and 4): the council's
/// report template, the rules waived under CPR 1.3, the proposed supplier, value and term, the cross-border
/// interest assessment, and its <see cref="DecisionRecord"/>.
/// <para>
/// Workflow: <see cref="WaiverStatus.Draft"/> (the author saves incomplete work) → <see cref="WaiverStatus.Submitted"/>
/// (complete: <see cref="MissingSections"/> is empty) → <see cref="WaiverStatus.Approved"/> or
/// <see cref="WaiverStatus.Refused"/> by a decision maker who is not the author. A decided waiver is
/// read-only; a correction is a new version (<see cref="StartCorrection"/>), and the old one is kept.
/// </para>
/// </summary>
public sealed class CprWaiver : IAuditable, IVersioned
{
    private List<string> _rulesWaived = [];

    private CprWaiver() { }

    public CprWaiver(string subject, string authorUserId, string authorName, DateOnly createdOn)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            throw new DomainException("Enter the subject of the waiver", nameof(Subject));
        }

        Subject = subject.Trim();
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        CreatedOn = createdOn;
        RegisterDate = createdOn;
        VersionNumber = 1;
        AuthorityRule = ContractProcedureRules.WaiverAuthority;
        Decision = new DecisionRecord(Subject, "", route: null, kind: null);
    }

    public int Id { get; private set; }

    public int Version { get; private set; }

    public WaiverStatus Status { get; private set; } = WaiverStatus.Draft;

    /// <summary>1 for the first request; each correction is the previous version's number plus one.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The version this one corrects, if any.</summary>
    public int? PreviousVersionId { get; private set; }

    /// <summary>The first version's id, shared by every later version (null on the first version).</summary>
    public int? FirstVersionId { get; private set; }

    /// <summary>True once a correcting version has been started; the history stays.</summary>
    public bool IsSuperseded { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public DateOnly CreatedOn { get; private set; }

    /// <summary>The date the register files it under: the report date, or the day it was started.</summary>
    public DateOnly RegisterDate { get; private set; }

    public DateOnly? SubmittedOn { get; private set; }

    // Header (domain.md section 4)
    public string? ReportOf { get; private set; }
    public DateOnly? ReportDate { get; private set; }
    public string Subject { get; private set; } = "";
    public int? CommissioningOrganisationId { get; private set; }
    public Organisations.CommissioningOrganisation? CommissioningOrganisation { get; private set; }

    // Yes/no questions held here (the rest are on the decision record)
    public bool? SpecificWardsAffected { get; private set; }
    public bool? ConsultationCarriedOut { get; private set; }
    public bool? HasEqualityImplications { get; private set; }

    // The waiver
    public IReadOnlyList<string> RulesWaived
    {
        get => _rulesWaived;
        private set => _rulesWaived = value.ToList();
    }

    public string? OtherRulesWaived { get; private set; }

    /// <summary>The CPR under which the rules are waived: 1.3 (domain.md section 3).</summary>
    public string AuthorityRule { get; private set; } = ContractProcedureRules.WaiverAuthority;

    public int? ProviderId { get; private set; }
    public Provider? Provider { get; private set; }

    /// <summary>A supplier not yet in the portal; a provider is created from it when the contract is.</summary>
    public string? NewSupplierName { get; private set; }

    /// <summary>Total value in pounds over the term (the report's "total cost").</summary>
    public decimal? Value { get; private set; }
    public int? TermMonths { get; private set; }
    public string? ImplementingOfficer { get; private set; }
    public string? BudgetSource { get; private set; }

    // Body, in the order of the council's template (domain.md section 4). Each text may hold several paragraphs,
    // separated by a blank line; the report numbers them (1.1, 4.3.3 ...) as the template does.

    /// <summary>Summary: main issues (unnumbered paragraphs).</summary>
    public string? Summary { get; private set; }

    /// <summary>Summary: resource implications (the total cost and where the funding is).</summary>
    public string? ResourceImplications { get; private set; }

    /// <summary>The recommendations, printed lettered in the summary and numbered again as section 6.</summary>
    public string? Recommendations { get; private set; }
    public string? Purpose { get; private set; }
    public string? Background { get; private set; }
    public string? MainIssues { get; private set; }
    public string? ConsultationAndEngagement { get; private set; }
    public string? EqualityAndDiversity { get; private set; }
    public string? CouncilPolicies { get; private set; }

    /// <summary>4.3, under its own sub-heading "Climate Emergency" (domain.md section 4).</summary>
    public string? ClimateEmergency { get; private set; }

    /// <summary>4.4: the total cost and the budget it is met from (the report's 4.4.1).</summary>
    public string? ResourcesAndValueForMoney { get; private set; }

    /// <summary>4.4: what the cost includes (the report's 4.4.2), optional.</summary>
    public string? CostBreakdown { get; private set; }

    /// <summary>4.4: procurement and value for money (the report's 4.4.3), optional.</summary>
    public string? ValueForMoney { get; private set; }

    /// <summary>4.5: who takes the decision, under which delegation, and whether it is open for call-in (4.5.1-4.5.2).</summary>
    public string? LegalImplications { get; private set; }

    /// <summary>4.5: transparency, advertising and the decision maker's view on cross-border interest (4.5.3-4.5.4).</summary>
    public string? TransparencyAndAdvertising { get; private set; }

    /// <summary>4.5: the risk of an ombudsman investigation (4.5.5), optional.</summary>
    public string? OmbudsmanRisk { get; private set; }

    /// <summary>4.5: best value for the council (4.5.6), optional.</summary>
    public string? BestValue { get; private set; }
    public string? RiskManagement { get; private set; }
    public string? Conclusions { get; private set; }
    public string? BackgroundDocuments { get; private set; }

    // Cross-border interest (Waiver report 4.5.3-4.5.4)
    public string? CrossBorderSubjectMatter { get; private set; }
    public string? CrossBorderValue { get; private set; }
    public string? CrossBorderSector { get; private set; }
    public string? CrossBorderLocation { get; private set; }
    public bool? HasCrossBorderInterest { get; private set; }

    // Legal review
    public string? LegalReviewBy { get; private set; }
    public DateOnly? LegalReviewOn { get; private set; }

    public int DecisionRecordId { get; private set; }
    public DecisionRecord Decision { get; private set; } = null!;

    /// <summary>The contract awarded under this waiver, once created in the register.</summary>
    public int? ContractId { get; private set; }

    public bool IsEditable => Status == WaiverStatus.Draft;

    public bool IsDecided => Status.IsDecided();

    /// <summary>
    /// A waiver above the public procurement threshold in force on its date (dated configuration,
    /// domain.md sections 3 and 9) needs a recorded legal review before it can be submitted.
    /// </summary>
    public bool NeedsLegalReview(DecisionRules rules) =>
        Value is { } value && rules.ProcurementThresholdOn(RegisterDate) is { } threshold && value > threshold.Amount;

    public bool HasLegalReview => LegalReviewBy is not null && LegalReviewOn is not null;

    /// <summary>Saves the author's work. Anything may be blank; only the shape of what is given is checked.</summary>
    public void UpdateDraft(WaiverDraft draft)
    {
        EnsureEditable();
        if (string.IsNullOrWhiteSpace(draft.Subject))
        {
            throw new DomainException("Enter the subject of the waiver", nameof(Subject));
        }

        if (draft.Value is { } value && (value <= 0 || decimal.Round(value, 2) != value))
        {
            throw new DomainException("Value must be a positive amount in pounds and pence, like 47600 or 47600.50", nameof(Value));
        }

        if (draft.TermMonths is <= 0 or > 240)
        {
            throw new DomainException("Term must be between 1 and 240 months", nameof(TermMonths));
        }

        if (draft.ProviderId is not null && !string.IsNullOrWhiteSpace(draft.NewSupplierName))
        {
            throw new DomainException("Choose an existing provider or enter a new supplier, not both", nameof(NewSupplierName));
        }

        // A CPR waiver is a significant operational decision, or a key decision at or above the key-decision threshold:
        // never an administrative decision (Waiver report 4.5.2; domain.md section 1).
        if (draft.Kind == DecisionKind.Administrative)
        {
            throw new DomainException("A waiver is never an administrative decision: select significant operational decision or key decision", "Kind");
        }

        if (draft.Route == DecisionRoute.AdministrativeDecision)
        {
            throw new DomainException("A waiver is never an administrative decision: select Executive Board or delegated decision", "Route");
        }

        var unknownRules = draft.RulesWaived.Except(ContractProcedureRules.Known.Select(r => r.Number)).ToList();
        if (unknownRules.Count > 0)
        {
            throw new DomainException("Select the rules waived from the list, and enter any others as text", nameof(RulesWaived));
        }

        Subject = draft.Subject.Trim();
        ReportOf = Text(draft.ReportOf);
        ReportDate = draft.ReportDate;
        RegisterDate = draft.ReportDate ?? CreatedOn;
        CommissioningOrganisationId = draft.CommissioningOrganisationId;
        SpecificWardsAffected = draft.SpecificWardsAffected;
        ConsultationCarriedOut = draft.ConsultationCarriedOut;
        HasEqualityImplications = draft.HasEqualityImplications;
        _rulesWaived = draft.RulesWaived.Distinct().Order(StringComparer.Ordinal).ToList();
        OtherRulesWaived = Text(draft.OtherRulesWaived);
        ProviderId = draft.ProviderId;
        NewSupplierName = draft.ProviderId is null ? Text(draft.NewSupplierName) : null;
        Value = draft.Value;
        TermMonths = draft.TermMonths;
        ImplementingOfficer = Text(draft.ImplementingOfficer);
        BudgetSource = Text(draft.BudgetSource);
        Summary = Text(draft.Summary);
        ResourceImplications = Text(draft.ResourceImplications);
        Recommendations = Text(draft.Recommendations);
        Purpose = Text(draft.Purpose);
        Background = Text(draft.Background);
        MainIssues = Text(draft.MainIssues);
        ConsultationAndEngagement = Text(draft.ConsultationAndEngagement);
        EqualityAndDiversity = Text(draft.EqualityAndDiversity);
        CouncilPolicies = Text(draft.CouncilPolicies);
        ClimateEmergency = Text(draft.ClimateEmergency);
        ResourcesAndValueForMoney = Text(draft.ResourcesAndValueForMoney);
        CostBreakdown = Text(draft.CostBreakdown);
        ValueForMoney = Text(draft.ValueForMoney);
        LegalImplications = Text(draft.LegalImplications);
        TransparencyAndAdvertising = Text(draft.TransparencyAndAdvertising);
        OmbudsmanRisk = Text(draft.OmbudsmanRisk);
        BestValue = Text(draft.BestValue);
        RiskManagement = Text(draft.RiskManagement);
        Conclusions = Text(draft.Conclusions);
        BackgroundDocuments = Text(draft.BackgroundDocuments);
        CrossBorderSubjectMatter = Text(draft.CrossBorderSubjectMatter);
        CrossBorderValue = Text(draft.CrossBorderValue);
        CrossBorderSector = Text(draft.CrossBorderSector);
        CrossBorderLocation = Text(draft.CrossBorderLocation);
        HasCrossBorderInterest = draft.HasCrossBorderInterest;
        LegalReviewBy = Text(draft.LegalReviewBy);
        LegalReviewOn = LegalReviewBy is null ? null : draft.LegalReviewOn;
        Decision.Describe(
            Subject, draft.ReportTo ?? "", draft.Route, draft.Kind, draft.EiaScreeningDone, draft.EiaScreeningLink,
            draft.ExecutiveMemberBriefed, draft.SpecificWardsAffected == true ? draft.WardsAffected : [],
            draft.IsConfidentialOrExempt, draft.AccessToInformationRule, draft.ConfidentialAppendix);
    }

    /// <summary>
    /// Every section still missing before the request can go to the decision maker, as (field, message),
    /// in the order of the form (domain.md section 4; issue 5 "lists each missing one").
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> MissingSections(DecisionRules rules)
    {
        var missing = new List<(string, string)>();
        void Need(bool present, string field, string message)
        {
            if (!present)
            {
                missing.Add((field, message));
            }
        }

        Need(ReportOf is not null, nameof(ReportOf), "Enter who the report is of");
        Need(Decision.DecisionMakerRole.Length > 0, "ReportTo", "Enter who the report is to (the decision maker)");
        Need(ReportDate is not null, nameof(ReportDate), "Enter the date of the report");
        Need(CommissioningOrganisationId is not null, nameof(CommissioningOrganisationId), "Select the directorate or NHS body");
        Need(SpecificWardsAffected is not null, nameof(SpecificWardsAffected), "Select whether specific electoral wards are affected");
        if (SpecificWardsAffected == true)
        {
            Need(Decision.WardsAffected.Count > 0, "WardsAffected", "Enter the wards affected");
        }

        Need(ConsultationCarriedOut is not null, nameof(ConsultationCarriedOut), "Select whether consultation has been carried out");
        Need(HasEqualityImplications is not null, nameof(HasEqualityImplications), "Select whether there are equality, diversity, cohesion and integration implications");
        foreach (var answer in Decision.MissingAnswers().Where(a => a.Field != nameof(DecisionRecord.DecisionMakerRole)))
        {
            missing.Add(answer);
        }

        Need(_rulesWaived.Count > 0 || OtherRulesWaived is not null, nameof(RulesWaived), "Select the contract procedure rules to be waived");
        Need(ProviderId is not null || NewSupplierName is not null, nameof(ProviderId), "Select the proposed supplier or enter a new one");
        Need(Value is not null, nameof(Value), "Enter the value of the waiver");
        Need(TermMonths is not null, nameof(TermMonths), "Enter the term in months");
        Need(ImplementingOfficer is not null, nameof(ImplementingOfficer), "Enter the officer who will implement the decision");
        Need(BudgetSource is not null, nameof(BudgetSource), "Enter the budget the cost will come from");
        if (Value is { } value && rules.IsKeyDecisionValue(value) && Decision.Kind is { } kind && kind != DecisionKind.KeyDecision)
        {
            // domain.md section 1: the key-decision threshold is configuration (seed £500,000).
            missing.Add(("Kind", $"A waiver of {Pounds(rules.KeyDecisionThreshold)} or more is a key decision: select key decision"));
        }

        Need(Summary is not null, nameof(Summary), "Enter the summary of main issues");
        Need(ResourceImplications is not null, nameof(ResourceImplications), "Enter the resource implications in the summary");
        Need(Recommendations is not null, nameof(Recommendations), "Enter the recommendations");
        Need(Purpose is not null, nameof(Purpose), "Enter section 1, purpose of this report");
        Need(Background is not null, nameof(Background), "Enter section 2, background information");
        Need(MainIssues is not null, nameof(MainIssues), "Enter section 3, main issues: why competition is not practicable");
        Need(ConsultationAndEngagement is not null, nameof(ConsultationAndEngagement), "Enter section 4.1, consultation and engagement");
        Need(EqualityAndDiversity is not null, nameof(EqualityAndDiversity), "Enter section 4.2, equality and diversity, cohesion and integration");
        Need(CouncilPolicies is not null, nameof(CouncilPolicies), "Enter section 4.3, council policies and the Best Council Plan");
        Need(ClimateEmergency is not null, nameof(ClimateEmergency), "Enter section 4.3, climate emergency");
        Need(ResourcesAndValueForMoney is not null, nameof(ResourcesAndValueForMoney), "Enter section 4.4, the total cost and the budget it is met from");
        Need(LegalImplications is not null, nameof(LegalImplications), "Enter section 4.5, who takes the decision and whether it is open for call-in");
        Need(TransparencyAndAdvertising is not null, nameof(TransparencyAndAdvertising), "Enter section 4.5, transparency, advertising and cross-border interest");
        Need(RiskManagement is not null, nameof(RiskManagement), "Enter section 4.6, risk management");
        Need(Conclusions is not null, nameof(Conclusions), "Enter section 5, conclusions");
        Need(BackgroundDocuments is not null, nameof(BackgroundDocuments), "Enter section 7, background documents, or 'None'");
        Need(CrossBorderSubjectMatter is not null, nameof(CrossBorderSubjectMatter), "Enter the cross-border interest assessment of the subject matter");
        Need(CrossBorderValue is not null, nameof(CrossBorderValue), "Enter the cross-border interest assessment of the value");
        Need(CrossBorderSector is not null, nameof(CrossBorderSector), "Enter the cross-border interest assessment of the sector");
        Need(CrossBorderLocation is not null, nameof(CrossBorderLocation), "Enter the cross-border interest assessment of the location");
        Need(HasCrossBorderInterest is not null, nameof(HasCrossBorderInterest), "Select whether the contract is of cross-border interest");
        if (NeedsLegalReview(rules) && !HasLegalReview)
        {
            var threshold = rules.ProcurementThresholdOn(RegisterDate)!;
            missing.Add((nameof(LegalReviewBy),
                $"This waiver is above the public procurement threshold of {Pounds(threshold.Amount)}: record who in Legal Services reviewed it, and when"));
        }

        return missing;
    }

    /// <summary>Puts a complete draft to the decision maker.</summary>
    public void Submit(DateOnly today, DecisionRules rules)
    {
        EnsureEditable();
        var missing = MissingSections(rules);
        if (missing.Count > 0)
        {
            throw new DomainException($"The waiver is not complete: {missing.Count} section(s) missing", missing[0].Field);
        }

        // The report goes to the decision maker on its date, never before it (issue 11: the NDTi seed was submitted early).
        if (ReportDate is { } dated && today < dated)
        {
            throw new DomainException(
                $"The report is dated {dated.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}: it cannot be submitted before that date",
                nameof(ReportDate));
        }

        Status = WaiverStatus.Submitted;
        SubmittedOn = today;
    }

    /// <summary>
    /// The decision maker approves or refuses (issue 5): only a Decision maker, never the author of the request,
    /// only once submitted, always with reasons.
    /// </summary>
    public void Decide(Decider decider, bool approve, string reasons, DateOnly today, DecisionRules rules)
    {
        if (Status != WaiverStatus.Submitted)
        {
            throw new DomainException(IsDecided
                ? "This waiver has already been decided. Start a new version to correct it."
                : "Only a submitted waiver can be decided");
        }

        if (!decider.IsDecisionMaker)
        {
            throw new DomainException("Only a decision maker can approve or refuse a waiver");
        }

        if (decider.UserId == AuthorUserId)
        {
            throw new DomainException("You cannot decide a waiver you requested", "Approve");
        }

        Decision.RecordOutcome(approve ? DecisionOutcome.Approved : DecisionOutcome.Refused, today, reasons,
            decider.UserId, decider.Name, rules);
        Status = approve ? WaiverStatus.Approved : WaiverStatus.Refused;
    }

    /// <summary>
    /// Starts a correction of a decided waiver: a new draft with the same content, the next version number,
    /// and a link back. The decided version is kept unchanged but for being marked superseded.
    /// </summary>
    public CprWaiver StartCorrection(string authorUserId, string authorName, DateOnly today)
    {
        if (!IsDecided)
        {
            throw new DomainException("Only a decided waiver can be corrected by a new version; a draft can be changed directly");
        }

        if (IsSuperseded)
        {
            throw new DomainException("A newer version of this waiver already exists: correct that one");
        }

        var next = (CprWaiver)MemberwiseClone();
        next.Id = 0;
        next.Version = 0;
        next.Status = WaiverStatus.Draft;
        next.VersionNumber = VersionNumber + 1;
        next.PreviousVersionId = Id;
        next.FirstVersionId = FirstVersionId ?? Id;
        next.IsSuperseded = false;
        next.AuthorUserId = authorUserId;
        next.AuthorName = authorName;
        next.CreatedOn = today;
        next.SubmittedOn = null;
        next.ContractId = null;
        next.Provider = null;
        next.CommissioningOrganisation = null;
        next._rulesWaived = _rulesWaived.ToList();
        next.Decision = Decision.CopyAsPending();
        next.DecisionRecordId = 0;
        IsSuperseded = true;
        return next;
    }

    /// <summary>
    /// The proposed supplier as a provider for the contract: the existing provider (pass it in, loaded), or a
    /// new provider made from <see cref="NewSupplierName"/>.
    /// </summary>
    public Provider SupplierForContract(Provider? existing)
    {
        if (ProviderId is not null)
        {
            return existing is not null && existing.Id == ProviderId
                ? existing
                : throw new InvalidOperationException("Load the waiver's provider first");
        }

        return new Provider(NewSupplierName ?? throw new DomainException("The waiver names no supplier"));
    }

    /// <summary>
    /// An approved waiver leads to a contract in the register (domain.md section 4), procurement route
    /// "direct award under a CPR waiver", starting on <paramref name="startDate"/> for the waiver's term, at its
    /// value spread over the term, with the supplier as lead provider, linked back to this waiver. The contract
    /// starts Planned, so its funding can be added in the register. Call <see cref="LinkContract"/> once it is saved.
    /// </summary>
    /// <summary>
    /// Only the latest approved version of a waiver leads to a contract, and only once (issue 5; domain.md
    /// section 4): throws with the reason when this waiver cannot create its contract.
    /// </summary>
    public void EnsureCanCreateContract()
    {
        if (Status != WaiverStatus.Approved)
        {
            throw new DomainException("Only an approved waiver leads to a contract");
        }

        if (IsSuperseded)
        {
            throw new DomainException("A newer version of this waiver exists: create the contract from that one");
        }

        if (ContractId is not null)
        {
            throw new DomainException("A contract has already been created from this waiver");
        }
    }

    public Contract CreateContract(Provider supplier, ServiceArea serviceArea, DateOnly startDate)
    {
        EnsureCanCreateContract();

        var months = TermMonths ?? throw new DomainException("The waiver has no term");
        var value = Value ?? throw new DomainException("The waiver has no value");
        var annualValue = decimal.Round(value * 12m / months, 2, MidpointRounding.AwayFromZero);
        var title = Subject.Length <= 200 ? Subject : Subject[..200];
        var contract = new Contract(
            $"CPRW-{RegisterDate.Year}-{Id}", title, serviceArea,
            CommissioningOrganisationId ?? throw new DomainException("The waiver has no directorate"),
            AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.DirectAwardCprWaiver,
            startDate, startDate.AddMonths(months).AddDays(-1), annualValue);
        contract.LinkCprWaiver(Id);
        contract.SetProviders([new ContractProviderLine(supplier, ProviderRole.Lead)]);
        return contract;
    }

    /// <summary>Links the contract created in the register from this approved waiver.</summary>
    public void LinkContract(int contractId)
    {
        if (Status != WaiverStatus.Approved)
        {
            throw new DomainException("Only an approved waiver leads to a contract");
        }

        if (ContractId is not null)
        {
            throw new DomainException("A contract has already been created from this waiver");
        }

        ContractId = contractId;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException(IsDecided
                ? "A decided waiver cannot be changed. Start a new version to correct it."
                : "A submitted waiver cannot be changed");
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Pounds(decimal amount) => "£" + amount.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture);
}
