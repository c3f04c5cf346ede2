using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// An opportunity that providers can bid for: planned and approved by staff, published, closed by the
/// clock at its bid deadline, evaluated, then awarded or cancelled (issue 6; domain.md sections 3 and 9).
/// A draft anyone with the right policy may edit; its author submits it for approval when it is complete,
/// and while it waits nobody can change it until the author withdraws it or an approver returns it with a
/// reason (issue 11). After publication it changes only through dated clarification notices.
/// </summary>
public sealed class Opportunity : IAuditable, IVersioned
{
    private readonly List<Lot> _lots = [];
    private readonly List<QualityQuestion> _questions = [];
    private readonly List<OpportunitySocialValue> _socialValue = [];
    private readonly List<ClarificationNotice> _clarifications = [];
    private readonly List<ApprovalStep> _approvalSteps = [];

    private Opportunity() { }

    public Opportunity(string title, string? description, ServiceArea serviceArea, int commissioningOrganisationId,
        string authorUserId, string authorName, DateTime nowUtc)
    {
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        CreatedAtUtc = nowUtc;
        Describe(title, description, serviceArea, commissioningOrganisationId);
        // Defaults a small charity would expect: consortia welcome, price 40 / quality 50 / social value 10.
        ConsortiaAllowed = true;
        PriceWeight = 40;
        QualityWeight = 50;
        SocialValueWeight = 10;
        InitialTermMonths = 36;
    }

    public int Id { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public ServiceArea ServiceArea { get; private set; }

    public int CommissioningOrganisationId { get; private set; }

    /// <summary>Estimated whole-life value in pounds, including every optional extension.</summary>
    public decimal EstimatedValue { get; private set; }

    public int InitialTermMonths { get; private set; }

    /// <summary>Optional extensions in months, in order: "5+2" years is 60 then [24] (domain.md section 2).</summary>
    public List<int> ExtensionMonths { get; private set; } = [];

    public ProcurementProcedure Route { get; private set; }

    public bool PaymentByResults { get; private set; }

    public bool ConsortiaAllowed { get; private set; }

    /// <summary>Why the opportunity is not divided into lots (domain.md section 3, KiL guide step 4).</summary>
    public string? SingleLotReason { get; private set; }

    public DateOnly? PublishOn { get; private set; }

    public DateTime? ClarificationDeadlineUtc { get; private set; }

    public DateTime? BidDeadlineUtc { get; private set; }

    public DateOnly? EvaluationBy { get; private set; }

    public DateOnly? AwardBy { get; private set; }

    public DateOnly? ContractStart { get; private set; }

    public int PriceWeight { get; private set; }

    public int QualityWeight { get; private set; }

    public int SocialValueWeight { get; private set; }

    /// <summary>
    /// Set at approval: a lot within the Keep it Local cap and no payment by results. The public list
    /// filters on it ("suitable for small organisations").
    /// </summary>
    public bool SuitableForSmallOrganisations { get; private set; }

    public OpportunityStatus Status { get; private set; }

    public string AuthorUserId { get; private set; } = "";

    public string AuthorName { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public string? ApprovedByUserId { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public DateTime? EvaluationStartedAtUtc { get; private set; }

    public DateTime? OutcomeAtUtc { get; private set; }

    /// <summary>The award note or the reason for cancelling.</summary>
    public string? OutcomeNote { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Lot> Lots => _lots;

    public IReadOnlyList<QualityQuestion> QualityQuestions => _questions;

    public IReadOnlyList<OpportunitySocialValue> SocialValueCriteria => _socialValue;

    public IReadOnlyList<ClarificationNotice> Clarifications => _clarifications;

    /// <summary>Submitted, withdrawn, returned, approved: the approval history, oldest first by <see cref="ApprovalStep.Number"/>.</summary>
    public IReadOnlyList<ApprovalStep> ApprovalSteps => _approvalSteps;

    public bool IsAwaitingApproval => Status == OpportunityStatus.SubmittedForApproval;

    /// <summary>The return the author has still to act on: a draft whose latest approval step is a return. Null once resubmitted.</summary>
    public ApprovalStep? OutstandingReturn =>
        Status == OpportunityStatus.Draft && _approvalSteps.MaxBy(s => s.Number) is { Kind: ApprovalStepKind.Returned } step ? step : null;

    /// <summary>The submission waiting for a decision, while there is one.</summary>
    public ApprovalStep? PendingSubmission =>
        IsAwaitingApproval ? _approvalSteps.Where(s => s.Kind == ApprovalStepKind.Submitted).MaxBy(s => s.Number) : null;

    public int TotalTermMonths => InitialTermMonths + ExtensionMonths.Sum();

    /// <summary>"36 months + 12 + 12".</summary>
    public string TermShape => ExtensionMonths.Count == 0
        ? $"{InitialTermMonths} months"
        : $"{InitialTermMonths} months + {string.Join(" + ", ExtensionMonths)} months optional extension{(ExtensionMonths.Count > 1 ? "s" : "")}";

    /// <summary>The years a bid's price is broken down into: every year of the whole possible term.</summary>
    public int PriceYears => Math.Max(1, (int)Math.Ceiling(TotalTermMonths / 12.0));

    public bool IsEditable => Status == OpportunityStatus.Draft;

    // ----- Drafting -----

    public void Describe(string title, string? description, ServiceArea serviceArea, int commissioningOrganisationId)
    {
        EnsureDraft();
        Title = Text.Required(title, 200, nameof(Title), "Enter the opportunity's title", "Title");
        Description = Text.Optional(description, 8000, nameof(Description), "Description");
        if (!Enum.IsDefined(serviceArea))
        {
            throw new DomainException("Select the service area", nameof(ServiceArea));
        }

        ServiceArea = serviceArea;
        if (commissioningOrganisationId <= 0)
        {
            throw new DomainException("Select the commissioning organisation", nameof(CommissioningOrganisationId));
        }

        CommissioningOrganisationId = commissioningOrganisationId;
    }

    public void SetCommercials(decimal estimatedValue, int initialTermMonths, IEnumerable<int> extensionMonths,
        ProcurementProcedure route, bool paymentByResults, bool consortiaAllowed)
    {
        EnsureDraft();
        if (estimatedValue <= 0)
        {
            throw new DomainException("Enter the estimated whole-life value, more than £0", nameof(EstimatedValue));
        }

        if (initialTermMonths is < 1 or > 240)
        {
            throw new DomainException("Initial term must be between 1 and 240 months", nameof(InitialTermMonths));
        }

        var extensions = extensionMonths.ToList();
        if (extensions.Any(m => m is < 1 or > 120))
        {
            throw new DomainException("Each extension must be between 1 and 120 months", nameof(ExtensionMonths));
        }

        if (!Enum.IsDefined(route))
        {
            throw new DomainException("Select the procurement route", nameof(Route));
        }

        EstimatedValue = Money.Ensure(estimatedValue, nameof(EstimatedValue), "Estimated value");
        InitialTermMonths = initialTermMonths;
        ExtensionMonths = extensions;
        Route = route;
        PaymentByResults = paymentByResults;
        ConsortiaAllowed = consortiaAllowed;
    }

    /// <summary>
    /// Each date after the one before (issue 6): publish, clarification deadline, bid deadline, evaluation, award,
    /// contract start. Every date out of order is reported at once, each against its field.
    /// </summary>
    public void SetTimetable(DateOnly publishOn, DateTime clarificationDeadlineUtc, DateTime bidDeadlineUtc,
        DateOnly evaluationBy, DateOnly awardBy, DateOnly contractStart)
    {
        EnsureDraft();
        var errors = new DomainErrors();
        if (UkTime.DateOf(clarificationDeadlineUtc) <= publishOn)
        {
            errors.Add("ClarificationDeadline", "The clarification deadline must be after the publication date");
        }

        if (bidDeadlineUtc <= clarificationDeadlineUtc)
        {
            errors.Add("BidDeadline", "The bid deadline must be after the clarification deadline");
        }

        if (evaluationBy <= UkTime.DateOf(bidDeadlineUtc))
        {
            errors.Add(nameof(EvaluationBy), "The evaluation date must be after the bid deadline");
        }

        if (awardBy <= evaluationBy)
        {
            errors.Add(nameof(AwardBy), "The award date must be after the evaluation date");
        }

        if (contractStart <= awardBy)
        {
            errors.Add(nameof(ContractStart), "The contract start date must be after the award date");
        }

        errors.ThrowIfAny();
        PublishOn = publishOn;
        ClarificationDeadlineUtc = DateTime.SpecifyKind(clarificationDeadlineUtc, DateTimeKind.Utc);
        BidDeadlineUtc = DateTime.SpecifyKind(bidDeadlineUtc, DateTimeKind.Utc);
        EvaluationBy = evaluationBy;
        AwardBy = awardBy;
        ContractStart = contractStart;
    }

    public Lot AddLot(string title, string? description, decimal annualValue, IEnumerable<Locality> localities)
    {
        EnsureDraft();
        var lot = new Lot(_lots.Count + 1, title, description, annualValue, localities);
        _lots.Add(lot);
        return lot;
    }

    public void UpdateLot(int lotId, string title, string? description, decimal annualValue, IEnumerable<Locality> localities)
    {
        EnsureDraft();
        FindLot(lotId).Update(title, description, annualValue, localities);
    }

    public void RemoveLot(int lotId)
    {
        EnsureDraft();
        _lots.Remove(FindLot(lotId));
        Renumber(_lots, (l, n) => l.Number = n);
    }

    /// <summary>The reason the opportunity is not divided into lots (KiL guide step 4, domain.md section 3).</summary>
    public void RecordSingleLotReason(string? reason)
    {
        EnsureDraft();
        SingleLotReason = Text.Optional(reason, 2000, nameof(SingleLotReason), "Reason for not dividing into lots");
    }

    /// <summary>The answer to the Keep it Local warning "no local provider could bid for this lot" (domain.md section 3).</summary>
    public void RecordNoLocalBidderReason(int lotId, string? reason)
    {
        EnsureDraft();
        FindLot(lotId).RecordNoLocalBidderReason(reason);
    }

    /// <summary>
    /// Price, quality and social value weights, declared before bids open (domain.md section 3: MEAT).
    /// They sum to 100, and social value weight is more than 0: the KiL guide asks for social value in
    /// every award (domain.md section 6, KiL step 2 "demonstrate social value").
    /// </summary>
    public void SetWeights(int price, int quality, int socialValue)
    {
        EnsureDraft();
        if (price < 0 || quality < 0 || socialValue < 0)
        {
            throw new DomainException("Weights must be 0 or more", nameof(PriceWeight));
        }

        if (price + quality + socialValue != 100)
        {
            throw new DomainException($"Price, quality and social value weights must add up to 100. They add up to {price + quality + socialValue}", nameof(PriceWeight));
        }

        if (socialValue == 0)
        {
            throw new DomainException("Social value weight must be more than 0: every award includes social value", nameof(SocialValueWeight));
        }

        PriceWeight = price;
        QualityWeight = quality;
        SocialValueWeight = socialValue;
    }

    public QualityQuestion AddQualityQuestion(string text, int weight, int wordLimit, string? scorers, QuestionKind kind = QuestionKind.WrittenAnswer)
    {
        EnsureDraft();
        var question = new QualityQuestion(_questions.Count + 1, text, weight, wordLimit, scorers, kind);
        _questions.Add(question);
        return question;
    }

    public void UpdateQualityQuestion(int questionId, string text, int weight, int wordLimit, string? scorers, QuestionKind kind = QuestionKind.WrittenAnswer)
    {
        EnsureDraft();
        FindQuestion(questionId).Update(text, weight, wordLimit, scorers, kind);
    }

    public void RemoveQualityQuestion(int questionId)
    {
        EnsureDraft();
        _questions.Remove(FindQuestion(questionId));
        Renumber(_questions, (q, n) => q.Number = n);
    }

    public void ChooseSocialValueCriteria(IEnumerable<int> criterionIds)
    {
        EnsureDraft();
        var wanted = criterionIds.Distinct().ToList();
        _socialValue.RemoveAll(s => !wanted.Contains(s.SocialValueCriterionId));
        foreach (var id in wanted.Where(id => _socialValue.All(s => s.SocialValueCriterionId != id)))
        {
            _socialValue.Add(new OpportunitySocialValue(id));
        }
    }

    // ----- Checks and workflow -----

    /// <summary>What the lots would cost over the whole possible term: their annual values for every month of it.</summary>
    public decimal LotsWholeTermValue => decimal.Round(_lots.Sum(l => l.AnnualValue) * TotalTermMonths / 12m, 2);

    /// <summary>
    /// A warning, not a bar: the lots' annual values over the whole possible term come to more than the estimated
    /// whole-life value, so one of the two is wrong, and the estimate decides where the opportunity must be
    /// published (domain.md section 3 thresholds). Null when they agree or there is nothing to compare.
    /// </summary>
    public string? ValueMismatch()
    {
        var lots = LotsWholeTermValue;
        if (_lots.Count == 0 || EstimatedValue <= 0 || lots <= EstimatedValue)
        {
            return null;
        }

        return $"The lots add up to {Money.Text(_lots.Sum(l => l.AnnualValue))} a year, which is {Money.Text(lots)} over the whole possible term of {TotalTermMonths} months: "
            + $"more than the estimated whole-life value of {Money.Text(EstimatedValue)}. Check the estimate, because it decides where the opportunity must be published.";
    }

    /// <summary>
    /// What stops approval, each with the field it belongs to. <paramref name="localBidders"/> is the
    /// Keep it Local count for each lot number.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> ProblemsBeforeApproval(IReadOnlyDictionary<int, int> localBidders, DateTime nowUtc)
    {
        var problems = new List<(string, string)>();
        if (EstimatedValue <= 0)
        {
            problems.Add((nameof(EstimatedValue), "Enter the estimated whole-life value"));
        }

        if (BidDeadlineUtc is null)
        {
            problems.Add(("BidDeadline", "Enter the timetable, including the bid deadline"));
        }
        else if (BidDeadlineUtc <= nowUtc || ClarificationDeadlineUtc <= nowUtc)
        {
            problems.Add(("BidDeadline", "The clarification and bid deadlines must be in the future"));
        }

        if (_lots.Count == 0)
        {
            problems.Add(("Lots", "Add at least one lot"));
        }
        else if (_lots.Count == 1 && SingleLotReason is null)
        {
            problems.Add((nameof(SingleLotReason), "Record why the opportunity is not divided into lots"));
        }

        foreach (var lot in _lots.Where(l => localBidders.GetValueOrDefault(l.Number) == 0 && l.NoLocalBidderReason is null))
        {
            problems.Add(("Lots", $"Lot {lot.Number}: no registered local provider could bid at this size. Record why, or make the lot smaller"));
        }

        if (PriceWeight + QualityWeight + SocialValueWeight != 100 || SocialValueWeight == 0)
        {
            problems.Add((nameof(PriceWeight), "Price, quality and social value weights must add up to 100, with social value more than 0"));
        }

        if (QualityWeight > 0 && _questions.Count == 0)
        {
            problems.Add(("QualityQuestions", "Add the quality questions"));
        }
        else if (_questions.Sum(q => q.Weight) != QualityWeight)
        {
            problems.Add(("QualityQuestions", $"The quality questions' weights must add up to the quality weight of {QualityWeight}. They add up to {_questions.Sum(q => q.Weight)}"));
        }

        if (_socialValue.Count == 0)
        {
            problems.Add(("SocialValueCriteria", "Choose at least one social value criterion"));
        }

        return problems;
    }

    /// <summary>
    /// The author sends the complete draft for approval (issue 11): everything <see cref="ProblemsBeforeApproval"/>
    /// checks must be in place. From now until it is approved, withdrawn or returned, nobody can change it.
    /// </summary>
    public void SubmitForApproval(string userId, string name, IReadOnlyDictionary<int, int> localBidders, DateTime nowUtc)
    {
        EnsureDraft();
        if (userId != AuthorUserId)
        {
            throw new DomainException($"Only {AuthorName}, who drafted this opportunity, can submit it for approval");
        }

        var problems = ProblemsBeforeApproval(localBidders, nowUtc);
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message, problems[0].Field);
        }

        Status = OpportunityStatus.SubmittedForApproval;
        AddStep(ApprovalStepKind.Submitted, userId, name, nowUtc, null);
    }

    /// <summary>The author takes a submitted opportunity back to change it; it must be submitted again.</summary>
    public void WithdrawSubmission(string userId, string name, DateTime nowUtc)
    {
        EnsureAwaitingApproval();
        if (userId != AuthorUserId)
        {
            throw new DomainException($"Only {AuthorName}, who submitted this opportunity, can withdraw it. Return it to them with a reason instead");
        }

        Status = OpportunityStatus.Draft;
        AddStep(ApprovalStepKind.Withdrawn, userId, name, nowUtc, null);
    }

    /// <summary>
    /// An approver sends a submitted opportunity back to its author, saying why (issue 11): it is a draft again
    /// and shows the reason until the author submits it again.
    /// </summary>
    public void ReturnToAuthor(string userId, string name, string? reason, DateTime nowUtc)
    {
        EnsureAwaitingApproval();
        if (userId == AuthorUserId)
        {
            throw new DomainException("You submitted this opportunity. Withdraw the submission to change it");
        }

        var why = Text.Required(reason, 2000, "Reason", "Enter why you are returning the opportunity", "Reason");
        Status = OpportunityStatus.Draft;
        AddStep(ApprovalStepKind.Returned, userId, name, nowUtc, why);
    }

    /// <summary>
    /// Approval to publish, of an opportunity submitted for approval: by a member of staff who holds an approving
    /// role (the policy checks that) and is not the author, so two people always see an opportunity before it is
    /// published (issue 6 decision). When the lots are worth more than the estimate (<see cref="ValueMismatch"/>),
    /// the approver owes a reason for approving anyway (issue 19), kept in the approval history.
    /// </summary>
    public void Approve(string approverUserId, string approverName, IReadOnlyDictionary<int, int> localBidders, decimal keepItLocalCap, DateTime nowUtc,
        string? reason = null)
    {
        if (Status == OpportunityStatus.Draft)
        {
            throw new DomainException("This opportunity has not been submitted for approval. Its author submits it when it is complete");
        }

        EnsureAwaitingApproval();
        if (approverUserId == AuthorUserId)
        {
            throw new DomainException("You drafted this opportunity, so someone else must approve it");
        }

        var problems = ProblemsBeforeApproval(localBidders, nowUtc);
        if (problems.Count > 0)
        {
            throw new DomainException(problems[0].Message, problems[0].Field);
        }

        var why = ValueMismatch() is null
            ? Text.Optional(reason, 2000, "Reason", "Reason")
            : Text.Required(reason, 2000, "Reason", "Enter why you are approving it although its lots are worth more than its estimate", "Reason");
        SuitableForSmallOrganisations = !PaymentByResults && _lots.Any(l => l.AnnualValue <= keepItLocalCap);
        Status = OpportunityStatus.Approved;
        ApprovedByUserId = approverUserId;
        ApprovedByName = approverName;
        ApprovedAtUtc = nowUtc;
        AddStep(ApprovalStepKind.Approved, approverUserId, approverName, nowUtc, why);
    }

    /// <summary>Back to draft for changes; the approval is spent, and the changed draft is submitted again.</summary>
    public void ReturnToDraft(string userId, string name, DateTime nowUtc)
    {
        if (Status != OpportunityStatus.Approved)
        {
            throw new DomainException("Only an approved opportunity that is not yet published can go back to draft");
        }

        Status = OpportunityStatus.Draft;
        ApprovedByUserId = null;
        ApprovedByName = null;
        ApprovedAtUtc = null;
        AddStep(ApprovalStepKind.BackToDraft, userId, name, nowUtc, null);
    }

    /// <summary>
    /// True when publishing at <paramref name="nowUtc"/> would be before the planned publication date, so publishing
    /// now overrides it: then the person publishing owes a reason (issue 19), kept in the approval history.
    /// </summary>
    public bool PublishingOverridesPlannedDate(DateTime nowUtc) => PublishOn is { } planned && planned > UkTime.DateOf(nowUtc);

    /// <summary>
    /// Publishes now, by <paramref name="userName"/>: the publication date becomes today (UK), so the threshold in
    /// force today applies. Before the planned date a reason is required (<see cref="PublishingOverridesPlannedDate"/>);
    /// the step goes into the approval history with it.
    /// </summary>
    public void Publish(string userId, string userName, DateTime nowUtc, string? reason = null)
    {
        if (Status != OpportunityStatus.Approved)
        {
            throw new DomainException("Only an approved opportunity can be published");
        }

        if (ClarificationDeadlineUtc <= nowUtc || BidDeadlineUtc <= nowUtc)
        {
            throw new DomainException("The clarification deadline has passed. Return the opportunity to draft and change the timetable", "BidDeadline");
        }

        var why = PublishingOverridesPlannedDate(nowUtc)
            ? Text.Required(reason, 2000, "Reason", $"Enter why you are publishing it before its planned date of {UkTime.Date(PublishOn!.Value)}", "Reason")
            : Text.Optional(reason, 2000, "Reason", "Reason");
        Status = OpportunityStatus.Published;
        PublishedAtUtc = nowUtc;
        PublishOn = UkTime.DateOf(nowUtc);
        AddStep(ApprovalStepKind.Published, userId, userName, nowUtc, why);
    }

    /// <summary>The stage a person sees: published and past the bid deadline is closed, whatever has run since.</summary>
    public OpportunityStage StageAt(DateTime nowUtc) => Status switch
    {
        OpportunityStatus.Draft => OutstandingReturn is null ? OpportunityStage.Draft : OpportunityStage.Returned,
        OpportunityStatus.SubmittedForApproval => OpportunityStage.AwaitingApproval,
        OpportunityStatus.Approved => OpportunityStage.Approved,
        OpportunityStatus.Published => nowUtc < BidDeadlineUtc ? OpportunityStage.Open : OpportunityStage.Closed,
        OpportunityStatus.InEvaluation => OpportunityStage.InEvaluation,
        OpportunityStatus.Awarded => OpportunityStage.Awarded,
        _ => OpportunityStage.Cancelled,
    };

    public bool IsOpenForBids(DateTime nowUtc) => StageAt(nowUtc) == OpportunityStage.Open;

    /// <summary>
    /// True while the opportunity is open and its bid deadline is no more than <paramref name="before"/> away: when
    /// organisations that registered interest and have not bid are reminded (docs/domain.md, "Reminders").
    /// </summary>
    public bool IsDeadlineReminderDue(DateTime nowUtc, TimeSpan before) =>
        IsOpenForBids(nowUtc) && BidDeadlineUtc - nowUtc <= before;

    /// <summary>True once the bid deadline has passed: bids are then frozen and may be opened by staff.</summary>
    public bool IsPastBidDeadline(DateTime nowUtc) => BidDeadlineUtc is { } deadline && nowUtc >= deadline;

    public bool IsOpenForQuestions(DateTime nowUtc) => IsOpenForBids(nowUtc) && nowUtc < ClarificationDeadlineUtc;

    public ClarificationNotice PublishClarification(string text, string publishedBy, DateTime nowUtc)
    {
        if (!IsOpenForBids(nowUtc))
        {
            throw new DomainException("Clarifications can be published only while the opportunity is open for bids", "Text");
        }

        var notice = new ClarificationNotice(_clarifications.Count + 1, text, publishedBy, nowUtc);
        _clarifications.Add(notice);
        return notice;
    }

    /// <summary>Moves the bid deadline later, published as a dated clarification so every bidder sees it.</summary>
    public void ExtendBidDeadline(DateTime newDeadlineUtc, string reason, string publishedBy, DateTime nowUtc)
    {
        if (!IsOpenForBids(nowUtc))
        {
            throw new DomainException("The deadline can be moved only while the opportunity is open for bids", "BidDeadline");
        }

        if (newDeadlineUtc <= BidDeadlineUtc)
        {
            throw new DomainException("The new bid deadline must be later than the current one", "BidDeadline");
        }

        var old = BidDeadlineUtc!.Value;
        _clarifications.Add(new ClarificationNotice(_clarifications.Count + 1,
            $"The bid deadline has moved from {UkTime.DateAndTime(old)} to {UkTime.DateAndTime(newDeadlineUtc)}. {Text.Required(reason, 1000, "Reason", "Enter why the deadline is moving", "Reason")}",
            publishedBy, nowUtc));
        BidDeadlineUtc = DateTime.SpecifyKind(newDeadlineUtc, DateTimeKind.Utc);
        if (EvaluationBy is { } evaluation && evaluation <= UkTime.DateOf(newDeadlineUtc))
        {
            EvaluationBy = UkTime.DateOf(newDeadlineUtc).AddDays(1);
        }
    }

    public ClarificationQuestion Ask(int providerId, string askedByUserId, string text, DateTime nowUtc)
    {
        if (!IsOpenForQuestions(nowUtc))
        {
            throw new DomainException(
                ClarificationDeadlineUtc is { } deadline && nowUtc >= deadline
                    ? $"The deadline for questions was {UkTime.DateAndTime(deadline)}"
                    : "This opportunity is not open for questions", "Text");
        }

        return new ClarificationQuestion(Id, providerId, askedByUserId, text, nowUtc);
    }

    public InterestRegistration RegisterInterest(int providerId, string userId, DateTime nowUtc)
    {
        if (!IsOpenForBids(nowUtc))
        {
            throw new DomainException("This opportunity is not open");
        }

        return new InterestRegistration(Id, providerId, userId, nowUtc);
    }

    /// <summary>
    /// What every bid on this opportunity must meet: deadline, price years, questions and word limits, criteria. A
    /// presentation question has no written answer, so the bid skips it.
    /// </summary>
    public BidRules BidRules() => new(
        BidDeadlineUtc ?? DateTime.MinValue,
        PriceYears,
        _questions.Where(q => !q.IsPresentation).OrderBy(q => q.Number).Select(q => new BidQuestionRule(q.Id, q.Number, q.WordLimit)).ToList(),
        _socialValue.Select(s => s.SocialValueCriterionId).Order().ToList(),
        ConsortiaAllowed);

    /// <summary>Starts a provider's draft bid for a lot, while the opportunity is open.</summary>
    public Bid StartBid(int lotId, int providerId, string userId, DateTime nowUtc)
    {
        var rules = BidRules();
        Bid.EnsureBeforeDeadline(rules, nowUtc);
        if (!IsOpenForBids(nowUtc))
        {
            throw new DomainException("This opportunity is not open for bids");
        }

        return new Bid(Id, FindLot(lotId).Id, providerId, userId, rules, nowUtc);
    }

    public void StartEvaluation(DateTime nowUtc)
    {
        if (Status != OpportunityStatus.Published || !IsPastBidDeadline(nowUtc))
        {
            throw new DomainException("Evaluation can start only after the bid deadline");
        }

        Status = OpportunityStatus.InEvaluation;
        EvaluationStartedAtUtc = nowUtc;
    }

    /// <summary>
    /// The opportunity is awarded once every lot's award is decided (issue 13): each lot has an approved recommendation,
    /// to a bid (its provider is recorded on the lot) or not to award it. Returns whether it is now awarded.
    /// </summary>
    public bool CompleteAward(IEnumerable<Awards.LotAward> awards, DateTime nowUtc)
    {
        if (Status != OpportunityStatus.InEvaluation)
        {
            return false;
        }

        var approved = awards.Where(a => a.OpportunityId == Id && a.Status == Awards.AwardStatus.Approved).ToList();
        if (_lots.Count == 0 || _lots.Any(l => approved.All(a => a.LotId != l.Id)))
        {
            return false;
        }

        foreach (var lot in _lots)
        {
            lot.AwardTo(approved.Single(a => a.LotId == lot.Id).ProviderId);
        }

        Status = OpportunityStatus.Awarded;
        OutcomeAtUtc = nowUtc;
        return true;
    }

    /// <summary>
    /// Records an outcome decided outside the portal's award flow, for generated history (the benchmark's regional data):
    /// the provider awarded each lot (none when a lot is not awarded) and a note. The portal itself awards lot by lot
    /// through <see cref="Awards.LotAward"/> and <see cref="CompleteAward"/>.
    /// </summary>
    public void Award(IReadOnlyDictionary<int, int?> awardedProviderByLot, string? note, DateTime nowUtc)
    {
        if (Status != OpportunityStatus.InEvaluation)
        {
            throw new DomainException("Only an opportunity in evaluation can be awarded");
        }

        foreach (var lot in _lots)
        {
            lot.AwardTo(awardedProviderByLot.GetValueOrDefault(lot.Id));
        }

        OutcomeNote = Text.Optional(note, 4000, nameof(OutcomeNote), "Note");
        Status = OpportunityStatus.Awarded;
        OutcomeAtUtc = nowUtc;
    }

    public void Cancel(string reason, DateTime nowUtc)
    {
        if (Status is OpportunityStatus.Awarded or OpportunityStatus.Cancelled)
        {
            throw new DomainException("This opportunity is already finished");
        }

        OutcomeNote = Text.Required(reason, 4000, nameof(OutcomeNote), "Enter why the opportunity is cancelled", "Reason");
        Status = OpportunityStatus.Cancelled;
        OutcomeAtUtc = nowUtc;
    }

    private void EnsureDraft()
    {
        if (Status != OpportunityStatus.Draft)
        {
            throw new DomainException(Status switch
            {
                OpportunityStatus.SubmittedForApproval => "This opportunity is waiting for approval. Its author can withdraw the submission to change it, or an approver can return it",
                OpportunityStatus.Approved => "This opportunity is approved. Return it to draft to change it",
                _ => "This opportunity has been published. Publish a clarification instead",
            });
        }
    }

    private void EnsureAwaitingApproval()
    {
        if (Status != OpportunityStatus.SubmittedForApproval)
        {
            throw new DomainException(Status == OpportunityStatus.Draft
                ? "This opportunity is a draft: it is not waiting for approval"
                : "This opportunity is no longer waiting for approval");
        }
    }

    private void AddStep(ApprovalStepKind kind, string userId, string name, DateTime nowUtc, string? reason) =>
        _approvalSteps.Add(new ApprovalStep(_approvalSteps.Count == 0 ? 1 : _approvalSteps.Max(s => s.Number) + 1, kind, userId, name, nowUtc, reason));

    private Lot FindLot(int lotId) =>
        _lots.FirstOrDefault(l => l.Id == lotId) ?? throw new DomainException("There is no such lot");

    private QualityQuestion FindQuestion(int questionId) =>
        _questions.FirstOrDefault(q => q.Id == questionId) ?? throw new DomainException("There is no such question");

    private static void Renumber<T>(List<T> items, Action<T, int> setNumber)
    {
        for (var i = 0; i < items.Count; i++)
        {
            setNumber(items[i], i + 1);
        }
    }
}
