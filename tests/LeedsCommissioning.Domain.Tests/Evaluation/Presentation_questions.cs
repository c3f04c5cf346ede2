using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Tests.Opportunities;

namespace LeedsCommissioning.Domain.Tests.Evaluation;

public sealed class Presentation_questions
{
    [Fact]
    public void have_a_weight_but_no_word_limit_and_the_bid_has_no_written_answer_for_them()
    {
        var o = Drafts.Ready();
        Panels.SetId(o.QualityQuestions[0], 700);
        var presentation = o.AddQualityQuestion("Present your plan to the young people's panel", 10, 0, "Young people's panel", QuestionKind.Presentation);
        o.UpdateQualityQuestion(o.QualityQuestions[0].Id, "How will you reach people?", 20, 500, "Evaluation panel");

        Assert.True(presentation.IsPresentation);
        Assert.Equal((10, 0), (presentation.Weight, presentation.WordLimit));
        Assert.Equal(50, o.QualityQuestions.Sum(q => q.Weight));
        Assert.Equal([1, 2], o.BidRules().Questions.Select(q => q.Number));
    }

    [Fact]
    public void a_written_question_still_needs_a_word_limit_and_can_become_a_presentation()
    {
        var o = Drafts.Ready();
        Panels.SetId(o.QualityQuestions[0], 700);
        Panels.SetId(o.QualityQuestions[1], 701);
        var question = o.QualityQuestions[1];

        Assert.Throws<DomainException>(() => o.UpdateQualityQuestion(question.Id, question.Text, 20, 0, null));
        o.UpdateQualityQuestion(question.Id, question.Text, 20, 300, "Service-user panel", QuestionKind.Presentation);

        Assert.Equal((QuestionKind.Presentation, 0), (question.Kind, question.WordLimit));
        Assert.Equal([1], o.BidRules().Questions.Select(q => q.Number));
    }
}
