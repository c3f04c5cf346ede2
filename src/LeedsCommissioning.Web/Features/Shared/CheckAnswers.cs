namespace LeedsCommissioning.Web.Features.Shared;

/// <summary>
/// One answer on a check answers page (GOV.UK "Check answers" pattern, docs/patterns.md): the question, the answer
/// as it will be sent, and the Change link back to the field it was typed in (the field's id after a #). A row
/// without a link is shown but cannot be changed from here. <see cref="ChangeWhat"/> is read to screen reader users
/// after "Change"; by default it is the question.
/// </summary>
public sealed record CheckAnswersRow(string Key, string Value, string? ChangeHref = null, bool MultiLine = false, string? ChangeWhat = null);

/// <summary>A group of answers under its own heading (a summary list per group, as the pattern's longer example).</summary>
public sealed record CheckAnswersSection(string? Heading, IReadOnlyList<CheckAnswersRow> Rows);

/// <summary>
/// The declaration at the foot of a check answers page: the heading ("Now send your bid"), what the person confirms,
/// and the one button that sends ("Accept and send"), posted with the version they checked so a second click, or a
/// change made meanwhile, does not send twice.
/// </summary>
public sealed record DeclarationModel(string Heading, IReadOnlyList<string> Paragraphs, string Action, string Button, int Version, string VersionField = "Version");

/// <summary>
/// A confirmation page (GOV.UK "Confirmation pages" pattern): a green panel with what was done and its reference,
/// a short summary, what happens next, and where to go from here. The same words go in the e-mail that confirms it.
/// </summary>
public sealed class ConfirmationModel
{
    public required string Title { get; init; }

    /// <summary>"Your reference", "Waiver reference".</summary>
    public string ReferenceLabel { get; init; } = "Your reference";

    public string? Reference { get; init; }

    public IReadOnlyList<CheckAnswersRow> Summary { get; init; } = [];

    public required IReadOnlyList<string> WhatHappensNext { get; init; }

    public IReadOnlyList<(string Text, string Href)> Links { get; init; } = [];
}
