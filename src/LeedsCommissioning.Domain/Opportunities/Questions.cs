using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// A provider's clarification question. Who asked is kept for staff only: the answer is published to
/// everyone with the question and never the asker's name (issue 6).
/// </summary>
public sealed class ClarificationQuestion : IAuditable
{
    private ClarificationQuestion() { }

    internal ClarificationQuestion(int opportunityId, int providerId, string askedByUserId, string text, DateTime nowUtc)
    {
        OpportunityId = opportunityId;
        ProviderId = providerId;
        AskedByUserId = askedByUserId;
        Text = Common.Text.Required(text, 2000, nameof(Text), "Enter your question", "Question");
        AskedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int ProviderId { get; private set; }

    public string AskedByUserId { get; private set; } = "";

    public DateTime AskedAtUtc { get; private set; }

    public string Text { get; private set; } = "";

    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    public bool IsAnswered => Answer is not null;

    /// <summary>Answers and publishes to everyone. Staff may reword the question to take out anything that identifies the asker.</summary>
    public void AnswerAndPublish(string? publishedQuestion, string answer, string answeredBy, DateTime nowUtc)
    {
        if (!string.IsNullOrWhiteSpace(publishedQuestion))
        {
            Text = Common.Text.Required(publishedQuestion, 2000, nameof(Text), "Enter the question", "Question");
        }

        Answer = Common.Text.Required(answer, 4000, nameof(Answer), "Enter the answer", "Answer");
        AnsweredBy = answeredBy;
        AnsweredAtUtc = nowUtc;
    }
}

/// <summary>A provider organisation's registered interest in an opportunity (seen by staff, never by other providers).</summary>
public sealed class InterestRegistration
{
    private InterestRegistration() { }

    internal InterestRegistration(int opportunityId, int providerId, string userId, DateTime nowUtc)
    {
        OpportunityId = opportunityId;
        ProviderId = providerId;
        UserId = userId;
        RegisteredAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int ProviderId { get; private set; }

    public string UserId { get; private set; } = "";

    public DateTime RegisteredAtUtc { get; private set; }
}

/// <summary>
/// A social value criterion in the library (domain.md section 6): it maps to one Leeds Social Value
/// Charter principle and has a measurable unit, so commitments in bids can be monitored against actuals.
/// </summary>
public sealed class SocialValueCriterion
{
    private SocialValueCriterion() { }

    public SocialValueCriterion(string code, string name, CharterPrinciple principle, string unit, string? description)
    {
        Code = code;
        Name = Common.Text.Required(name, 200, nameof(Name), "Enter the criterion", "Criterion");
        Principle = principle;
        Unit = Common.Text.Required(unit, 60, nameof(Unit), "Enter the unit it is measured in", "Unit");
        Description = description;
    }

    public int Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public CharterPrinciple Principle { get; private set; }

    /// <summary>What a commitment counts, e.g. "jobs", "hours", "pounds".</summary>
    public string Unit { get; private set; } = "";

    public string? Description { get; private set; }
}
