using System.Text.RegularExpressions;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// One provider organisation's bid for one lot (issue 6). Sealed: staff read its content only through
/// the sealed-bids query (Infrastructure/Opportunities/SealedBids.cs), which returns nothing before the
/// deadline. Draft, submitted (with a timestamped receipt) or withdrawn; changeable until the deadline,
/// frozen after it. The audit trail records this envelope (status and times) but not the content, which
/// lives in child rows that are not audited, so no audit reader can see a price before the deadline.
/// </summary>
public sealed partial class Bid : IAuditable, IVersioned
{
    private readonly List<BidPrice> _prices = [];
    private readonly List<BidAnswer> _answers = [];
    private readonly List<BidCommitment> _commitments = [];
    private readonly List<BidConsortiumMember> _consortium = [];
    private readonly List<BidAttachment> _attachments = [];

    private Bid() { }

    public Bid(int opportunityId, int lotId, int providerId, string userId, BidRules rules, DateTime nowUtc)
    {
        EnsureBeforeDeadline(rules, nowUtc);
        OpportunityId = opportunityId;
        LotId = lotId;
        ProviderId = providerId;
        CreatedByUserId = userId;
        CreatedAtUtc = nowUtc;
        LastSavedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int LotId { get; private set; }

    public int ProviderId { get; private set; }

    public BidStatus Status { get; private set; }

    public string CreatedByUserId { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime LastSavedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public string? SubmittedByUserId { get; private set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    /// <summary>The receipt a provider keeps: changes with every submission.</summary>
    public string? ReceiptReference { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<BidPrice> Prices => _prices;

    public IReadOnlyList<BidAnswer> Answers => _answers;

    public IReadOnlyList<BidCommitment> Commitments => _commitments;

    public IReadOnlyList<BidConsortiumMember> ConsortiumMembers => _consortium;

    public IReadOnlyList<BidAttachment> Attachments => _attachments;

    public decimal TotalPrice => _prices.Sum(p => p.Amount);

    /// <summary>
    /// Saves what the provider entered. A draft may be incomplete; a submitted bid stays submitted only
    /// if it is still complete, and gets a new receipt (it is submitted again).
    /// </summary>
    public void Save(BidContent content, BidRules rules, string userId, DateTime nowUtc)
    {
        EnsureChangeable(rules, nowUtc);
        Check(content, rules, requireComplete: Status == BidStatus.Submitted);
        Apply(content, rules);
        LastSavedAtUtc = nowUtc;
        if (Status == BidStatus.Submitted)
        {
            Stamp(userId, nowUtc);
        }
    }

    /// <summary>Submits the saved bid: every price, answer and commitment must be there.</summary>
    public void Submit(BidRules rules, string userId, DateTime nowUtc)
    {
        EnsureChangeable(rules, nowUtc);
        Check(CurrentContent(rules), rules, requireComplete: true);
        Status = BidStatus.Submitted;
        Stamp(userId, nowUtc);
    }

    public void Withdraw(BidRules rules, DateTime nowUtc)
    {
        EnsureChangeable(rules, nowUtc);
        Status = BidStatus.Withdrawn;
        WithdrawnAtUtc = nowUtc;
    }

    /// <summary>A withdrawn bid can be taken up again as a draft, before the deadline.</summary>
    public void Reopen(BidRules rules, DateTime nowUtc)
    {
        EnsureBeforeDeadline(rules, nowUtc);
        if (Status != BidStatus.Withdrawn)
        {
            throw new DomainException("Only a withdrawn bid can be reopened");
        }

        Status = BidStatus.Draft;
        WithdrawnAtUtc = null;
        SubmittedAtUtc = null;
        ReceiptReference = null;
        LastSavedAtUtc = nowUtc;
    }

    public BidAttachment AddAttachment(string fileName, byte[] content, BidRules rules, DateTime nowUtc)
    {
        EnsureChangeable(rules, nowUtc);
        if (_attachments.Count >= 10)
        {
            throw new DomainException("A bid can have up to 10 attachments. Remove one first", "Attachment");
        }

        var attachment = new BidAttachment(fileName, content, nowUtc);
        _attachments.Add(attachment);
        LastSavedAtUtc = nowUtc;
        return attachment;
    }

    public void RemoveAttachment(int attachmentId, BidRules rules, DateTime nowUtc)
    {
        EnsureChangeable(rules, nowUtc);
        var attachment = _attachments.SingleOrDefault(a => a.Id == attachmentId)
            ?? throw new DomainException("There is no such attachment");
        _attachments.Remove(attachment);
        LastSavedAtUtc = nowUtc;
    }

    /// <summary>What is saved, in the order of the rules, to show the form again.</summary>
    public BidContent CurrentContent(BidRules rules) => new(
        Enumerable.Range(1, rules.PriceYears).Select(y => _prices.SingleOrDefault(p => p.Year == y)?.Amount).ToList(),
        rules.Questions.Select(q => _answers.SingleOrDefault(a => a.QualityQuestionId == q.QuestionId)?.Text).ToList(),
        rules.SocialValueCriteria.Select(c => _commitments.SingleOrDefault(x => x.SocialValueCriterionId == c)?.Quantity).ToList(),
        _consortium.Select(m => m.Name).ToList());

    public static int CountWords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : Whitespace().Split(text.Trim()).Length;

    /// <summary>Late bids are refused with the deadline in words (issue 6).</summary>
    public static void EnsureBeforeDeadline(BidRules rules, DateTime nowUtc)
    {
        if (nowUtc >= rules.DeadlineUtc)
        {
            throw new DomainException(DeadlinePassed(rules));
        }
    }

    /// <summary>What a provider is told once bids have closed.</summary>
    public static string DeadlinePassed(BidRules rules) =>
        $"The deadline for bids was {UkTime.DateAndTime(rules.DeadlineUtc)}. Bids can no longer be submitted, changed or withdrawn.";

    private void EnsureChangeable(BidRules rules, DateTime nowUtc)
    {
        EnsureBeforeDeadline(rules, nowUtc);
        if (Status == BidStatus.Withdrawn)
        {
            throw new DomainException("This bid has been withdrawn. Reopen it to make changes");
        }
    }

    private void Stamp(string userId, DateTime nowUtc)
    {
        SubmittedAtUtc = nowUtc;
        SubmittedByUserId = userId;
        // One bid per organisation per lot, so opportunity, lot, organisation and time name this submission,
        // even for a bid submitted in the same request that created it (before it has an id).
        ReceiptReference = $"LC-{OpportunityId}-{LotId}-{ProviderId}-{nowUtc:yyyyMMddHHmmss}";
    }

    /// <summary>
    /// Every problem with <paramref name="content"/>, in the order of the form, each against its field: a draft
    /// may be incomplete but not over a word limit; a bid to be submitted (<paramref name="requireComplete"/>)
    /// needs every price, answer and commitment. The form shows them all at once.
    /// </summary>
    public static IReadOnlyList<DomainError> Problems(BidContent content, BidRules rules, bool requireComplete)
    {
        var errors = new DomainErrors();
        for (var i = 0; i < rules.PriceYears; i++)
        {
            var price = i < content.YearPrices.Count ? content.YearPrices[i] : null;
            if (price is null)
            {
                if (requireComplete)
                {
                    errors.Add($"Prices[{i}]", $"Enter your price for year {i + 1}");
                }

                continue;
            }

            var field = $"Prices[{i}]";
            errors.Collect(() => Money.Ensure(price.Value, field, $"Price for year {i + 1}"));
        }

        for (var i = 0; i < rules.Questions.Count; i++)
        {
            var question = rules.Questions[i];
            var answer = i < content.Answers.Count ? content.Answers[i] : null;
            var words = CountWords(answer);
            if (words > question.WordLimit)
            {
                errors.Add($"Answers[{i}]", $"Your answer to question {question.Number} must be {question.WordLimit:N0} words or fewer. It has {words:N0} words");
            }
            else if (requireComplete && words == 0)
            {
                errors.Add($"Answers[{i}]", $"Answer question {question.Number}");
            }
        }

        for (var i = 0; i < rules.SocialValueCriteria.Count; i++)
        {
            var quantity = i < content.Commitments.Count ? content.Commitments[i] : null;
            if (quantity < 0)
            {
                errors.Add($"Commitments[{i}]", "A social value commitment must be 0 or more");
            }
            else if (requireComplete && quantity is null)
            {
                errors.Add($"Commitments[{i}]", "Enter a commitment for every social value criterion (0 if none)");
            }
        }

        if (content.ConsortiumMembers.Any(m => !string.IsNullOrWhiteSpace(m)) && !rules.ConsortiaAllowed)
        {
            errors.Add("ConsortiumMembers", "This opportunity does not accept consortium bids");
        }

        return errors.All;
    }

    /// <summary>What stops the saved bid being submitted: every missing or too long answer, price and commitment.</summary>
    public IReadOnlyList<DomainError> ProblemsBeforeSubmitting(BidRules rules) => Problems(CurrentContent(rules), rules, requireComplete: true);

    private static void Check(BidContent content, BidRules rules, bool requireComplete)
    {
        var problems = Problems(content, rules, requireComplete);
        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }
    }

    private void Apply(BidContent content, BidRules rules)
    {
        _prices.Clear();
        for (var i = 0; i < Math.Min(rules.PriceYears, content.YearPrices.Count); i++)
        {
            if (content.YearPrices[i] is { } amount)
            {
                _prices.Add(new BidPrice(i + 1, amount));
            }
        }

        _answers.Clear();
        for (var i = 0; i < Math.Min(rules.Questions.Count, content.Answers.Count); i++)
        {
            if (!string.IsNullOrWhiteSpace(content.Answers[i]))
            {
                _answers.Add(new BidAnswer(rules.Questions[i].QuestionId, content.Answers[i]!.Trim()));
            }
        }

        _commitments.Clear();
        for (var i = 0; i < Math.Min(rules.SocialValueCriteria.Count, content.Commitments.Count); i++)
        {
            if (content.Commitments[i] is { } quantity)
            {
                _commitments.Add(new BidCommitment(rules.SocialValueCriteria[i], quantity));
            }
        }

        _consortium.Clear();
        foreach (var name in content.ConsortiumMembers.Where(m => !string.IsNullOrWhiteSpace(m)))
        {
            _consortium.Add(new BidConsortiumMember(Text.Required(name, 200, "ConsortiumMembers", "Enter the member's name", "Consortium member")));
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
