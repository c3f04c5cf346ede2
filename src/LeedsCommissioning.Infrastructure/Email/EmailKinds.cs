namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>
/// The kinds of message the portal sends (<see cref="EmailMessage.Kind"/>). Each may have a GOV.UK Notify template of its
/// own (Email:Notify:Templates:{kind}; docs/operations.md, "GOV.UK Notify"); a kind without one uses the "default" template.
/// Lower case and hyphenated, never changed once shipped: the configuration names them.
/// </summary>
public static class EmailKinds
{
    /// <summary>Anything not given a kind of its own.</summary>
    public const string General = "general";

    /// <summary>A reminder raised by the scheduled reminders job (extension decision due, Compact notice deadline, ...).</summary>
    public const string Reminder = "reminder";

    public const string PasswordReset = "password-reset";

    public const string AccountInvitation = "account-invitation";

    public const string OrganisationAccount = "organisation-account";

    public const string ApprovalRequest = "approval-request";

    public const string OpportunityReturned = "opportunity-returned";

    public const string OpportunityApproved = "opportunity-approved";

    public const string BidReceived = "bid-received";

    public const string BidWithdrawn = "bid-withdrawn";

    public const string BidDeadlineReminder = "bid-deadline-reminder";

    public const string OpportunityUpdate = "opportunity-update";

    public const string AwardOutcome = "award-outcome";

    public const string Standstill = "standstill";

    /// <summary>Every kind above, for the operations guide and configuration checks.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        General, Reminder, PasswordReset, AccountInvitation, OrganisationAccount, ApprovalRequest, OpportunityReturned,
        OpportunityApproved, BidReceived, BidWithdrawn, BidDeadlineReminder, OpportunityUpdate, AwardOutcome, Standstill,
    ];
}
