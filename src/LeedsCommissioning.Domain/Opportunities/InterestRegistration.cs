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
}
