namespace LeedsCommissioning.Web.Features.Shared;

/// <summary>
/// A confirmation page for an action that cannot be undone (docs/patterns.md, "Confirming an irreversible action,
/// with a reason"). The button or link that starts the action only GETs this page; only the POST from this page
/// acts. The controller builds it from the record as it is now (on the GET, and again on the POST, where only
/// <see cref="Reason"/> comes from the form), so the page always says what will happen to the record as saved.
/// Rendered by <c>Features/Shared/ConfirmAction.cshtml</c> (a whole page) or <c>_ConfirmAction.cshtml</c> (inside
/// a feature's own page).
/// </summary>
public sealed class ConfirmActionViewModel
{
    /// <summary>The record the action is done to, shown above the question, e.g. the opportunity's title.</summary>
    public string? Caption { get; init; }

    /// <summary>The page title and heading, as a question: "Are you sure you want to publish this opportunity now?"</summary>
    public required string Question { get; init; }

    /// <summary>What will happen, and to whom: one sentence a line, shown as a bulleted list.</summary>
    public IReadOnlyList<string> WhatHappens { get; init; } = [];

    /// <summary>False only for an action that can be reversed later; then "This cannot be undone." is not said.</summary>
    public bool CannotBeUndone { get; init; } = true;

    /// <summary>
    /// Said in the warning text, after "This cannot be undone." when <see cref="CannotBeUndone"/>, e.g. "Providers will
    /// see that it was cancelled."; or, for an action that can be reversed, the one thing to heed before doing it.
    /// </summary>
    public string? Warning { get; init; }

    /// <summary>Where the form posts: the action's POST endpoint, which is the only one that acts.</summary>
    public required string Action { get; init; }

    /// <summary>The version of the record the person is looking at, posted back so a change made since is refused.</summary>
    public int? Version { get; set; }

    /// <summary>The reason field's label, as a question; null when the action asks for no reason.</summary>
    public string? ReasonLabel { get; init; }

    public string? ReasonHint { get; init; }

    /// <summary>True when governance owes a reason: then an empty reason is refused with <see cref="ReasonMissing"/>.</summary>
    public bool ReasonRequired { get; init; }

    /// <summary>The GOV.UK error message for an empty required reason, e.g. "Enter why you are locking this account".</summary>
    public string ReasonMissing { get; init; } = "Enter a reason";

    /// <summary>The longest reason the record keeps.</summary>
    public int ReasonMaxLength { get; init; } = 2000;

    /// <summary>What the person typed (kept when the page is shown again with an error).</summary>
    public string? Reason { get; set; }

    /// <summary>The button that does the action; it names the action ("Publish now", "Lock account").</summary>
    public required string Button { get; init; }

    /// <summary>A red warning button, for an action with serious destructive consequences (GOV.UK button guidance).</summary>
    public bool ButtonIsWarning { get; init; }

    /// <summary>Where "Cancel" and the back link go: the record's page, where nothing has changed.</summary>
    public required string CancelHref { get; init; }

    /// <summary>The words of the link back, "Cancel" unless the action itself is a cancelling ("Keep the opportunity").</summary>
    public string CancelText { get; init; } = "Cancel";

    /// <summary>
    /// Optional partial view with more fields for the action (an end date, say), rendered inside the form before
    /// the reason, with <see cref="FieldsModel"/> as its model.
    /// </summary>
    public string? FieldsPartial { get; init; }

    public object? FieldsModel { get; init; }
}
