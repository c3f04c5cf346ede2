namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// How a quality question is answered: in writing in the bid, or by a presentation or interview scored by its own
/// panel (domain.md section 3: "bidders presented to a panel of young people whose scores formed part of the quality
/// element"; issue 13). A presentation has a weight like every other question, but no written answer and no word limit.
/// </summary>
public enum QuestionKind
{
    WrittenAnswer = 0,
    Presentation = 1,
}
