using LeedsCommissioning.Domain.Decisions;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Where a recorded change's decision stands (issue 15, "a decision record where the value or route requires one; the
/// contract's history shows them in order"): awaiting a decision maker, approved by whom on what date, or not approved.
/// One model and one partial, <c>_ChangeDecisionStatus.cshtml</c>, for the contract's History and its Performance page.
/// </summary>
public sealed record ChangeDecisionStatus(DecisionOutcome Outcome, string? DecidedBy, DateOnly? DecidedOn, string? Reasons)
{
    /// <summary>Null when the change needed no decision.</summary>
    public static ChangeDecisionStatus? Of(DecisionRecord? decision) =>
        decision is null ? null : new(decision.Outcome, decision.DecisionMakerName, decision.OutcomeOn, decision.OutcomeReasons);

    public string Tag => Outcome switch
    {
        DecisionOutcome.Pending => "Awaiting decision",
        DecisionOutcome.Approved => "Approved",
        _ => "Not approved",
    };

    public string TagClass => Outcome switch
    {
        DecisionOutcome.Pending => "govuk-tag--yellow",
        DecisionOutcome.Approved => "govuk-tag--green",
        _ => "govuk-tag--red",
    };

    /// <summary>"Approved by Helen Carter on 27 November 2026", "Refused by ... : nothing changed", or what it waits for.</summary>
    public string Sentence => Outcome switch
    {
        DecisionOutcome.Pending => "Waiting for a decision maker: it changes nothing until approved",
        DecisionOutcome.Approved => $"Approved by {DecidedBy} on {DatedText}",
        _ => $"{Outcome.ToDisplayName()} by {DecidedBy} on {DatedText}: nothing changed",
    };

    private string DatedText => DecidedOn is { } on ? Domain.Common.UkTime.Date(on) : "an unknown date";
}
