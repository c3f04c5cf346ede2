using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Renewals;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// A commissioned service in the register (issue 4; domain.md sections 1, 2 and 8): who commissions
/// it, who delivers it and for what share, who funds it, its term and extensions, its value and where
/// it is in its lifecycle.
/// <para>
/// Derived figures (<see cref="CurrentEndDate"/>, <see cref="WholeLifeValue"/>, <see cref="SmallLocalShare"/>
/// and the rest) are stored so the register can filter and sort on them in SQL; every method that
/// changes what they depend on recalculates them. Methods that touch providers or the annual value
/// need <c>Providers.Provider</c> loaded (they throw InvalidOperationException otherwise); the
/// term and extension methods need only <c>Extensions</c>.
/// </para>
/// <para>
/// Funding rule (domain.md section 2 and issue 4: "funding contributions add up to the annual value"):
/// <see cref="SetFunding"/> accepts only contributions that add up to <see cref="AnnualValue"/> to the
/// penny. While the contract is Planned its funding may be empty or out of date; every status change
/// requires it to balance (<see cref="EnsureFundingBalances"/>), and once the contract has left Planned
/// the annual value can change only together with the funding (<see cref="Revalue"/>).
/// </para>
/// </summary>
public sealed partial class Contract : IAuditable, IVersioned
{
    public const int MaxExtensionMonths = 120;

    private readonly List<ContractProvider> _providers = [];
    private readonly List<FundingContribution> _funding = [];
    private readonly List<ContractExtension> _extensions = [];
    private readonly List<ContractDocument> _documents = [];
    private readonly List<ContractChange> _changes = [];
    private readonly List<ContractCommitment> _commitments = [];

    private Contract() { }

    public Contract(
        string reference, string title, ServiceArea serviceArea, int commissioningOrganisationId,
        AgreementType agreementType, PaymentMechanism paymentMechanism, ContractAwardRoute procurementRoute,
        DateOnly startDate, DateOnly initialEndDate, decimal annualValue)
    {
        UpdateSummary(reference, title, null, serviceArea, commissioningOrganisationId, agreementType, paymentMechanism, procurementRoute);
        Status = ContractStatus.Planned;
        SetTerm(startDate, initialEndDate);
        AnnualValue = Money.Ensure(annualValue, nameof(AnnualValue), "Annual value");
        RecalculateTerm();
    }

    public int Id { get; private set; }

    /// <summary>Unique in the register, e.g. "LCC-AH-2019-014" (the database enforces uniqueness).</summary>
    public string Reference { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public ServiceArea ServiceArea { get; private set; }

    public int CommissioningOrganisationId { get; private set; }

    public CommissioningOrganisation? CommissioningOrganisation { get; private set; }

    /// <summary>The responsible commissioner's user id, if they have an account.</summary>
    public string? ResponsibleCommissionerId { get; private set; }

    /// <summary>The responsible commissioner's name when assigned (kept if their account goes).</summary>
    public string? ResponsibleCommissionerName { get; private set; }

    public AgreementType AgreementType { get; private set; }

    public PaymentMechanism PaymentMechanism { get; private set; }

    public ContractAwardRoute ProcurementRoute { get; private set; }

    /// <summary>The CPR waiver this contract was awarded under (issue 5), if any.</summary>
    public int? CprWaiverId { get; private set; }

    /// <summary>The opportunity this contract was awarded from (issue 13), if any.</summary>
    public int? OpportunityId { get; private set; }

    /// <summary>The lot award (recommendation and decision) this contract was created from, if any.</summary>
    public int? LotAwardId { get; private set; }

    public ContractStatus Status { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly InitialEndDate { get; private set; }

    /// <summary>Initial end date plus the months of every taken extension. Stored.</summary>
    public DateOnly CurrentEndDate { get; private set; }

    /// <summary>Current end date plus the months of every pending extension. Stored.</summary>
    public DateOnly MaximumEndDate { get; private set; }

    public decimal AnnualValue { get; private set; }

    /// <summary>
    /// Annual value × months from start to current end ÷ 12, plus <see cref="EarlierValueAdjustment"/>, to the
    /// penny. Stored.
    /// </summary>
    public decimal WholeLifeValue { get; private set; }

    /// <summary>
    /// What the months before each recorded value change were worth at the value of their time, less what
    /// they would be worth at today's annual value (issue 19): a change of value counts from its effective date,
    /// so it never rewrites the value of the months before it; plus what the variations that stand add to (or take from)
    /// the whole-life value without changing the annual value (issue 15). Zero until the value is changed. Stored.
    /// </summary>
    public decimal EarlierValueAdjustment { get; private set; }

    /// <summary>Whole-life value if every pending extension were taken. Stored.</summary>
    public decimal MaximumWholeLifeValue { get; private set; }

    /// <summary>
    /// Keep it Local (domain.md section 6; issue 4): the percentage (0 to 100, two decimals) of the
    /// annual value whose providers are small (micro or small band) and Leeds-based. Stored.
    /// </summary>
    public decimal SmallLocalShare { get; private set; }

    /// <summary>
    /// The share of the annual value (a percentage, 0.01 to 100, or null when the contract sets none) that the
    /// contract requires to fund work by small, community based organisations: a term of the contract, as Live
    /// Well Leeds was let "specifying that 30% of the contract needed to be used to fund work delivered by
    /// small, community based organisations" (domain.md sections 2 and 3, MPS). Checked against <see cref="SmallLocalShare"/>.
    /// </summary>
    public decimal? RequiredSmallShare { get; private set; }

    /// <summary>True when the contract requires a share for small community organisations and the share reached is below it.</summary>
    public bool FallsShortOfRequiredSmallShare => IsShortOfRequiredShare(SmallLocalShare, RequiredSmallShare);

    /// <summary>The rule behind <see cref="FallsShortOfRequiredSmallShare"/>, for lists that read the two figures from the database.</summary>
    public static bool IsShortOfRequiredShare(decimal reached, decimal? required) => required is { } r && reached < r;

    public int? LeadProviderId { get; private set; }

    public Provider? LeadProvider { get; private set; }

    /// <summary>
    /// Whether the lead provider is third sector, so the Compact's six months' notice applies
    /// (domain.md section 5). Null when there is no lead yet. Stored.
    /// </summary>
    public bool? LeadProviderIsThirdSector { get; private set; }

    /// <summary>
    /// Whether any provider on the contract (lead, partner or subcontractor) is third sector, so the Compact's six months'
    /// notice applies to an ending (domain.md section 5: "any third-sector provider on the contract"). Stored.
    /// </summary>
    public bool HasThirdSectorProvider { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ContractProvider> Providers => _providers;

    public IReadOnlyList<FundingContribution> Funding => _funding;

    public IReadOnlyList<ContractExtension> Extensions => _extensions;

    public IReadOnlyList<ContractDocument> Documents => _documents;

    /// <summary>Changes of value, funding, term and status recorded with their effective date and reason (issue 19).</summary>
    public IReadOnlyList<ContractChange> Changes => _changes;

    /// <summary>The social value commitments from the winning bid, to monitor (issue 13; domain.md section 6).</summary>
    public IReadOnlyList<ContractCommitment> Commitments => _commitments;

    /// <summary>The lead provider's row, if there are providers.</summary>
    public ContractProvider? Lead => _providers.FirstOrDefault(p => p.Role == ProviderRole.Lead);

    /// <summary>Months from start to the current end date (fractional for part months).</summary>
    public decimal TermMonths => Term.Months(StartDate, CurrentEndDate);

    public decimal FundingTotal => _funding.Sum(f => f.AnnualAmount);

    /// <summary>True when the funding contributions add up to the annual value to the penny.</summary>
    public bool FundingBalances => FundingRule.Balances(FundingTotal, AnnualValue);

    /// <summary>Pounds a year that reach small, Leeds-based providers (needs <c>Providers.Provider</c> loaded).</summary>
    public decimal SmallLocalAmount => _providers.Where(p => p.Provider.IsSmallAndLocal).Sum(p => p.AnnualShare);

    /// <summary>
    /// The last day to give notice of ending under the Compact for Leeds (six months before the current
    /// end date, domain.md section 5), when any provider on the contract is third sector; otherwise null.
    /// </summary>
    public DateOnly? CompactNoticeDate => CompactNoticeDateFor(HasThirdSectorProvider, CurrentEndDate);

    /// <summary>The Compact's notice date for a contract with (or without) a third-sector provider that ends on <paramref name="currentEndDate"/>.</summary>
    public static DateOnly? CompactNoticeDateFor(bool hasThirdSectorProvider, DateOnly currentEndDate) =>
        hasThirdSectorProvider ? new RenewalRules().CompactNoticeBy(currentEndDate) : null;

    /// <summary>The statuses this contract may move to next.</summary>
    public IReadOnlyList<ContractStatus> NextStatuses => ContractLifecycle.Transitions[Status];

    public bool CanMoveTo(ContractStatus status) => ContractLifecycle.IsAllowed(Status, status);

    /// <summary>
    /// Whether the contract is still running (not ended or decommissioned) and its current end date
    /// falls between <paramref name="today"/> and <paramref name="months"/> months from it (register
    /// filter "ending within 6 / 12 / 18 months").
    /// </summary>
    public bool IsEndingWithin(DateOnly today, int months) =>
        !ContractLifecycle.IsFinal(Status) && CurrentEndDate >= today && CurrentEndDate <= today.AddMonths(months);

    public void UpdateSummary(
        string reference, string title, string? description, ServiceArea serviceArea, int commissioningOrganisationId,
        AgreementType agreementType, PaymentMechanism paymentMechanism, ContractAwardRoute procurementRoute)
    {
        var newReference = Text.Required(reference, 30, nameof(Reference), "Enter the contract reference", "Reference").ToUpperInvariant();
        var newTitle = Text.Required(title, 200, nameof(Title), "Enter the contract title", "Title");
        var newDescription = Text.Optional(description, 4000, nameof(Description), "Description");
        EnsureDefined(serviceArea, nameof(ServiceArea), "Select the service area");
        EnsureDefined(agreementType, nameof(AgreementType), "Select the type of agreement");
        EnsureDefined(paymentMechanism, nameof(PaymentMechanism), "Select the payment mechanism");
        EnsureDefined(procurementRoute, nameof(ProcurementRoute), "Select the procurement route");
        if (commissioningOrganisationId <= 0)
        {
            throw new DomainException("Select the commissioning organisation", nameof(CommissioningOrganisationId));
        }

        Reference = newReference;
        Title = newTitle;
        Description = newDescription;
        ServiceArea = serviceArea;
        CommissioningOrganisationId = commissioningOrganisationId;
        AgreementType = agreementType;
        PaymentMechanism = paymentMechanism;
        ProcurementRoute = procurementRoute;
    }

    /// <summary>
    /// Sets or clears the required share for small community organisations (a percentage of the annual
    /// value, more than 0 and at most 100, to two decimal places).
    /// </summary>
    public void RequireSmallShare(decimal? percentage)
    {
        if (percentage is { } p && (p <= 0m || p > 100m || decimal.Round(p, 2) != p))
        {
            throw new DomainException(
                "The required share for small community organisations must be a percentage more than 0 and no more than 100, with at most two decimal places",
                nameof(RequiredSmallShare));
        }

        RequiredSmallShare = percentage;
    }

    /// <summary>The commissioner responsible: a user id (or null for someone without an account) and their name.</summary>
    public void AssignCommissioner(string? userId, string name)
    {
        ResponsibleCommissionerName = Text.Required(name, 200, nameof(ResponsibleCommissionerName), "Enter the responsible commissioner's name", "Commissioner name");
        ResponsibleCommissionerId = string.IsNullOrWhiteSpace(userId) ? null : userId;
    }

    /// <summary>Links the CPR waiver the contract was awarded under (issue 5), or unlinks it with null.</summary>
    public void LinkCprWaiver(int? cprWaiverId) => CprWaiverId = cprWaiverId is > 0 ? cprWaiverId : null;

    /// <summary>Links the opportunity and the lot award the contract was created from (issue 13).</summary>
    public void LinkAward(int opportunityId, int lotAwardId)
    {
        OpportunityId = opportunityId;
        LotAwardId = lotAwardId;
    }

    /// <summary>Replaces the social value commitments to monitor. Quantities are more than zero.</summary>
    public void SetCommitments(IEnumerable<ContractCommitmentLine> lines)
    {
        var list = lines.ToList();
        if (list.Any(l => l.Quantity <= 0))
        {
            throw new DomainException("Each social value commitment must be more than zero", nameof(Commitments));
        }

        _commitments.Clear();
        _commitments.AddRange(list.Select(l => new ContractCommitment(l.SocialValueCriterionId, l.Criterion.Trim(), l.Quantity, l.Unit.Trim())));
    }

    /// <summary>Start and initial end dates. The end must be after the start (issue 4).</summary>
    public void SetTerm(DateOnly startDate, DateOnly initialEndDate)
    {
        if (initialEndDate <= startDate)
        {
            throw new DomainException("The end date must be after the start date", nameof(InitialEndDate));
        }

        var currentEnd = Term.Extend(initialEndDate, TakenMonths);
        if (_extensions.Any(e => e.Status == ExtensionStatus.Pending && e.DecideBy >= currentEnd))
        {
            throw new DomainException(
                "The end date must be after the decide-by date of every pending extension", nameof(InitialEndDate));
        }

        StartDate = startDate;
        InitialEndDate = initialEndDate;
        RecalculateTerm();
    }

    /// <summary>
    /// Changes the annual value alone. The lead's share follows; partners' and subcontractors' shares
    /// must still fit. Once the contract has left Planned the funding must still balance, so change
    /// both at once with <see cref="Revalue"/>.
    /// </summary>
    public void SetAnnualValue(decimal annualValue)
    {
        Money.Ensure(annualValue, nameof(AnnualValue), "Annual value");
        EnsureSharesFit(_providers.Where(p => p.Role != ProviderRole.Lead).Sum(p => p.AnnualShare), annualValue, nameof(AnnualValue));
        if (Status != ContractStatus.Planned && FundingTotal != annualValue)
        {
            throw new DomainException(
                "Change the funding contributions so they add up to the new annual value", nameof(AnnualValue));
        }

        AnnualValue = annualValue;
        RecalculateTerm();
        RecalculateProviderFigures();
    }

    /// <summary>Changes the annual value and the funding together; the funding must add up to the new value.</summary>
    public void Revalue(decimal annualValue, IEnumerable<FundingLine> funding)
    {
        Money.Ensure(annualValue, nameof(AnnualValue), "Annual value");
        var lines = CheckFunding(funding, annualValue);
        EnsureSharesFit(_providers.Where(p => p.Role != ProviderRole.Lead).Sum(p => p.AnnualShare), annualValue, nameof(AnnualValue));
        AnnualValue = annualValue;
        ReplaceFunding(lines);
        RecalculateTerm();
        RecalculateProviderFigures();
    }

    /// <summary>
    /// Replaces the funding contributions. They must add up to the annual value exactly; an empty list
    /// is allowed only while the contract is Planned (funding not yet known).
    /// </summary>
    public void SetFunding(IEnumerable<FundingLine> funding)
    {
        var lines = CheckFunding(funding, AnnualValue);
        ReplaceFunding(lines);
    }

    /// <summary>Throws unless the funding contributions add up to the annual value to the penny.</summary>
    public void EnsureFundingBalances()
    {
        if (!FundingBalances)
        {
            throw new DomainException(FundingRule.Message(FundingTotal, AnnualValue), nameof(Funding));
        }
    }

    /// <summary>
    /// Replaces the providers. Rules (issue 4): a provider appears once; exactly one lead when there are
    /// providers; partners' and subcontractors' shares are money and never exceed the annual value in
    /// total. The lead's share is the rest of the annual value (any share passed for the lead is ignored).
    /// </summary>
    public void SetProviders(IEnumerable<ContractProviderLine> lines)
    {
        var list = lines.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            EnsureDefined(list[i].Role, nameof(Providers), "Select the provider's role");
            for (var j = 0; j < i; j++)
            {
                if (SameProvider(list[i].Provider, list[j].Provider))
                {
                    throw new DomainException($"{list[i].Provider.Name} can be added to a contract only once", nameof(Providers));
                }
            }
        }

        var leads = list.Count(l => l.Role == ProviderRole.Lead);
        if (list.Count > 0 && leads != 1)
        {
            throw new DomainException(
                leads == 0 ? "Select a lead provider" : "A contract can have only one lead provider", nameof(Providers));
        }

        var others = list.Where(l => l.Role != ProviderRole.Lead).ToList();
        foreach (var line in others)
        {
            Money.Ensure(line.AnnualShare, nameof(Providers), $"The annual share of {line.Provider.Name}");
        }

        EnsureSharesFit(others.Sum(l => l.AnnualShare), AnnualValue, nameof(Providers));

        _providers.RemoveAll(existing => !list.Any(l => SameProvider(l.Provider, existing.Provider)));
        foreach (var line in list)
        {
            var share = line.Role == ProviderRole.Lead ? 0m : line.AnnualShare;
            var existing = _providers.FirstOrDefault(p => SameProvider(p.Provider, line.Provider));
            if (existing is null)
            {
                _providers.Add(new ContractProvider(line.Provider, line.Role, share));
            }
            else
            {
                existing.Change(line.Role, share);
            }
        }

        RecalculateProviderFigures();
    }

    /// <summary>
    /// Recalculates the lead's share and the Keep it Local figures from the providers' current details;
    /// call it on each of a provider's contracts after changing the provider's income, type or Leeds base.
    /// </summary>
    public void RefreshProviderFigures() => RecalculateProviderFigures();

    /// <summary>
    /// Adds an optional extension of <paramref name="months"/> months, pending. Its decide-by date must
    /// be before the current end date (issue 4) and not before the start.
    /// </summary>
    public ContractExtension AddExtension(int months, DateOnly decideBy)
    {
        if (ContractLifecycle.IsFinal(Status))
        {
            throw new DomainException($"You cannot add an extension to a contract that is {Status.ToDisplayName().ToLowerInvariant()}", "Months");
        }

        if (months is < 1 or > MaxExtensionMonths)
        {
            throw new DomainException($"The extension must be between 1 and {MaxExtensionMonths} months", "Months");
        }

        if (decideBy >= CurrentEndDate)
        {
            throw new DomainException(
                $"The decide-by date must be before the current end date, {CurrentEndDate:d MMMM yyyy}", "DecideBy");
        }

        if (decideBy < StartDate)
        {
            throw new DomainException("The decide-by date must be on or after the start date", "DecideBy");
        }

        var extension = new ContractExtension(_extensions.Count == 0 ? 1 : _extensions.Max(e => e.Number) + 1, months, decideBy);
        _extensions.Add(extension);
        RecalculateTerm();
        return extension;
    }

    /// <summary>
    /// Records extension <paramref name="number"/> as taken on <paramref name="decidedOn"/>: only while it is
    /// pending, and not once the contract is ending, ended or decommissioned. The current end date moves
    /// out; a Live contract becomes In extension (issue 4).
    /// </summary>
    public void TakeExtension(int number, DateOnly decidedOn)
    {
        var extension = FindExtension(number);
        if (Status is ContractStatus.Ending or ContractStatus.Ended or ContractStatus.Decommissioned)
        {
            throw new DomainException(
                $"You cannot take an extension on a contract that is {Status.ToDisplayName().ToLowerInvariant()}", nameof(Status));
        }

        extension.Decide(ExtensionStatus.Taken, decidedOn);
        if (Status == ContractStatus.Live)
        {
            MoveTo(ContractStatus.InExtension);
        }

        RecalculateTerm();
    }

    /// <summary>
    /// Records extension <paramref name="number"/> as declined: only while it is pending. Declining ends the funding on the
    /// current end date, so the Compact check applies (<see cref="CompactCheck"/>) when <paramref name="compact"/> is given:
    /// the notice is kept on the extension, and a short notice needs its reason. Needs Providers.Provider loaded then.
    /// </summary>
    public void DeclineExtension(int number, DateOnly decidedOn, CompactContext? compact = null)
    {
        var extension = FindExtension(number);
        CompactNotice? kept = null;
        if (compact is not null)
        {
            var checks = CompactCheck.For(this, FundingChangeKind.DeclinedExtension, CurrentEndDate, compact.Notice, compact.Today, compact.Rules);
            CompactCheck.Ensure(checks, compact.Notice, compact.Today);
            kept = CompactCheck.Kept(checks, compact.Notice);
        }

        extension.Decide(ExtensionStatus.Declined, decidedOn);
        extension.KeepCompactNotice(kept);
        RecalculateTerm();
    }

    /// <summary>Removes a pending extension that was entered by mistake.</summary>
    public void RemoveExtension(int number)
    {
        var extension = FindExtension(number);
        if (extension.Status != ExtensionStatus.Pending)
        {
            throw new DomainException($"Extension {number} has been decided and cannot be removed", nameof(Extensions));
        }

        _extensions.Remove(extension);
        RecalculateTerm();
    }

    /// <summary>
    /// Moves the contract to <paramref name="status"/> if <see cref="ContractLifecycle"/> allows it.
    /// Every move needs the funding to balance (see the class summary).
    /// </summary>
    public void MoveTo(ContractStatus status)
    {
        ContractLifecycle.EnsureAllowed(Status, status);
        EnsureFundingBalances();
        Status = status;
    }

    /// <summary>
    /// Changes the annual value, the funding, or both, as a recorded change (issue 19): from
    /// <see cref="ChangeRecord.EffectiveDate"/>, for <see cref="ChangeRecord.Reason"/>. The funding must add up to the
    /// new annual value (<see cref="FundingRule"/>): nothing is rescaled for the user. The whole-life value counts the
    /// old annual value up to the day before the effective date and the new one from it; the lead provider's share
    /// stays the rest of the annual value. The effective date falls within the term (start to current end).
    /// <para>
    /// An increase that raises the whole-life value by the key-decision threshold or more (the rule variations use,
    /// <see cref="VariationNeedsDecision"/>; domain.md section 1, seed £500,000; issue 15, "a decision record where the value
    /// or route requires one") is not applied: it is recorded awaiting a decision maker's decision, with the funding typed
    /// kept on it (<see cref="ContractChange.ProposedFunding"/>), and <see cref="DecideChange"/> applies it when approved.
    /// A funding-only change or a fall in value raises nothing, so it never waits. While one value change waits, the value
    /// and funding cannot change again.
    /// </para>
    /// Needs Providers.Provider, Funding, Extensions and Changes with their Decision loaded.
    /// </summary>
    public ContractChange ChangeValue(decimal annualValue, IEnumerable<FundingLine> funding, ChangeRecord record, DecisionRules rules,
        CompactContext? compact = null)
    {
        var reason = ContractChange.CheckReason(record.Reason);
        if (ContractLifecycle.IsFinal(Status))
        {
            throw new DomainException($"You cannot change the value of a contract that is {Status.ToDisplayName().ToLowerInvariant()}", nameof(AnnualValue));
        }

        if (ValueChangeAwaitingDecision is { } waiting)
        {
            throw new DomainException(
                $"The change of annual value to {Money.Text(waiting.AnnualValueAfter)} from {UkTime.Date(waiting.EffectiveDate)} is waiting for a decision maker: the value and funding can change again once it is approved or refused",
                nameof(AnnualValue));
        }

        Money.Ensure(annualValue, nameof(AnnualValue), "Annual value");
        EnsureWithinTerm(record.EffectiveDate);
        var lines = CheckFunding(funding, annualValue);
        var valueChanges = annualValue != AnnualValue;
        if (!valueChanges && SameFunding(lines))
        {
            throw new DomainException("Change the annual value or a funder's amount, or go back to the contract without saving", nameof(AnnualValue));
        }

        EnsureSharesFit(_providers.Where(p => p.Role != ProviderRole.Lead).Sum(p => p.AnnualShare), annualValue, nameof(AnnualValue));
        CompactNotice? kept = null;
        if (compact is not null && annualValue < AnnualValue)
        {
            // A reduction in value: the Compact asks six months' notice of the date it takes effect (domain.md section 5).
            var checks = CompactCheck.For(this, FundingChangeKind.Reduction, record.EffectiveDate, compact.Notice, compact.Today, compact.Rules);
            CompactCheck.Ensure(checks, compact.Notice, compact.Today);
            kept = CompactCheck.Kept(checks, compact.Notice);
        }

        var before = ContractChange.Snapshot.Of(this);
        var increase = WholeLifeValueWith(annualValue, record.EffectiveDate) - WholeLifeValue;
        if (valueChanges && VariationNeedsDecision(increase, rules))
        {
            var proposed = new ContractChange(ContractChangeKind.Value,
                $"Annual value change from {Money.Text(before.AnnualValue)} to {Money.Text(annualValue)}", record, reason,
                before, before with { AnnualValue = annualValue, WholeLifeValue = before.WholeLifeValue + increase });
            proposed.StateValueChange(increase);
            proposed.ProposeFunding(lines);
            proposed.RequireDecision(ChangeDecision("Contract value change"));
            _changes.Add(proposed);
            return proposed;
        }

        ApplyValue(annualValue, lines, record.EffectiveDate);
        var description = valueChanges
            ? $"Annual value changed from {Money.Text(before.AnnualValue)} to {Money.Text(annualValue)}"
            : $"Funding contributions changed; the annual value stays {Money.Text(annualValue)}";
        return Record(valueChanges ? ContractChangeKind.Value : ContractChangeKind.Funding, description, record, reason, before, kept);
    }

    /// <summary>The value change recorded and waiting for a decision maker, if any (needs Changes with their Decision loaded).</summary>
    public ContractChange? ValueChangeAwaitingDecision => _changes.FirstOrDefault(c => c.Kind == ContractChangeKind.Value && c.IsAwaitingDecision);

    /// <summary>
    /// The checks an approval of <paramref name="change"/> must pass, made before anything is recorded, and what then applies
    /// it: the annual value and the funding kept on the change, from its effective date, as <see cref="ChangeValue"/> would have.
    /// </summary>
    private Action PrepareApprovedValue(ContractChange change)
    {
        if (ContractLifecycle.IsFinal(Status))
        {
            throw new DomainException($"The contract is {Status.ToDisplayName().ToLowerInvariant()}, so its value can no longer change: refuse the change", "Outcome");
        }

        EnsureWithinTerm(change.EffectiveDate, "Outcome");
        var lines = CheckFunding(change.ProposedFunding.Select(p => p.ToLine()), change.AnnualValueAfter);
        EnsureSharesFit(_providers.Where(p => p.Role != ProviderRole.Lead).Sum(p => p.AnnualShare), change.AnnualValueAfter, "Outcome");
        return () =>
        {
            var before = ContractChange.Snapshot.Of(this);
            ApplyValue(change.AnnualValueAfter, lines, change.EffectiveDate);
            change.TakeFigures(before, ContractChange.Snapshot.Of(this));
        };
    }

    /// <summary>The whole-life value if the annual value became <paramref name="annualValue"/> from <paramref name="effectiveDate"/>.</summary>
    private decimal WholeLifeValueWith(decimal annualValue, DateOnly effectiveDate) =>
        decimal.Round((annualValue * Term.Months(StartDate, CurrentEndDate) / 12m) + AdjustmentWith(annualValue, effectiveDate), 2);

    /// <summary><see cref="EarlierValueAdjustment"/> once the months before <paramref name="effectiveDate"/> keep the value of their time.</summary>
    private decimal AdjustmentWith(decimal annualValue, DateOnly effectiveDate) =>
        decimal.Round(EarlierValueAdjustment + ((AnnualValue - annualValue) * Term.Months(StartDate, effectiveDate.AddDays(-1)) / 12m), 2);

    private void ApplyValue(decimal annualValue, List<FundingContribution> lines, DateOnly effectiveDate)
    {
        EarlierValueAdjustment = AdjustmentWith(annualValue, effectiveDate);
        AnnualValue = annualValue;
        ReplaceFunding(lines);
        RecalculateTerm();
        RecalculateProviderFigures();
    }

    private void EnsureWithinTerm(DateOnly effectiveDate, string field = "EffectiveDate")
    {
        if (effectiveDate < StartDate || effectiveDate > CurrentEndDate)
        {
            throw new DomainException(
                $"The date the change takes effect must be between the start date, {UkTime.Date(StartDate)}, and the end date, {UkTime.Date(CurrentEndDate)}",
                field);
        }
    }

    /// <summary>
    /// Changes the term as a recorded change (issue 19): removes pending extensions entered by mistake, moves the
    /// start and initial end dates, and adds a new optional extension, in that order, so the rules of
    /// <see cref="RemoveExtension"/>, <see cref="SetTerm"/> and <see cref="AddExtension"/> apply. Refused when
    /// nothing changes. Needs Extensions loaded.
    /// </summary>
    public ContractChange ChangeTerm(
        DateOnly startDate, DateOnly initialEndDate, IEnumerable<int> removeExtensions, (int Months, DateOnly DecideBy)? newExtension, ChangeRecord record)
    {
        var reason = ContractChange.CheckReason(record.Reason);
        if (ContractLifecycle.IsFinal(Status))
        {
            throw new DomainException($"You cannot change the term of a contract that is {Status.ToDisplayName().ToLowerInvariant()}", nameof(InitialEndDate));
        }

        var removing = removeExtensions.Distinct().ToList();
        if (startDate == StartDate && initialEndDate == InitialEndDate && removing.Count == 0 && newExtension is null)
        {
            throw new DomainException("Change a date, remove an extension or add one, or go back to the contract without saving", nameof(InitialEndDate));
        }

        var before = ContractChange.Snapshot.Of(this);
        var extensionsBefore = ExtensionsText();
        foreach (var number in removing)
        {
            RemoveExtension(number);
        }

        SetTerm(startDate, initialEndDate);
        if (newExtension is { } added)
        {
            AddExtension(added.Months, added.DecideBy);
        }

        var parts = new List<string>();
        if (before.StartDate != StartDate || before.EndDate != CurrentEndDate)
        {
            parts.Add($"Term changed from {UkTime.Date(before.StartDate)} to {UkTime.Date(before.EndDate)}, to {UkTime.Date(StartDate)} to {UkTime.Date(CurrentEndDate)}");
        }

        var extensionsAfter = ExtensionsText();
        if (extensionsAfter != extensionsBefore)
        {
            parts.Add($"Pending extensions changed from {extensionsBefore} to {extensionsAfter}");
        }

        return Record(ContractChangeKind.Term, parts.Count == 0 ? "Term changed" : string.Join("; ", parts), record, reason, before);
    }

    /// <summary>
    /// Ends the contract (issue 19): marks it as ending or ended, as the lifecycle allows, with the reason recorded. The one
    /// way to reach those statuses from a screen; <see cref="Advance"/> refuses them. Decommissioned is reached only
    /// through a decommissioning case whose decision is approved (issue 14; <c>DecommissioningCase.DecommissionContract</c>).
    /// With <paramref name="compact"/> the Compact check applies to every third-sector organisation on the contract
    /// (an early termination when the date is before the current end): the notice is kept on the recorded change and a
    /// short notice needs its reason. Needs Providers.Provider loaded then.
    /// </summary>
    public ContractChange End(ContractStatus outcome, ChangeRecord record, CompactContext? compact = null)
    {
        var reason = ContractChange.CheckReason(record.Reason);
        if (outcome == ContractStatus.Decommissioned)
        {
            throw new DomainException("A contract is decommissioned through its decommissioning case, once the decision is approved", "Outcome");
        }

        if (!ContractLifecycle.IsEnding(outcome))
        {
            throw new DomainException("Select how the contract is ending", "Outcome");
        }

        EnsureCanEnd(outcome);
        CompactNotice? kept = null;
        if (compact is not null)
        {
            var kind = record.EffectiveDate < CurrentEndDate ? FundingChangeKind.EarlyTermination : FundingChangeKind.Ending;
            var checks = CompactCheck.For(this, kind, record.EffectiveDate, compact.Notice, compact.Today, compact.Rules);
            CompactCheck.Ensure(checks, compact.Notice, compact.Today);
            kept = CompactCheck.Kept(checks, compact.Notice);
        }

        var before = ContractChange.Snapshot.Of(this);
        MoveTo(outcome);
        return Record(ContractChangeKind.Ending, outcome == ContractStatus.Ended ? "Contract ended" : "Contract marked as ending", record, reason, before, kept);
    }

    /// <summary>
    /// Decommissions the contract for its decommissioning case (domain.md section 5), which has checked that nothing is
    /// missing; the case keeps the Compact notices. Recorded as an ending with the reason.
    /// </summary>
    internal ContractChange Decommission(ChangeRecord record)
    {
        var reason = ContractChange.CheckReason(record.Reason);
        EnsureCanEnd(ContractStatus.Decommissioned);
        var before = ContractChange.Snapshot.Of(this);
        MoveTo(ContractStatus.Decommissioned);
        return Record(ContractChangeKind.Ending, "Contract decommissioned", record, reason, before, null);
    }

    private void EnsureCanEnd(ContractStatus outcome)
    {
        if (!CanMoveTo(outcome))
        {
            throw new DomainException(
                $"A contract that is {Status.ToDisplayName().ToLowerInvariant()} cannot become {outcome.ToDisplayName().ToLowerInvariant()}", "Outcome");
        }
    }

    /// <summary>
    /// Moves the contract to the next stage of its delivery (procuring, awarded, mobilising, live, in extension).
    /// Ending, ended and decommissioned go through <see cref="End"/>, which asks for a reason.
    /// </summary>
    public void Advance(ContractStatus status)
    {
        if (ContractLifecycle.IsEnding(status))
        {
            throw new DomainException("To end or decommission a contract, use “End this contract”, which asks for the reason", "NewStatus");
        }

        MoveTo(status);
    }

    public ContractDocument AddDocument(
        DocumentKind kind, string fileName, string contentType, long sizeBytes, string storageKey,
        string? uploadedByUserId, string uploadedByName, DateTime uploadedAtUtc)
    {
        EnsureDefined(kind, nameof(ContractDocument.Kind), "Select the kind of document");
        var document = new ContractDocument(kind, fileName, contentType, sizeBytes, storageKey, uploadedByUserId, uploadedByName, uploadedAtUtc);
        _documents.Add(document);
        return document;
    }

    /// <summary>Removes a document's metadata and returns it, so the caller can delete the stored bytes.</summary>
    public ContractDocument RemoveDocument(int documentId)
    {
        var document = _documents.FirstOrDefault(d => d.Id == documentId)
            ?? throw new DomainException("The document was not found", "Documents");
        _documents.Remove(document);
        return document;
    }

    private ContractChange Record(ContractChangeKind kind, string description, ChangeRecord record, string reason, ContractChange.Snapshot before,
        CompactNotice? compact = null)
    {
        var change = new ContractChange(kind, description, record, reason, before, ContractChange.Snapshot.Of(this), compact);
        _changes.Add(change);
        return change;
    }

    private string ExtensionsText()
    {
        var pending = _extensions.Where(e => e.Status == ExtensionStatus.Pending).OrderBy(e => e.Number).Select(e => $"{e.Months} months").ToList();
        return pending.Count == 0 ? "none" : string.Join(" + ", pending);
    }

    /// <summary>True when <paramref name="lines"/> hold the same funders, streams and amounts as the contract now.</summary>
    private bool SameFunding(List<FundingContribution> lines) =>
        lines.Count == _funding.Count
        && lines.All(l => _funding.Any(f => f.SameFunder(l) && f.Stream == l.Stream && f.AnnualAmount == l.AnnualAmount));

    private int TakenMonths => _extensions.Where(e => e.Status == ExtensionStatus.Taken).Sum(e => e.Months);

    private int PendingMonths => _extensions.Where(e => e.Status == ExtensionStatus.Pending).Sum(e => e.Months);

    private ContractExtension FindExtension(int number) =>
        _extensions.FirstOrDefault(e => e.Number == number)
        ?? throw new DomainException($"There is no extension {number} on this contract", nameof(Extensions));

    private List<FundingContribution> CheckFunding(IEnumerable<FundingLine> funding, decimal annualValue)
    {
        var lines = funding.ToList();
        if (lines.Count == 0)
        {
            if (Status != ContractStatus.Planned && annualValue != 0)
            {
                throw new DomainException("Add at least one funding contribution", nameof(Funding));
            }

            return [];
        }

        foreach (var line in lines)
        {
            if (line.FunderOrganisationId is null && string.IsNullOrWhiteSpace(line.PartnerName))
            {
                throw new DomainException("Select the funder or enter the partner's name", nameof(Funding));
            }

            EnsureDefined(line.Stream, nameof(Funding), "Select the funding stream");
            Money.Ensure(line.AnnualAmount, nameof(Funding), "Each annual amount");
        }

        var contributions = lines.Select(l => new FundingContribution(l)).ToList();
        if (contributions.GroupBy(c => (c.FunderOrganisationId, Name: c.PartnerName?.ToUpperInvariant(), c.Stream)).Any(g => g.Count() > 1))
        {
            throw new DomainException("Each funder can be listed only once for each funding stream", nameof(Funding));
        }

        var total = contributions.Sum(c => c.AnnualAmount);
        if (total != annualValue)
        {
            throw new DomainException(FundingRule.Message(total, annualValue), nameof(Funding));
        }

        return contributions;
    }

    /// <summary>
    /// Makes the funding match <paramref name="contributions"/> changing only what differs, so the history
    /// records only real changes: a line is matched to an existing one by funder and stream, then by funder
    /// alone (as providers are matched by provider); a matched line changes in place, the rest are removed or added.
    /// </summary>
    private void ReplaceFunding(List<FundingContribution> contributions)
    {
        var unmatched = _funding.ToList();
        var kept = new List<FundingContribution>();
        var pending = new List<FundingContribution>();
        MatchFunding(contributions, unmatched, kept, (f, wanted) => f.SameFunder(wanted) && f.Stream == wanted.Stream, pending.Add);
        MatchFunding(pending, unmatched, kept, (f, wanted) => f.SameFunder(wanted), kept.Add);

        _funding.RemoveAll(unmatched.Contains);
        _funding.AddRange(kept.Where(k => !_funding.Contains(k)));
    }

    /// <summary>
    /// One matching pass of <see cref="ReplaceFunding"/>: each wanted line takes the first unmatched existing line
    /// <paramref name="matches"/> pairs it with, changed in place and kept; a line with no such match goes to <paramref name="unpaired"/>.
    /// </summary>
    private static void MatchFunding(
        IEnumerable<FundingContribution> contributions, List<FundingContribution> unmatched, List<FundingContribution> kept,
        Func<FundingContribution, FundingContribution, bool> matches, Action<FundingContribution> unpaired)
    {
        foreach (var wanted in contributions)
        {
            var same = unmatched.FirstOrDefault(f => matches(f, wanted));
            if (same is null)
            {
                unpaired(wanted);
                continue;
            }

            unmatched.Remove(same);
            same.Change(wanted.Stream, wanted.AnnualAmount);
            kept.Add(same);
        }
    }

    private static void EnsureSharesFit(decimal othersTotal, decimal annualValue, string field)
    {
        if (othersTotal > annualValue)
        {
            throw new DomainException(
                $"Partners' and subcontractors' annual shares must not add up to more than the annual value of {Money.Text(annualValue)}", field);
        }
    }

    private static bool SameProvider(Provider a, Provider b) => ReferenceEquals(a, b) || (a.Id != 0 && a.Id == b.Id);

    private static void EnsureDefined<TEnum>(TEnum value, string field, string message)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new DomainException(message, field);
        }
    }

    /// <summary>Keeps the stored term and value figures in step (needs only the extensions).</summary>
    private void RecalculateTerm()
    {
        CurrentEndDate = Term.Extend(InitialEndDate, TakenMonths);
        MaximumEndDate = Term.Extend(CurrentEndDate, PendingMonths);
        WholeLifeValue = decimal.Round((AnnualValue * Term.Months(StartDate, CurrentEndDate) / 12m) + EarlierValueAdjustment, 2);
        MaximumWholeLifeValue = decimal.Round((AnnualValue * Term.Months(StartDate, MaximumEndDate) / 12m) + EarlierValueAdjustment, 2);
    }

    /// <summary>Keeps the lead's share and the stored Keep it Local figures in step (needs Providers.Provider loaded).</summary>
    private void RecalculateProviderFigures()
    {
        if (_providers.Any(p => p.Provider is null))
        {
            throw new InvalidOperationException(
                "Load the contract's providers with Include(c => c.Providers).ThenInclude(p => p.Provider) before changing them or the annual value.");
        }

        var lead = Lead;
        lead?.Change(ProviderRole.Lead, AnnualValue - _providers.Where(p => p.Role != ProviderRole.Lead).Sum(p => p.AnnualShare));
        LeadProvider = lead?.Provider;
        LeadProviderId = lead is null ? null : lead.Provider.Id is > 0 ? lead.Provider.Id : LeadProviderId;
        LeadProviderIsThirdSector = lead?.Provider.IsThirdSector;
        HasThirdSectorProvider = _providers.Any(p => p.Provider.IsThirdSector);
        SmallLocalShare = AnnualValue == 0 || _providers.Count == 0
            ? 0m
            : decimal.Round(SmallLocalAmount / AnnualValue * 100m, 2);
    }
}
