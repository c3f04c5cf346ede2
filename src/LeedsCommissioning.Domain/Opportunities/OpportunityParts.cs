using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// One lot of an opportunity (domain.md section 3: divide into lots, or record why not). Its annual value
/// is what the Keep it Local count compares providers' income with.
/// </summary>
public sealed class Lot : IAuditable
{
    private Lot() { }

    internal Lot(int number, string title, string? description, decimal annualValue, IEnumerable<Locality> localities)
    {
        Number = number;
        Update(title, description, annualValue, localities);
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int Number { get; internal set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public decimal AnnualValue { get; private set; }

    public List<Locality> Localities { get; private set; } = [];

    /// <summary>Why the lot goes ahead although no registered local provider could bid at this size.</summary>
    public string? NoLocalBidderReason { get; private set; }

    /// <summary>The provider awarded the lot, once the outcome is recorded.</summary>
    public int? AwardedProviderId { get; private set; }

    internal void Update(string title, string? description, decimal annualValue, IEnumerable<Locality> localities)
    {
        Title = Common.Text.Required(title, 200, "Title", "Enter the lot's title", "Lot title");
        Description = Common.Text.Optional(description, 4000, "Description", "Lot description");
        if (annualValue <= 0)
        {
            throw new DomainException("Enter the lot's estimated annual value, more than £0", "AnnualValue");
        }

        AnnualValue = Money.Ensure(annualValue, "AnnualValue", "Annual value");
        Localities = localities.Distinct().Order().ToList();
    }

    internal void RecordNoLocalBidderReason(string? reason) =>
        NoLocalBidderReason = Common.Text.Optional(reason, 1000, "NoLocalBidderReason", "Reason");

    internal void AwardTo(int? providerId) => AwardedProviderId = providerId;
}

/// <summary>
/// A quality question, declared before publication (domain.md section 3, MEAT): its weight is part of
/// the quality weight, answers have a word limit, and it names who scores it (e.g. a service-user panel).
/// </summary>
public sealed class QualityQuestion : IAuditable
{
    private QualityQuestion() { }

    internal QualityQuestion(int number, string text, int weight, int wordLimit, string? scorers)
    {
        Number = number;
        Update(text, weight, wordLimit, scorers);
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int Number { get; internal set; }

    public string Text { get; private set; } = "";

    /// <summary>Percentage points of the whole evaluation, part of the quality weight.</summary>
    public int Weight { get; private set; }

    public int WordLimit { get; private set; }

    /// <summary>Who scores the answers, e.g. "Evaluation panel with the service-user panel" (domain.md section 3).</summary>
    public string? Scorers { get; private set; }

    internal void Update(string text, int weight, int wordLimit, string? scorers)
    {
        Text = Common.Text.Required(text, 1000, "Text", "Enter the question", "Question");
        if (weight is < 1 or > 100)
        {
            throw new DomainException("Weight must be between 1 and 100", "Weight");
        }

        if (wordLimit is < 50 or > 5000)
        {
            throw new DomainException("Word limit must be between 50 and 5,000 words", "WordLimit");
        }

        Weight = weight;
        WordLimit = wordLimit;
        Scorers = Common.Text.Optional(scorers, 300, "Scorers", "Scorers");
    }
}

/// <summary>A social value criterion from the library that this opportunity asks bidders to commit to.</summary>
public sealed class OpportunitySocialValue : IAuditable
{
    private OpportunitySocialValue() { }

    internal OpportunitySocialValue(int criterionId) => SocialValueCriterionId = criterionId;

    public int OpportunityId { get; private set; }

    public int SocialValueCriterionId { get; private set; }
}

/// <summary>A dated change or clarification published to everyone after publication (issue 6).</summary>
public sealed class ClarificationNotice : IAuditable
{
    private ClarificationNotice() { }

    internal ClarificationNotice(int number, string text, string publishedBy, DateTime publishedAtUtc)
    {
        Number = number;
        Text = Common.Text.Required(text, 4000, "Text", "Enter the clarification", "Clarification");
        PublishedBy = publishedBy;
        PublishedAtUtc = publishedAtUtc;
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    public string PublishedBy { get; private set; } = "";

    public DateTime PublishedAtUtc { get; private set; }
}
