using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Evaluation;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Domain.Awards;

/// <summary>
/// A procurement officer's recommendation to award one lot (issue 13, "Award"; docs/domain.md "Award"), put to the
/// decision maker as a decision record (domain.md section 1) whose route and kind follow from the value: at or above
/// the key-decision threshold a key decision, otherwise a significant operational decision, both delegated to the
/// decision maker. Approved, it starts the way to the contract: the UK6 contract award notice, the standstill
/// (8 working days, domain.md section 9) and, only after the standstill, the contract. Sent back, the officer
/// recommends again in a new recommendation; each recommendation keeps its own decision record.
/// A recommendation with no bid recommends that the lot is not awarded.
/// </summary>
public sealed class LotAward : IAuditable, IVersioned
{
    private LotAward() { }

    private LotAward(int opportunityId, int lotId, DecisionRecord decision)
    {
        OpportunityId = opportunityId;
        LotId = lotId;
        Decision = decision;
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int LotId { get; private set; }

    /// <summary>The winning bid recommended, or null when the officer recommends not awarding the lot.</summary>
    public int? BidId { get; private set; }

    public int? ProviderId { get; private set; }

    /// <summary>The recommended provider's name when recommended (kept as it was).</summary>
    public string? ProviderName { get; private set; }

    /// <summary>The recommended bid's total price over the priced years.</summary>
    public decimal? TotalPrice { get; private set; }

    /// <summary>The recommended bid's rank in the complete ranking (1 is first).</summary>
    public int? Rank { get; private set; }

    /// <summary>Why, when the officer recommends a bid other than the first ranked, or not awarding; otherwise optional.</summary>
    public string? Reason { get; private set; }

    public string RecommendedByUserId { get; private set; } = "";

    public string RecommendedByName { get; private set; } = "";

    public DateTime RecommendedAtUtc { get; private set; }

    public int DecisionId { get; private set; }

    public DecisionRecord Decision { get; private set; } = null!;

    public AwardStatus Status { get; private set; }

    /// <summary>The date the officer says the UK6 contract award notice was published.</summary>
    public DateOnly? NoticePublishedOn { get; private set; }

    /// <summary>The last day of the standstill; a contract can be created from the day after.</summary>
    public DateOnly? StandstillEndsOn { get; private set; }

    /// <summary>The contract created in the register from this award.</summary>
    public int? ContractId { get; private set; }

    public int Version { get; private set; }

    public bool IsAwarding => BidId is not null;

    /// <summary>
    /// Recommends the award of the lot to <paramref name="bidId"/> (or, with null, not awarding it). Rules: only while the
    /// opportunity is in evaluation; only when the lot's ranking is complete; only a ranked bid of the lot; a bid other than
    /// the first ranked, or not awarding, needs a reason; nothing else may be awaiting a decision or approved for the lot
    /// (<paramref name="earlier"/> are the lot's earlier recommendations).
    /// </summary>
    public static LotAward Recommend(
        Opportunity opportunity, int lotId, LotRanking ranking, int? bidId, string? reason, IEnumerable<LotAward> earlier,
        string userId, string userName, DateTime nowUtc, string decisionMakerRole, DecisionRules rules)
    {
        var lot = opportunity.Lots.SingleOrDefault(l => l.Id == lotId) ?? throw new DomainException("The lot is not one of this opportunity's lots");
        if (opportunity.Status != OpportunityStatus.InEvaluation)
        {
            throw new DomainException("Only an opportunity in evaluation can have its award recommended");
        }

        if (ranking.LotId != lotId || !ranking.IsComplete)
        {
            throw new DomainException("The award can be recommended only when every bid of the lot has been moderated and ranked");
        }

        if (earlier.FirstOrDefault(a => a.LotId == lotId && a.Status != AwardStatus.SentBack) is { } open)
        {
            throw new DomainException(open.Status == AwardStatus.Approved
                ? "The award of this lot has already been approved"
                : "A recommendation for this lot is already waiting for a decision");
        }

        var text = Text.Optional(reason, 4000, nameof(Reason), "Reason");
        RankedBid? row = null;
        if (bidId is { } id)
        {
            row = ranking.Rows.SingleOrDefault(r => r.BidId == id) ?? throw new DomainException("Select a bid on this lot", nameof(BidId));
            if (row.Rank != 1 && text is null)
            {
                throw new DomainException("Enter why you recommend a bid that is not ranked first", nameof(Reason));
            }
        }
        else if (text is null)
        {
            throw new DomainException("Enter why you recommend not awarding the lot", nameof(Reason));
        }

        var kind = row is not null && rules.IsKeyDecisionValue(row.TotalPrice) ? DecisionKind.KeyDecision : DecisionKind.SignificantOperationalDecision;
        var title = row is null
            ? $"{opportunity.Title}, lot {lot.Number} ({lot.Title}): not to award"
            : $"{opportunity.Title}, lot {lot.Number} ({lot.Title}): award to {row.ProviderName}";
        var decision = new DecisionRecord(title.Length <= 300 ? title : title[..300], decisionMakerRole, DecisionRoute.DelegatedDecision, kind);
        return new LotAward(opportunity.Id, lotId, decision)
        {
            BidId = row?.BidId,
            ProviderId = row?.ProviderId,
            ProviderName = row?.ProviderName,
            TotalPrice = row?.TotalPrice,
            Rank = row?.Rank,
            Reason = text,
            RecommendedByUserId = userId,
            RecommendedByName = Text.Required(userName, 200, nameof(RecommendedByName), "Name", "Name"),
            RecommendedAtUtc = nowUtc,
            Status = AwardStatus.AwaitingDecision,
        };
    }

    /// <summary>
    /// The decision maker approves the recommendation or sends it back, with reasons either way. Nobody decides their own
    /// recommendation.
    /// </summary>
    public void Decide(Decider decider, bool approve, string reasons, DateOnly today, DecisionRules rules)
    {
        if (Status != AwardStatus.AwaitingDecision)
        {
            throw new DomainException("This recommendation has already been decided");
        }

        if (!decider.IsDecisionMaker)
        {
            throw new DomainException("Only a decision maker can approve or send back an award recommendation");
        }

        if (decider.UserId == RecommendedByUserId)
        {
            throw new DomainException("You cannot decide an award you recommended: another decision maker must decide it", "Outcome");
        }

        Decision.RecordOutcome(approve ? DecisionOutcome.Approved : DecisionOutcome.Refused, today, reasons, decider.UserId, decider.Name, rules);
        Status = approve ? AwardStatus.Approved : AwardStatus.SentBack;
    }

    /// <summary>
    /// Records the date the UK6 contract award notice was published, which starts the standstill (domain.md section 9):
    /// only for an approved award of a bid, not a date in the future nor before the approval, not before a key decision's
    /// call-in period has ended (the decision cannot be acted on while it may be called in, domain.md section 1), and once.
    /// </summary>
    public void RecordNoticePublished(DateOnly publishedOn, DateOnly today, AwardRules rules, BankHolidays holidays)
    {
        if (Status != AwardStatus.Approved || !IsAwarding)
        {
            throw new DomainException("The contract award notice follows an approved award");
        }

        if (NoticePublishedOn is not null)
        {
            throw new DomainException("The contract award notice has already been recorded");
        }

        if (publishedOn > today)
        {
            throw new DomainException("The date the notice was published must be today or in the past", nameof(NoticePublishedOn));
        }

        if (Decision.OutcomeOn is { } approvedOn && publishedOn < approvedOn)
        {
            throw new DomainException($"The notice cannot be published before the award was approved on {approvedOn:d MMMM yyyy}", nameof(NoticePublishedOn));
        }

        if (Decision.CallInEndsOn is { } callInEnds && publishedOn <= callInEnds)
        {
            throw new DomainException(
                $"The award is a key decision open for call-in until {callInEnds:d MMMM yyyy}: publish the notice after the call-in period ends", nameof(NoticePublishedOn));
        }

        NoticePublishedOn = publishedOn;
        StandstillEndsOn = rules.StandstillEndsOn(publishedOn, holidays);
    }

    /// <summary>Whether the standstill has ended by <paramref name="today"/> (it ends at the end of its last day).</summary>
    public bool IsPastStandstill(DateOnly today) => StandstillEndsOn is { } ends && today > ends;

    /// <summary>Nothing is contracted before the standstill ends (domain.md section 9), and one contract per lot.</summary>
    public void EnsureCanCreateContract(DateOnly today)
    {
        if (Status != AwardStatus.Approved || !IsAwarding)
        {
            throw new DomainException("Only an approved award of a bid leads to a contract");
        }

        if (ContractId is not null)
        {
            throw new DomainException("The contract for this lot has already been created");
        }

        if (StandstillEndsOn is not { } ends)
        {
            throw new DomainException("Record the date the contract award notice was published first: the standstill starts from it");
        }

        if (today <= ends)
        {
            throw new DomainException($"The standstill ends on {ends:d MMMM yyyy}: the contract can be created from {ends.AddDays(1):d MMMM yyyy}");
        }
    }

    /// <summary>
    /// The contract for the lot, from the winning bid (issue 13): the winner as lead; consortium members that match a
    /// registered provider by name as partners; the annual value the bid's total price over the priced years; the term
    /// and optional extensions of the opportunity from <paramref name="startDate"/>; the commissioning organisation as
    /// funder of the whole annual value; the bid's social value commitments to monitor.
    /// </summary>
    public Contract CreateContract(
        Opportunity opportunity, CommissioningOrganisation commissioner, Bid bid, Provider winner, IEnumerable<Provider> registeredProviders,
        IReadOnlyDictionary<int, SocialValueCriterion> criteria, DateOnly startDate, DateOnly today)
    {
        EnsureCanCreateContract(today);
        if (bid.Id != BidId || winner.Id != ProviderId || opportunity.Id != OpportunityId || commissioner.Id != opportunity.CommissioningOrganisationId)
        {
            throw new InvalidOperationException("The bid, provider, opportunity and commissioner must be this award's");
        }

        if (startDate <= StandstillEndsOn)
        {
            throw new DomainException($"The contract must start after the standstill ends on {StandstillEndsOn:d MMMM yyyy}", "StartDate");
        }

        var lot = opportunity.Lots.Single(l => l.Id == LotId);
        var annualValue = decimal.Round(bid.TotalPrice / opportunity.PriceYears, 2, MidpointRounding.AwayFromZero);
        var title = opportunity.Lots.Count == 1 ? opportunity.Title : $"{opportunity.Title}: lot {lot.Number}, {lot.Title}";
        var contract = new Contract(
            $"AWD-{OpportunityId}-{lot.Number}", title.Length <= 200 ? title : title[..200], opportunity.ServiceArea, opportunity.CommissioningOrganisationId,
            AgreementTypeFor(opportunity.Route), PaymentMechanism.Block, AwardRouteFor(opportunity.Route),
            startDate, startDate.AddMonths(opportunity.InitialTermMonths).AddDays(-1), annualValue);
        var partners = bid.ConsortiumMembers
            .Select(m => registeredProviders.FirstOrDefault(p => p.Id != winner.Id && string.Equals(p.Name.Trim(), m.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            .OfType<Provider>().DistinctBy(p => p.Id);
        contract.SetProviders([new ContractProviderLine(winner, ProviderRole.Lead), .. partners.Select(p => new ContractProviderLine(p, ProviderRole.Partner))]);
        contract.SetFunding([FundingLine.FromOrganisation(commissioner.Id, StreamFor(commissioner.Kind), annualValue)]);
        var decideBy = contract.InitialEndDate.AddMonths(-6) < startDate ? startDate : contract.InitialEndDate.AddMonths(-6);
        foreach (var months in opportunity.ExtensionMonths)
        {
            contract.AddExtension(months, decideBy);
        }

        contract.LinkAward(OpportunityId, Id);
        contract.SetCommitments(bid.Commitments.Where(c => c.Quantity > 0).Select(c => criteria.TryGetValue(c.SocialValueCriterionId, out var criterion)
            ? new ContractCommitmentLine(criterion.Id, criterion.Name, c.Quantity, criterion.Unit)
            : throw new InvalidOperationException($"Social value criterion {c.SocialValueCriterionId} is not loaded")));
        contract.MoveTo(ContractStatus.Procuring);
        contract.MoveTo(ContractStatus.Awarded);
        return contract;
    }

    /// <summary>Links the contract created from this award.</summary>
    public void LinkContract(int contractId)
    {
        if (ContractId is not null)
        {
            throw new DomainException("The contract for this lot has already been created");
        }

        ContractId = contractId;
    }

    private static AgreementType AgreementTypeFor(ProcurementProcedure route) => route switch
    {
        ProcurementProcedure.GrantRound => AgreementType.Grant,
        ProcurementProcedure.FrameworkCallOff => AgreementType.FrameworkCallOff,
        _ => AgreementType.Contract,
    };

    private static ContractAwardRoute AwardRouteFor(ProcurementProcedure route) => route switch
    {
        ProcurementProcedure.LightTouch => ContractAwardRoute.LightTouchProcurementAct2023,
        ProcurementProcedure.PsrCompetitive => ContractAwardRoute.PsrCompetitive,
        ProcurementProcedure.PsrMostSuitableProvider => ContractAwardRoute.PsrMostSuitableProvider,
        ProcurementProcedure.GrantRound => ContractAwardRoute.GrantRound,
        ProcurementProcedure.FrameworkCallOff => ContractAwardRoute.Framework,
        _ => ContractAwardRoute.OpenTender,
    };

    private static FundingStream StreamFor(CommissioningOrganisationKind kind) => kind switch
    {
        CommissioningOrganisationKind.CouncilDirectorate => FundingStream.LccBudget,
        CommissioningOrganisationKind.Nhs => FundingStream.CcgBudget,
        _ => FundingStream.OtherPartner,
    };
}
