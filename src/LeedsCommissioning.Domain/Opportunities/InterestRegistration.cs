namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>A provider organisation's registered interest in an opportunity (seen by staff, never by other providers).</summary>
public sealed class InterestRegistration
{
    private InterestRegistration() { }

    internal InterestRegistration(int opportunityId, int providerId, string userId, DateTime nowUtc)
    {
        OpportunityId = opportunityId;
        ProviderId = providerId;
        UserId = userId;
        RegisteredAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int ProviderId { get; private set; }

    public string UserId { get; private set; } = "";

    public DateTime RegisteredAtUtc { get; private set; }

    /// <summary>
    /// When the organisation was reminded that bids close soon (it had not bid); null until then. Set once, by the
    /// scheduled reminder with a conditional UPDATE in the same transaction that queues the e-mail, so each
    /// organisation is reminded once per opportunity however many instances run (docs/domain.md, "Reminders").
    /// </summary>
    public DateTime? DeadlineReminderSentAtUtc { get; private set; }
}
