using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Domain.Evaluation;

/// <summary>
/// A panel that scores the bids for one lot: every quality and social value answer, or one quality question only
/// (a service users' or young people's panel scoring its own question: domain.md sections 3 and 8). Formed by a
/// procurement officer from staff and external evaluators, one of them the chair (issue 13). Before seeing any bid
/// each member declares, per bidder, a conflict of interest or none; a declared conflict removes them from that bid,
/// and nobody scores a bid without a declaration of none (domain.md section 3: "each scorer declares conflicts of
/// interest"). Not versioned: members declare at the same time without refusing each other's saves; declarations
/// are only ever added.
/// </summary>
public sealed class EvaluationPanel : IAuditable
{
    /// <summary>A panel compares its members' scores, so it has at least two (a decision: the sources give no number).</summary>
    public const int MinimumMembers = 2;

    private readonly List<PanelMember> _members = [];
    private readonly List<ConflictDeclaration> _declarations = [];

    private EvaluationPanel() { }

    public EvaluationPanel(Opportunity opportunity, int lotId, int? qualityQuestionId, string name,
        IReadOnlyList<PanelMemberChoice> members, string? chairUserId, string formedByName, DateTime nowUtc)
    {
        if (opportunity.Status is not (OpportunityStatus.Published or OpportunityStatus.InEvaluation))
        {
            throw new DomainException("Panels are formed for a published opportunity, before its award");
        }

        var errors = new DomainErrors();
        if (opportunity.Lots.All(l => l.Id != lotId))
        {
            errors.Add(nameof(LotId), "Select the lot the panel scores");
        }

        if (qualityQuestionId is { } q && opportunity.QualityQuestions.All(x => x.Id != q))
        {
            errors.Add(nameof(QualityQuestionId), "Select what the panel scores");
        }

        errors.Collect(() => Name = Text.Required(name, 200, nameof(Name), "Enter the panel's name", "Panel name"));
        errors.Collect(() => CheckMembers(members, chairUserId));
        errors.ThrowIfAny();
        OpportunityId = opportunity.Id;
        LotId = lotId;
        QualityQuestionId = qualityQuestionId;
        FormedByName = formedByName;
        FormedAtUtc = nowUtc;
        _members.AddRange(members.Select(m => new PanelMember(m.UserId, m.Name, m.IsExternal, m.UserId == chairUserId)));
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int LotId { get; private set; }

    /// <summary>The one quality question the panel scores; null when it scores every quality and social value answer of the lot.</summary>
    public int? QualityQuestionId { get; private set; }

    public string Name { get; private set; } = "";

    public string FormedByName { get; private set; } = "";

    public DateTime FormedAtUtc { get; private set; }

    public IReadOnlyList<PanelMember> Members => _members;

    public IReadOnlyList<ConflictDeclaration> Declarations => _declarations;

    public PanelMember? Chair => _members.SingleOrDefault(m => m.IsChair);

    public bool IsMember(string userId) => _members.Any(m => m.UserId == userId);

    /// <summary>The answers the panel scores on every bid: one quality question, or all of them and every social value criterion.</summary>
    public IReadOnlyList<ScoreItem> ItemsToScore(Opportunity opportunity) => QualityQuestionId is { } only
        ? [new ScoreItem(ScoreItemKind.Quality, only)]
        : opportunity.QualityQuestions.OrderBy(q => q.Number).Select(q => new ScoreItem(ScoreItemKind.Quality, q.Id))
            .Concat(opportunity.SocialValueCriteria.OrderBy(s => s.SocialValueCriterionId).Select(s => new ScoreItem(ScoreItemKind.SocialValue, s.SocialValueCriterionId)))
            .ToList();

    /// <summary>
    /// The answers the panel scores when other panels of the lot may own single questions: a panel formed for one
    /// question owns it, so a whole-lot panel scores every other quality answer and every social value commitment
    /// (docs/domain.md, "Evaluation: moderation, scores and ranking"). <paramref name="lotPanels"/> are the panels of
    /// the same lot (this one may be among them).
    /// </summary>
    public IReadOnlyList<ScoreItem> ItemsToScore(Opportunity opportunity, IEnumerable<EvaluationPanel> lotPanels)
    {
        var owned = QuestionsWithOwnPanel(lotPanels.Where(p => p.LotId == LotId));
        return ItemsToScore(opportunity).Where(i => Owns(i, owned)).ToList();
    }

    /// <summary>
    /// Whether the panel scores and moderates <paramref name="item"/>: a one-question panel its question; a whole-lot
    /// panel every social value criterion and every question not in <paramref name="questionsWithOwnPanel"/>.
    /// </summary>
    public bool Owns(ScoreItem item, IReadOnlySet<int> questionsWithOwnPanel) => QualityQuestionId is { } only
        ? item.Kind == ScoreItemKind.Quality && item.ItemId == only
        : item.Kind == ScoreItemKind.SocialValue || !questionsWithOwnPanel.Contains(item.ItemId);

    /// <summary>The quality questions a one-question panel scores, among <paramref name="panels"/>.</summary>
    public static IReadOnlySet<int> QuestionsWithOwnPanel(IEnumerable<EvaluationPanel> panels) =>
        panels.Where(p => p.QualityQuestionId is not null).Select(p => p.QualityQuestionId!.Value).ToHashSet();

    /// <summary>
    /// Why <paramref name="userId"/> may not moderate the bid, or null when they may: they chair the panel, did not
    /// declare a conflict with the bidder, and every member free of a conflict with the bidder has submitted their
    /// sheet (<paramref name="submittedBy"/>: the members whose sheet for this bid is submitted). A member who has not
    /// declared yet still has to score.
    /// </summary>
    public string? WhyNotModerate(string userId, int bidId, IReadOnlyCollection<string> submittedBy)
    {
        if (Chair?.UserId != userId)
        {
            return "Only the panel's chair records the agreed scores";
        }

        if (DeclarationFor(userId, bidId) is { HasConflict: true })
        {
            return "You declared a conflict of interest with this bidder, so you cannot moderate its scores";
        }

        var waiting = _members.Where(m => DeclarationFor(m.UserId, bidId) is not { HasConflict: true } && !submittedBy.Contains(m.UserId))
            .Select(m => m.Name).ToList();
        return waiting.Count == 0
            ? null
            : $"Moderation opens when every member free of a conflict with this bidder has submitted their scores. Still to submit: {string.Join(", ", waiting)}";
    }

    /// <summary>Starts the chair's moderation of a bid of the panel's lot, when <see cref="WhyNotModerate"/> allows it.</summary>
    public BidModeration StartModeration(string userId, int bidId, IReadOnlyList<ScoreItem> items, IReadOnlyCollection<string> submittedBy, DateTime nowUtc)
    {
        if (WhyNotModerate(userId, bidId, submittedBy) is { } why)
        {
            throw new DomainException(why);
        }

        return new BidModeration(Id, bidId, userId, Chair!.Name, items, nowUtc);
    }

    /// <summary>Changes who sits on the panel and who chairs it. A member who has declared stays: their declarations are the record.</summary>
    public void ChangeMembers(IReadOnlyList<PanelMemberChoice> members, string? chairUserId)
    {
        CheckMembers(members, chairUserId);
        var leaving = _members.Where(m => members.All(c => c.UserId != m.UserId)).ToList();
        if (leaving.FirstOrDefault(m => HasDeclared(m.UserId)) is { } declared)
        {
            throw new DomainException($"{declared.Name} has declared their interests, so they stay on the panel", "MemberUserIds");
        }

        foreach (var member in leaving)
        {
            _members.Remove(member);
        }

        foreach (var choice in members)
        {
            if (_members.SingleOrDefault(m => m.UserId == choice.UserId) is { } existing)
            {
                existing.IsChair = choice.UserId == chairUserId;
            }
            else
            {
                _members.Add(new PanelMember(choice.UserId, choice.Name, choice.IsExternal, choice.UserId == chairUserId));
            }
        }
    }

    public bool HasDeclared(string userId) => _declarations.Any(d => d.UserId == userId);

    public ConflictDeclaration? DeclarationFor(string userId, int bidId) =>
        _declarations.SingleOrDefault(d => d.UserId == userId && d.BidId == bidId);

    /// <summary>
    /// A member's declarations, one per bid of the lot, all at once and once only: "no conflict", or a conflict with
    /// what it is (required). <paramref name="bidIdsOfLot"/> are the opened bids of the panel's lot. Every problem is
    /// reported against its bid's answer (Conflicts[i], Details[i], in the order given).
    /// </summary>
    public void Declare(string userId, IReadOnlyList<int> bidIdsOfLot, IReadOnlyList<(int BidId, bool? HasConflict, string? Details)> answers, DateTime nowUtc)
    {
        if (!IsMember(userId))
        {
            throw new DomainException("You are not on this panel");
        }

        if (HasDeclared(userId))
        {
            throw new DomainException("You have already declared your interests for this panel");
        }

        if (bidIdsOfLot.Count == 0)
        {
            throw new DomainException("There are no opened bids to declare against yet");
        }

        var errors = new DomainErrors();
        var made = new List<ConflictDeclaration>();
        foreach (var bidId in bidIdsOfLot)
        {
            var index = answers.ToList().FindIndex(a => a.BidId == bidId);
            if (index < 0)
            {
                errors.Add(null, "Say whether you have a conflict of interest with every bidder");
                continue;
            }

            var answer = answers[index];
            if (answer.HasConflict is null)
            {
                errors.Add($"Conflicts[{index}]", "Select whether you have a conflict of interest with this bidder");
                continue;
            }

            string? details = null;
            if (answer.HasConflict.Value)
            {
                errors.Collect(() => details = Text.Required(answer.Details, 1000, $"Details[{index}]", "Describe the conflict of interest", "Conflict of interest"));
            }

            made.Add(new ConflictDeclaration(userId, bidId, answer.HasConflict.Value, details, nowUtc));
        }

        errors.ThrowIfAny();
        _declarations.AddRange(made);
    }

    /// <summary>Why the member may not score the bid, or null when they may: on the panel, declared, and no conflict with this bidder.</summary>
    public string? WhyNotScore(string userId, int bidId)
    {
        if (!IsMember(userId))
        {
            return "You are not on this panel";
        }

        return DeclarationFor(userId, bidId) switch
        {
            null => "Declare your interests in the bidders before you see or score any bid",
            { HasConflict: true } => "You declared a conflict of interest with this bidder, so you cannot see or score its bid",
            _ => null,
        };
    }

    /// <summary>Starts the member's score sheet for a bid of the panel's lot, when <see cref="WhyNotScore"/> allows it.</summary>
    public ScoreSheet StartSheet(string userId, int bidId, IReadOnlyList<ScoreItem> items, DateTime nowUtc)
    {
        if (WhyNotScore(userId, bidId) is { } why)
        {
            throw new DomainException(why);
        }

        return new ScoreSheet(Id, bidId, userId, _members.Single(m => m.UserId == userId).Name, items, nowUtc);
    }

    private static void CheckMembers(IReadOnlyList<PanelMemberChoice> members, string? chairUserId)
    {
        if (members.Select(m => m.UserId).Distinct().Count() < MinimumMembers)
        {
            throw new DomainException($"Select at least {MinimumMembers} panel members", "MemberUserIds");
        }

        if (string.IsNullOrEmpty(chairUserId))
        {
            throw new DomainException("Select who chairs the panel", "ChairUserId");
        }

        if (members.All(m => m.UserId != chairUserId))
        {
            throw new DomainException("The chair must be one of the panel members", "ChairUserId");
        }
    }
}

/// <summary>Someone chosen to sit on a panel: staff, or external (the Evaluator role: sees only what they are asked to score).</summary>
public sealed record PanelMemberChoice(string UserId, string Name, bool IsExternal);

public sealed class PanelMember : IAuditable
{
    private PanelMember() { }

    internal PanelMember(string userId, string name, bool isExternal, bool isChair)
    {
        UserId = userId;
        Name = name;
        IsExternal = isExternal;
        IsChair = isChair;
    }

    public int Id { get; private set; }

    public int EvaluationPanelId { get; private set; }

    public string UserId { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>An external member (Evaluator role), such as a service-user or young people's representative.</summary>
    public bool IsExternal { get; private set; }

    public bool IsChair { get; internal set; }
}

/// <summary>A member's declaration about one bidder: a conflict of interest (with what it is) or none. Never changed.</summary>
public sealed class ConflictDeclaration : IAuditable
{
    private ConflictDeclaration() { }

    internal ConflictDeclaration(string userId, int bidId, bool hasConflict, string? details, DateTime atUtc)
    {
        UserId = userId;
        BidId = bidId;
        HasConflict = hasConflict;
        Details = details;
        DeclaredAtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int EvaluationPanelId { get; private set; }

    public string UserId { get; private set; } = "";

    public int BidId { get; private set; }

    public bool HasConflict { get; private set; }

    public string? Details { get; private set; }

    public DateTime DeclaredAtUtc { get; private set; }
}
