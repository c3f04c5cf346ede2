using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Opportunities;

/// <summary>
/// A line of an opportunity's "Clarifications and answers" as everyone reads it: a clarification the council published, or
/// a provider's question with its published answer. Never who asked, and never a question not yet answered.
/// </summary>
public sealed record PublishedClarificationRow(string Kind, int? Number, string Text, string? Answer, DateTime PublishedAtUtc)
{
    /// <summary>Anyone's download of what the opportunity's page shows (docs/patterns.md "Downloads"): the clarifications, then the answers.</summary>
    public static ListExport<PublishedClarificationRow> Export { get; } = new ListExport<PublishedClarificationRow>("clarifications-and-answers", "Clarifications and answers")
        .Text("Kind", r => r.Kind, 16)
        .Number("Clarification number", r => r.Number, 14)
        .Text("Clarification or question", r => r.Text, 60)
        .Text("Answer", r => r.Answer, 60)
        .DateTime("Published", r => r.PublishedAtUtc);

    public static IEnumerable<PublishedClarificationRow> Of(IEnumerable<NoticeRow> clarifications, IEnumerable<PublishedAnswerRow> answers) =>
        clarifications.Select(c => new PublishedClarificationRow("Clarification", c.Number, c.Text, null, c.PublishedAtUtc))
            .Concat(answers.Select(a => new PublishedClarificationRow("Question", null, a.Question, a.Answer, a.AnsweredAtUtc)));
}
