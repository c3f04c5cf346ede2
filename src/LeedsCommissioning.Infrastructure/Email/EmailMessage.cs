namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>
/// An e-mail in the database outbox. It is written in the same transaction as the change that
/// caused it, and delivered later by <see cref="EmailOutboxDispatcher"/>; any instance may deliver it,
/// one at a time, because a message is claimed in the database before it is sent.
/// </summary>
public sealed class EmailMessage
{
    public long Id { get; set; }

    /// <summary>
    /// What kind of message it is (<see cref="EmailKinds"/>: "reminder", "password-reset", ...), set by the caller of
    /// <see cref="IEmailSender.Queue(string, string, string, string)"/>. The GOV.UK Notify transport picks its template by it.
    /// </summary>
    public string Kind { get; set; } = EmailKinds.General;

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set by the instance that is sending it; cleared when the claim lapses.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }
}
