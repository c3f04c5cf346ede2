using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// A quality question, declared before publication (domain.md section 3, MEAT): its weight is part of
/// the quality weight, answers have a word limit, and it names who scores it (e.g. a service-user panel).
/// </summary>
public sealed class QualityQuestion : IAuditable
{
    private QualityQuestion() { }

    internal QualityQuestion(int number, string text, int weight, int wordLimit, string? scorers, QuestionKind kind)
    {
        Number = number;
        Update(text, weight, wordLimit, scorers, kind);
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int Number { get; internal set; }

    public string Text { get; private set; } = "";

    /// <summary>Percentage points of the whole evaluation, part of the quality weight.</summary>
    public int Weight { get; private set; }

    /// <summary>The most words a written answer may have; 0 for a presentation, which has no written answer.</summary>
    public int WordLimit { get; private set; }

    /// <summary>A written answer in the bid, or a presentation or interview scored by its own panel.</summary>
    public QuestionKind Kind { get; private set; }

    public bool IsPresentation => Kind == QuestionKind.Presentation;

    /// <summary>Who scores the answers, e.g. "Evaluation panel with the service-user panel" (domain.md section 3).</summary>
    public string? Scorers { get; private set; }

    internal void Update(string text, int weight, int wordLimit, string? scorers, QuestionKind kind)
    {
        Text = Common.Text.Required(text, 1000, "Text", "Enter the question", "Question");
        if (weight is < 1 or > 100)
        {
            throw new DomainException("Weight must be between 1 and 100", "Weight");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Select how the question is answered", "Kind");
        }

        if (kind == QuestionKind.Presentation)
        {
            wordLimit = 0;
        }
        else if (wordLimit is < 50 or > 5000)
        {
            throw new DomainException("Word limit must be between 50 and 5,000 words", "WordLimit");
        }

        Weight = weight;
        WordLimit = wordLimit;
        Kind = kind;
        Scorers = Common.Text.Optional(scorers, 300, "Scorers", "Scorers");
    }
}
