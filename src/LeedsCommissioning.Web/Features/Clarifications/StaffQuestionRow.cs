using LeedsCommissioning.Web.Infrastructure.Exports;

namespace LeedsCommissioning.Web.Features.Clarifications;

public sealed record StaffQuestionRow(int Id, string Text, string AskedBy, DateTime AskedAtUtc, string? Answer, DateTime? AnsweredAtUtc)
{
    /// <summary>"Waiting for an answer" or "Answered and published", as the page's two lists say.</summary>
    public string Status => Answer is null ? "Waiting for an answer" : "Answered and published";

    /// <summary>
    /// An opportunity's questions for the staff who answer them (docs/patterns.md "Downloads"), oldest first, as their page
    /// lists them: who asked is for staff only and is never in the public download (<see cref="Opportunities.PublishedClarificationRow"/>).
    /// </summary>
    public static ListExport<StaffQuestionRow> Export { get; } = new ListExport<StaffQuestionRow>("questions", "Questions")
        .Text("Question", r => r.Text, 60)
        .Text("Asked by (never published)", r => r.AskedBy, 36)
        .DateTime("Asked", r => r.AskedAtUtc)
        .Text("Status", r => r.Status, 24)
        .Text("Answer", r => r.Answer, 60)
        .DateTime("Answered", r => r.AnsweredAtUtc);
}
