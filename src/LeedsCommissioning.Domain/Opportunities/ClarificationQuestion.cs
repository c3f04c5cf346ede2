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
