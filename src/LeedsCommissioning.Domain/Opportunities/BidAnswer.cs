using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

public sealed class BidAnswer
{
    private BidAnswer() { }

    internal BidAnswer(int questionId, string text)
    {
        QualityQuestionId = questionId;
        Text = text;
    }

    public int Id { get; private set; }

    public int BidId { get; private set; }

    public int QualityQuestionId { get; private set; }

    public string Text { get; private set; } = "";
}
