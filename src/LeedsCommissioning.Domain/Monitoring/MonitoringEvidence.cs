using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Monitoring;

/// <summary>
/// Evidence about a service recorded against its contract by the commissioner (domain.md section 7, MPS: "compliments and
/// complaints are monitored"; Healthwatch Leeds "reports and recommendations ... are used by commissioning to inform our
/// contract monitoring"): its kind, date, a summary and, optionally, a link to the report.
/// </summary>
public sealed class MonitoringEvidence : IAuditable
{
    public const int MaxLinkLength = 500;

    private MonitoringEvidence() { }

    private MonitoringEvidence(int contractId, EvidenceKind kind, DateOnly receivedOn, string summary, string? link, string recordedBy, DateTime nowUtc)
    {
        ContractId = contractId;
        Kind = kind;
        ReceivedOn = receivedOn;
        Summary = summary;
        Link = link;
        RecordedByName = recordedBy;
        RecordedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public EvidenceKind Kind { get; private set; }

    /// <summary>The date of the compliment, complaint or report.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public string Summary { get; private set; } = "";

    public string? Link { get; private set; }

    public string RecordedByName { get; private set; } = "";

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Records evidence dated no later than <paramref name="today"/>; a link must be a web address.</summary>
    public static MonitoringEvidence Record(
        int contractId, EvidenceKind? kind, DateOnly? receivedOn, string? summary, string? link, string recordedBy, DateOnly today, DateTime nowUtc)
    {
        var errors = new DomainErrors();
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            errors.Add(nameof(Kind), "Select what kind of evidence it is");
        }

        if (receivedOn is null)
        {
            errors.Add(nameof(ReceivedOn), "Enter the date of the evidence");
        }
        else if (receivedOn > today)
        {
            errors.Add(nameof(ReceivedOn), "The date must be today or in the past");
        }

        string? cleanSummary = null, cleanLink = null;
        errors.Collect(() => cleanSummary = Text.Required(summary, QuarterlyReturn.MaxTextLength, nameof(Summary), "Enter a summary of the evidence", "The summary"));
        errors.Collect(() => cleanLink = Text.Optional(link, MaxLinkLength, nameof(Link), "The link"));
        if (cleanLink is not null && !(Uri.TryCreate(cleanLink, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add(nameof(Link), "Enter a link that starts with https://, like https://healthwatchleeds.co.uk/");
        }

        errors.ThrowIfAny();
        return new MonitoringEvidence(contractId, kind!.Value, receivedOn!.Value, cleanSummary!, cleanLink, recordedBy.Trim(), nowUtc);
    }
}
