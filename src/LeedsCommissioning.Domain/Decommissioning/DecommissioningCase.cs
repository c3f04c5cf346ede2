using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Domain.Decommissioning;

/// <summary>
/// A case for change for one contract (issue 14; domain.md section 5, HWB paper): its kind, reason and tangible evidence,
/// the impact on service users, the stakeholder dimensions checklist, the commissioning dimensions assessment, the CCG
/// Commissioning for Value principles and the LCC toolkit's perspectives as a checklist, the provider engagement log, the
/// exit plan, the Compact notice to each third-sector organisation, the sign-offs its funding needs (NHS: Planning
/// Implementation Group then Commissioning for Value Group; council: the decision route with its EIA and Executive Member
/// briefing; joint: both) and the decision, taken by a decision maker on a <see cref="DecisionRecord"/>. The contract
/// becomes decommissioned only through <see cref="DecommissionContract"/>, when <see cref="MissingForDecommissioning"/>
/// is empty. Changed only while a draft.
/// </summary>
public sealed class DecommissioningCase : IAuditable, IVersioned
{
    public const int MaxTextLength = 4000;

    /// <summary>
    /// The exit plan's tasks when configuration gives none (config "Decommissioning:ExitTasks"): the good practice the MPS
    /// and the LCC toolkit's "detailed plan ... with the provider" name (TUPE, safe transfer of service users, records,
    /// communications) and assets; the sources give no list, so it is configurable (domain.md section 5).
    /// </summary>
    public static IReadOnlyList<string> DefaultExitTasks { get; } =
    [
        "Staff transfer under TUPE",
        "Service users' transfer",
        "Records and data",
        "Communications",
        "Assets",
    ];

    private readonly List<StakeholderView> _stakeholders = [];
    private readonly List<ChecklistItem> _checklist = [];
    private readonly List<EngagementEntry> _engagement = [];
    private readonly List<ExitTask> _exitTasks = [];
    private readonly List<CaseCompactNotice> _compactNotices = [];

    private DecommissioningCase() { }

    private DecommissioningCase(Contract contract, bool nhsFunded, bool councilFunded, string? userId, string userName, DateTime nowUtc)
    {
        ContractId = contract.Id;
        NeedsCcgSignOff = nhsFunded;
        NeedsCouncilDecision = councilFunded;
        CommissionerUserId = string.IsNullOrWhiteSpace(userId) ? null : userId;
        CommissionerName = userName.Trim();
        StartedAtUtc = nowUtc;
        Status = DecommissioningStatus.Draft;
        Decision = new DecisionRecord($"Decommissioning: {contract.Title}", "Director", null, null);
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public DecommissioningStatus Status { get; private set; }

    public string? CommissionerUserId { get; private set; }

    public string CommissionerName { get; private set; } = "";

    public DateTime StartedAtUtc { get; private set; }

    public CaseForChangeKind? Kind { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The tangible evidence the proposal is based on (a Commissioning for Value principle).</summary>
    public string? Evidence { get; private set; }

    /// <summary>The day the service ends, or the reduction takes effect.</summary>
    public DateOnly? EndOrReductionDate { get; private set; }

    /// <summary>For a reduction in value: the new annual value.</summary>
    public decimal? NewAnnualValue { get; private set; }

    public int? ServiceUsersAffected { get; private set; }

    public string? GroupsAffected { get; private set; }

    public string? TransitionPlan { get; private set; }

    /// <summary>
    /// The commissioning dimensions assessment, based on the CCG prioritisation framework (domain.md section 5). The sources
    /// do not list the dimensions, so it is one assessment text (docs/domain.md).
    /// </summary>
    public string? DimensionsAssessment { get; private set; }

    /// <summary>An NHS (CCG, now ICB) funder pays for the contract: the CCG route applies.</summary>
    public bool NeedsCcgSignOff { get; private set; }

    /// <summary>A council directorate pays for the contract: the LCC decision route with EIA and Executive Member briefing applies.</summary>
    public bool NeedsCouncilDecision { get; private set; }

    /// <summary>Planning Implementation Group approval (CCG route).</summary>
    public DateOnly? PigApprovedOn { get; private set; }

    /// <summary>Commissioning for Value Group sign-off, after PIG approval (CCG route).</summary>
    public DateOnly? CfvSignedOffOn { get; private set; }

    public int DecisionId { get; private set; }

    public DecisionRecord Decision { get; private set; } = null!;

    public DateOnly? SubmittedOn { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<StakeholderView> Stakeholders => _stakeholders;

    public IReadOnlyList<ChecklistItem> Checklist => _checklist;

    public IReadOnlyList<EngagementEntry> Engagement => _engagement;

    public IReadOnlyList<ExitTask> ExitTasks => _exitTasks;

    public IReadOnlyList<CaseCompactNotice> CompactNotices => _compactNotices;

    public bool IsDraft => Status == DecommissioningStatus.Draft;

    /// <summary>
    /// Starts a case for <paramref name="contract"/> (needs Providers.Provider loaded). The sign-offs follow the kinds of
    /// organisation that fund it (<paramref name="funderKinds"/>): an NHS funder needs the CCG route, a council directorate
    /// the LCC route, both a joint contract; with neither (partners only) the commissioning organisation's kind decides. The stakeholder checklist, the
    /// principles and perspectives, the exit tasks (from configuration) and one Compact notice per third-sector organisation
    /// are set out, to be filled in.
    /// </summary>
    public static DecommissioningCase Start(
        Contract contract, IEnumerable<CommissioningOrganisationKind> funderKinds, CommissioningOrganisationKind commissionerKind,
        IEnumerable<string> exitTaskNames, string? userId, string userName, DateTime nowUtc)
    {
        if (!ContractLifecycle.IsDelivering(contract.Status))
        {
            throw new DomainException(
                $"Only a live, extended or ending contract can be decommissioned; this one is {contract.Status.ToDisplayName().ToLowerInvariant()}", "ContractId");
        }

        var kinds = funderKinds.ToHashSet();
        var nhs = kinds.Contains(CommissioningOrganisationKind.Nhs);
        var council = kinds.Contains(CommissioningOrganisationKind.CouncilDirectorate);
        if (!nhs && !council)
        {
            nhs = commissionerKind == CommissioningOrganisationKind.Nhs;
            council = !nhs;
        }

        var c = new DecommissioningCase(contract, nhs, council, userId, userName, nowUtc);
        c._stakeholders.AddRange(Enum.GetValues<Stakeholder>().Select(s => new StakeholderView(s)));
        c._checklist.AddRange(Enum.GetValues<CaseCheck>().Select(k => new ChecklistItem(k)));
        var number = 0;
        c._exitTasks.AddRange(exitTaskNames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => new ExitTask(++number, n.Trim())));
        c._compactNotices.AddRange(CompactCheck.Affected(contract, FundingChangeKind.Decommissioning)
            .Select(p => new CaseCompactNotice(p.ProviderId, p.Provider.Name, p.Role)));
        return c;
    }

    /// <summary>The case for change: kind, reason, tangible evidence, the end or reduction date and, for a reduction, the new value.</summary>
    public void DescribeCase(
        CaseForChangeKind? kind, string? reason, string? evidence, DateOnly? endOrReductionDate, decimal? newAnnualValue, Contract contract)
    {
        EnsureDraft();
        var errors = new DomainErrors();
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            errors.Add(nameof(Kind), "Select the kind of case for change");
        }

        errors.Collect(() => Text.Required(reason, MaxTextLength, nameof(Reason), "Enter the reason for the change", "The reason"));
        errors.Collect(() => Text.Required(evidence, MaxTextLength, nameof(Evidence), "Enter the tangible evidence the proposal is based on", "The evidence"));
        if (endOrReductionDate is null)
        {
            errors.Add(nameof(EndOrReductionDate), "Enter the date the service ends or the reduction takes effect");
        }
        else if (endOrReductionDate < contract.StartDate || endOrReductionDate > contract.CurrentEndDate)
        {
            errors.Add(nameof(EndOrReductionDate),
                $"The date must be between the contract's start, {UkTime.Date(contract.StartDate)}, and its end, {UkTime.Date(contract.CurrentEndDate)}");
        }

        if (kind == CaseForChangeKind.ReductionInValue)
        {
            if (newAnnualValue is null)
            {
                errors.Add(nameof(NewAnnualValue), "Enter the new annual value");
            }
            else if (newAnnualValue < 0 || newAnnualValue >= contract.AnnualValue)
            {
                errors.Add(nameof(NewAnnualValue), $"The new annual value must be less than the current {UkTime.Money(contract.AnnualValue)}");
            }
        }

        errors.ThrowIfAny();
        Kind = kind;
        Reason = reason!.Trim();
        Evidence = evidence!.Trim();
        EndOrReductionDate = endOrReductionDate;
        NewAnnualValue = kind == CaseForChangeKind.ReductionInValue ? newAnnualValue : null;
    }

    /// <summary>The impact on service users: how many, which groups, and the transition plan.</summary>
    public void DescribeImpact(int? serviceUsersAffected, string? groupsAffected, string? transitionPlan)
    {
        EnsureDraft();
        var errors = new DomainErrors();
        if (serviceUsersAffected is null or < 0)
        {
            errors.Add(nameof(ServiceUsersAffected), "Enter how many service users are affected, as a whole number");
        }

        errors.Collect(() => Text.Required(groupsAffected, MaxTextLength, nameof(GroupsAffected), "Enter which groups of service users are affected", "The groups"));
        errors.Collect(() => Text.Required(transitionPlan, MaxTextLength, nameof(TransitionPlan), "Enter the transition plan for service users", "The transition plan"));
        errors.ThrowIfAny();
        ServiceUsersAffected = serviceUsersAffected;
        GroupsAffected = groupsAffected!.Trim();
        TransitionPlan = transitionPlan!.Trim();
    }

    /// <summary>The stakeholder dimensions checklist, every line at once: consulted (yes or no), when, and what they said (or why not).</summary>
    public void RecordStakeholders(IReadOnlyList<(Stakeholder Stakeholder, bool? Consulted, DateOnly? On, string? Said)> lines, DateOnly today)
    {
        EnsureDraft();
        var errors = new DomainErrors();
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            var name = line.Stakeholder.InSentence();
            if (line.Consulted is null)
            {
                errors.Add($"Stakeholders[{i}].Consulted", $"Select whether {name} were consulted");
            }
            else if (line.Consulted == true && line.On is null)
            {
                errors.Add($"Stakeholders[{i}].ConsultedOn", $"Enter when {name} were consulted");
            }
            else if (line.Consulted == true && line.On > today)
            {
                errors.Add($"Stakeholders[{i}].ConsultedOn", $"The date {name} were consulted must be today or in the past");
            }

            if (string.IsNullOrWhiteSpace(line.Said))
            {
                errors.Add($"Stakeholders[{i}].WhatTheySaid", line.Consulted == false
                    ? $"Enter why {name} were not consulted"
                    : $"Enter what {name} said");
            }
            else if (line.Said.Length > MaxTextLength)
            {
                errors.Add($"Stakeholders[{i}].WhatTheySaid", "What they said must be 4,000 characters or fewer");
            }
        }

        errors.ThrowIfAny();
        foreach (var line in lines)
        {
            _stakeholders.Single(s => s.Stakeholder == line.Stakeholder).Record(line.Consulted, line.On, line.Said);
        }
    }

    /// <summary>The commissioning dimensions assessment (one text: the sources do not list the dimensions).</summary>
    public void AssessDimensions(string? assessment)
    {
        EnsureDraft();
        DimensionsAssessment = Text.Required(assessment, MaxTextLength, nameof(DimensionsAssessment),
            "Enter the commissioning dimensions assessment", "The assessment");
    }

    /// <summary>
    /// The principles and perspectives checklist, every item at once: each one needs evidence (text, and a link to a document
    /// if there is one) or a reason it does not apply, not both. Items left blank stay unmet (the case says what is missing).
    /// </summary>
    public void RecordChecklist(IReadOnlyList<(CaseCheck Check, string? Evidence, string? Link, string? NotApplicableReason)> items)
    {
        EnsureDraft();
        var errors = new DomainErrors();
        foreach (var (item, i) in items.Select((x, i) => (x, i)))
        {
            var hasEvidence = !string.IsNullOrWhiteSpace(item.Evidence);
            var hasReason = !string.IsNullOrWhiteSpace(item.NotApplicableReason);
            if (hasEvidence && hasReason)
            {
                errors.Add($"Items[{i}].NotApplicableReason", $"{item.Check.ToDisplayName()}: give the evidence or the reason it does not apply, not both");
            }

            if (!hasEvidence && !string.IsNullOrWhiteSpace(item.Link))
            {
                errors.Add($"Items[{i}].Evidence", $"{item.Check.ToDisplayName()}: enter the evidence the document shows");
            }

            if (item.Link is { } link && !string.IsNullOrWhiteSpace(link)
                && !(Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                errors.Add($"Items[{i}].Link", $"{item.Check.ToDisplayName()}: enter the document's link as a web address starting https://");
            }

            foreach (var (text, field) in new[] { (item.Evidence, "Evidence"), (item.NotApplicableReason, "NotApplicableReason"), (item.Link, "Link") })
            {
                if (text is { Length: > MaxTextLength })
                {
                    errors.Add($"Items[{i}].{field}", $"{item.Check.ToDisplayName()}: must be 4,000 characters or fewer");
                }
            }
        }

        errors.ThrowIfAny();
        foreach (var item in items)
        {
            _checklist.Single(c => c.Check == item.Check).Record(item.Evidence, item.Link, item.NotApplicableReason);
        }
    }

    /// <summary>Adds an entry to the provider engagement log: when, who, and what was said.</summary>
    public EngagementEntry LogEngagement(DateOnly? on, string? who, string? whatWasSaid, DateOnly today)
    {
        EnsureDraft();
        var errors = new DomainErrors();
        if (on is null)
        {
            errors.Add("On", "Enter the date of the conversation");
        }
        else if (on > today)
        {
            errors.Add("On", "The date of the conversation must be today or in the past");
        }

        errors.Collect(() => Text.Required(who, 500, "Who", "Enter who took part", "Who took part"));
        errors.Collect(() => Text.Required(whatWasSaid, MaxTextLength, "WhatWasSaid", "Enter what was said", "What was said"));
        errors.ThrowIfAny();
        var entry = new EngagementEntry(on!.Value, who!.Trim(), whatWasSaid!.Trim());
        _engagement.Add(entry);
        return entry;
    }

    /// <summary>
    /// The exit plan, every task at once: an owner and a due date each (both, or neither while it is being planned), and
    /// the day it was done once it is. The owner's user id is kept when they have an account, so reminders reach them.
    /// </summary>
    public void PlanExit(IReadOnlyList<(int Number, string? OwnerName, string? OwnerUserId, DateOnly? DueOn, DateOnly? DoneOn)> tasks, DateOnly today)
    {
        if (Status is not (DecommissioningStatus.Draft or DecommissioningStatus.Submitted or DecommissioningStatus.Approved))
        {
            throw new DomainException("The exit plan of a completed or refused case can no longer be changed");
        }

        var errors = new DomainErrors();
        foreach (var (task, i) in tasks.Select((t, i) => (t, i)))
        {
            var name = _exitTasks.SingleOrDefault(t => t.Number == task.Number)?.Name
                ?? throw new DomainException($"There is no exit task {task.Number}");
            var hasOwner = !string.IsNullOrWhiteSpace(task.OwnerName);
            if (hasOwner && task.DueOn is null)
            {
                errors.Add($"Tasks[{i}].DueOn", $"Enter when “{name}” is due");
            }
            else if (!hasOwner && task.DueOn is not null)
            {
                errors.Add($"Tasks[{i}].OwnerName", $"Enter who owns “{name}”");
            }

            if (task.OwnerName is { Length: > 200 })
            {
                errors.Add($"Tasks[{i}].OwnerName", "The owner's name must be 200 characters or fewer");
            }

            if (task.DoneOn is { } done && done > today)
            {
                errors.Add($"Tasks[{i}].DoneOn", $"The date “{name}” was done must be today or in the past");
            }
        }

        errors.ThrowIfAny();
        foreach (var task in tasks)
        {
            _exitTasks.Single(t => t.Number == task.Number).Plan(task.OwnerName, task.OwnerUserId, task.DueOn, task.DoneOn);
        }
    }

    /// <summary>The Compact check for each third-sector organisation, against the end or reduction date (null until that date is set).</summary>
    public IReadOnlyList<CompactNoticeCheck> CompactChecks(DateOnly today, RenewalRules rules) =>
        EndOrReductionDate is not { } end
            ? []
            : _compactNotices.Select(n => CompactCheck.Check(n.ProviderId, n.ProviderName, n.Role, end, n.GivenOn, n.How, today, rules)).ToList();

    /// <summary>
    /// Records the notice given to each third-sector organisation (date and how), with the reason when it is short
    /// (<see cref="CompactCheck"/>); an organisation not yet told is left blank, and counts as short once the notice-by day
    /// has passed. A short notice may be saved before its reason is known (the page then warns that notice is short), but
    /// the case cannot go to the decision maker until the reason is given (<see cref="MissingForSubmission"/>).
    /// </summary>
    public void RecordCompactNotices(IReadOnlyList<(int ProviderId, DateOnly? GivenOn, string? How, string? ShortNoticeReason)> notices, DateOnly today, RenewalRules rules)
    {
        EnsureDraft();
        if (EndOrReductionDate is not { } end)
        {
            throw new DomainException("Enter the date the service ends or the reduction takes effect in the case for change first");
        }

        var errors = new DomainErrors();
        foreach (var (n, i) in notices.Select((n, i) => (n, i)))
        {
            var notice = _compactNotices.SingleOrDefault(c => c.ProviderId == n.ProviderId)
                ?? throw new DomainException("That organisation is not on the contract's Compact list");
            var check = CompactCheck.Check(notice.ProviderId, notice.ProviderName, notice.Role, end, n.GivenOn, n.How, today, rules);
            foreach (var problem in CompactCheck.Problems([check], new CompactNotice(n.GivenOn, n.How, n.ShortNoticeReason), today)
                         .Where(p => p.Field != CompactCheck.ReasonField || n.ShortNoticeReason is not null))
            {
                errors.Add($"Notices[{i}].{problem.Field}", $"{notice.ProviderName}: {problem.Message}");
            }
        }

        errors.ThrowIfAny();
        foreach (var n in notices)
        {
            _compactNotices.Single(c => c.ProviderId == n.ProviderId).Record(n.GivenOn, n.How, n.ShortNoticeReason);
        }
    }

    /// <summary>
    /// The sign-offs: for NHS funding the Planning Implementation Group's approval and then the Commissioning for Value Group's
    /// sign-off (not before it); the decision's route and kind; for council funding the EIA screening and the Executive
    /// Member briefing. Dates are today or earlier.
    /// </summary>
    public void RecordSignOff(
        DateOnly? pigApprovedOn, DateOnly? cfvSignedOffOn, DecisionRoute? route, DecisionKind? kind,
        bool? eiaDone, string? eiaLink, bool? executiveMemberBriefed, DateOnly today)
    {
        EnsureDraft();
        var errors = new DomainErrors();
        if (NeedsCcgSignOff)
        {
            if (pigApprovedOn > today)
            {
                errors.Add(nameof(PigApprovedOn), "The Planning Implementation Group's approval date must be today or in the past");
            }

            if (cfvSignedOffOn is not null && pigApprovedOn is null)
            {
                errors.Add(nameof(PigApprovedOn), "Enter the Planning Implementation Group's approval date: the Commissioning for Value Group signs off after it");
            }
            else if (cfvSignedOffOn < pigApprovedOn)
            {
                errors.Add(nameof(CfvSignedOffOn), "The Commissioning for Value Group's sign-off must be on or after the Planning Implementation Group's approval");
            }
            else if (cfvSignedOffOn > today)
            {
                errors.Add(nameof(CfvSignedOffOn), "The Commissioning for Value Group's sign-off date must be today or in the past");
            }
        }

        errors.Collect(() => DecisionRecord.EnsureRouteFitsKind(route, kind));
        errors.ThrowIfAny();
        PigApprovedOn = NeedsCcgSignOff ? pigApprovedOn : null;
        CfvSignedOffOn = NeedsCcgSignOff ? cfvSignedOffOn : null;
        Decision.Describe(Decision.Title, Decision.DecisionMakerRole, route, kind,
            NeedsCouncilDecision ? eiaDone : null, NeedsCouncilDecision ? eiaLink : null, NeedsCouncilDecision ? executiveMemberBriefed : null,
            Decision.WardsAffected, false, null, null);
    }

    /// <summary>Where each section of the task list stands.</summary>
    public TaskListStatus Progress(CaseSection section, DateOnly today, RenewalRules rules)
    {
        var gaps = Gaps(today, rules).Count(g => g.Section == section);
        var started = section switch
        {
            CaseSection.CaseForChange => Kind is not null,
            CaseSection.Impact => ServiceUsersAffected is not null,
            CaseSection.Stakeholders => _stakeholders.Any(s => s.Consulted is not null),
            CaseSection.Dimensions => DimensionsAssessment is not null,
            CaseSection.Checklist => _checklist.Any(c => c.IsMet),
            CaseSection.Engagement => _engagement.Count > 0,
            CaseSection.ExitPlan => _exitTasks.Any(t => t.IsPlanned),
            CaseSection.CompactNotice => _compactNotices.Any(n => n.GivenOn is not null || n.ShortNoticeReason is not null),
            CaseSection.SignOff => PigApprovedOn is not null || Decision.Route is not null,
            _ => Status != DecommissioningStatus.Draft,
        };
        if (section == CaseSection.CompactNotice && EndOrReductionDate is null)
        {
            return TaskListStatus.CannotStartYet;
        }

        if (section == CaseSection.Decision)
        {
            return Decision.Outcome == DecisionOutcome.Approved ? TaskListStatus.Completed
                : Status == DecommissioningStatus.Submitted ? TaskListStatus.InProgress
                : MissingForSubmission(today, rules).Count == 0 ? TaskListStatus.NotStarted : TaskListStatus.CannotStartYet;
        }

        return gaps == 0 ? TaskListStatus.Completed : started ? TaskListStatus.InProgress : TaskListStatus.NotStarted;
    }

    /// <summary>Everything the case lacks before it can go to the decision maker, section by section, in the task list's order.</summary>
    public IReadOnlyList<CaseGap> MissingForSubmission(DateOnly today, RenewalRules rules) => Gaps(today, rules).ToList();

    /// <summary>
    /// Everything that stops the contract being decommissioned (issue 14: "only when the decision is approved and every
    /// mandatory checklist item is evidenced"): what submission needs, an approved decision, and notice recorded as given to
    /// every third-sector organisation. Exit tasks need an owner and a due date, not to be done: several (records, staff
    /// transfer) run past the decision, and the overdue ones are chased by reminders (docs/domain.md).
    /// </summary>
    public IReadOnlyList<CaseGap> MissingForDecommissioning(DateOnly today, RenewalRules rules)
    {
        var gaps = Gaps(today, rules).ToList();
        foreach (var notice in _compactNotices.Where(n => n.GivenOn is null))
        {
            gaps.Add(new CaseGap(CaseSection.CompactNotice, $"Record when and how notice was given to {notice.ProviderName}"));
        }

        if (Decision.Outcome != DecisionOutcome.Approved)
        {
            gaps.Add(new CaseGap(CaseSection.Decision, Status == DecommissioningStatus.Refused
                ? "The decision maker refused the case"
                : "The decision maker has not approved the case yet"));
        }

        return gaps;
    }

    /// <summary>Sends the complete case to the decision maker.</summary>
    public void Submit(DateOnly today, RenewalRules rules)
    {
        EnsureDraft();
        var missing = MissingForSubmission(today, rules);
        if (missing.Count > 0)
        {
            throw new DomainException(missing.Select(g => new DomainError(null, g.Message)).ToList());
        }

        Status = DecommissioningStatus.Submitted;
        SubmittedOn = today;
    }

    /// <summary>The decision maker approves or refuses the submitted case, with reasons, on its decision record.</summary>
    public void Decide(Decider decider, bool approve, string reasons, DateOnly today, DecisionRules rules)
    {
        if (Status != DecommissioningStatus.Submitted)
        {
            throw new DomainException(Decision.IsDecided ? "This case has already been decided" : "Only a submitted case can be decided");
        }

        if (!decider.IsDecisionMaker)
        {
            throw new DomainException("Only a decision maker can approve or refuse a decommissioning case");
        }

        if (decider.UserId == CommissionerUserId)
        {
            throw new DomainException("You cannot decide a case you started", "Outcome");
        }

        Decision.RecordOutcome(approve ? DecisionOutcome.Approved : DecisionOutcome.Refused, today, reasons, decider.UserId, decider.Name, rules);
        Status = approve ? DecommissioningStatus.Approved : DecommissioningStatus.Refused;
    }

    /// <summary>
    /// Completes an approved case once nothing is missing: the contract is decommissioned (recorded with the reason), or, for a
    /// reduction in value, the case is completed once the contract's annual value has been changed to the new value or less
    /// (through "Change value and funding", which records the change and its Compact notice).
    /// </summary>
    public ContractChange? DecommissionContract(Contract contract, ChangeRecord record, DateOnly today, RenewalRules rules)
    {
        if (contract.Id != ContractId)
        {
            throw new InvalidOperationException("That is not this case's contract.");
        }

        var missing = MissingForDecommissioning(today, rules);
        if (Status != DecommissioningStatus.Approved || missing.Count > 0)
        {
            throw new DomainException(missing.Count > 0
                ? missing.Select(g => new DomainError(null, g.Message)).ToList()
                : [new DomainError(null, "Only an approved case can be completed")]);
        }

        ContractChange? change = null;
        if (Kind == CaseForChangeKind.ReductionInValue)
        {
            if (contract.AnnualValue > NewAnnualValue)
            {
                throw new DomainException(
                    $"Change the contract's annual value to {UkTime.Money(NewAnnualValue!.Value)} with “Change value and funding” first; it is {UkTime.Money(contract.AnnualValue)}");
            }
        }
        else
        {
            change = contract.Decommission(record);
        }

        Status = DecommissioningStatus.Completed;
        return change;
    }

    private IEnumerable<CaseGap> Gaps(DateOnly today, RenewalRules rules)
    {
        if (Kind is null || Reason is null || Evidence is null || EndOrReductionDate is null)
        {
            yield return new CaseGap(CaseSection.CaseForChange, "Describe the case for change: its kind, reason, evidence and date");
        }

        if (ServiceUsersAffected is null || GroupsAffected is null || TransitionPlan is null)
        {
            yield return new CaseGap(CaseSection.Impact, "Describe the impact on service users and the transition plan");
        }

        foreach (var s in _stakeholders.Where(s => !s.IsAnswered).OrderBy(s => s.Stakeholder))
        {
            yield return new CaseGap(CaseSection.Stakeholders, $"Record whether {s.Stakeholder.InSentence()} were consulted, when, and what they said");
        }

        if (DimensionsAssessment is null)
        {
            yield return new CaseGap(CaseSection.Dimensions, "Enter the commissioning dimensions assessment");
        }

        foreach (var item in _checklist.Where(c => !c.IsMet).OrderBy(c => c.Check))
        {
            yield return new CaseGap(CaseSection.Checklist, $"{item.Check.ToDisplayName()}: give the evidence or the reason it does not apply");
        }

        if (_engagement.Count == 0)
        {
            yield return new CaseGap(CaseSection.Engagement, "Record at least one conversation with the provider in the engagement log");
        }

        foreach (var task in _exitTasks.Where(t => !t.IsPlanned).OrderBy(t => t.Number))
        {
            yield return new CaseGap(CaseSection.ExitPlan, $"Give “{task.Name}” an owner and a due date");
        }

        var shortNotices = CompactChecks(today, rules).Where(c => c.IsShort).Select(c => c.ProviderId).ToHashSet();
        foreach (var notice in _compactNotices.Where(n => shortNotices.Contains(n.ProviderId) && n.ShortNoticeReason is null))
        {
            yield return new CaseGap(CaseSection.CompactNotice,
                $"{notice.ProviderName} gets less than six months' notice: say why (the Compact for Leeds)");
        }

        if (NeedsCcgSignOff && PigApprovedOn is null)
        {
            yield return new CaseGap(CaseSection.SignOff, "Record the Planning Implementation Group's approval");
        }

        if (NeedsCcgSignOff && CfvSignedOffOn is null)
        {
            yield return new CaseGap(CaseSection.SignOff, "Record the Commissioning for Value Group's sign-off");
        }

        if (Decision.Route is null || Decision.Kind is null)
        {
            yield return new CaseGap(CaseSection.SignOff, "Select the decision route and the kind of decision");
        }

        if (NeedsCouncilDecision && Decision.EiaScreeningDone != true)
        {
            yield return new CaseGap(CaseSection.SignOff, "Record the equality impact assessment (EIA) screening");
        }

        if (NeedsCouncilDecision && Decision.ExecutiveMemberBriefed != true)
        {
            yield return new CaseGap(CaseSection.SignOff, "Record that the Executive Member has been briefed");
        }
    }

    private void EnsureDraft()
    {
        if (!IsDraft)
        {
            throw new DomainException("This case has been submitted for a decision and can no longer be changed");
        }
    }
}
