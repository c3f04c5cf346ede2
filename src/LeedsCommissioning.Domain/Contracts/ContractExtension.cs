using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// An optional extension of the term (domain.md section 2, "Record initial term, each optional
/// extension and whether it was taken"). Numbered 1, 2, 3 in the order they were added, so screens and
/// seed data can name one before it is saved. Decided through <see cref="Contract"/>.
/// </summary>
public sealed class ContractExtension : IAuditable
{
    private ContractExtension() { }

    internal ContractExtension(int number, int months, DateOnly decideBy)
    {
        Number = number;
        Months = months;
        DecideBy = decideBy;
        Status = ExtensionStatus.Pending;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public int Number { get; private set; }

    public int Months { get; private set; }

    /// <summary>The date by which the commissioner must decide whether to take the extension.</summary>
    public DateOnly DecideBy { get; private set; }

    public ExtensionStatus Status { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    /// <summary>When a decline was notified to the contract's third-sector organisations (the Compact for Leeds, domain.md section 5).</summary>
    public DateOnly? CompactNoticeGivenOn { get; private set; }

    public string? CompactNoticeHow { get; private set; }

    /// <summary>Why that notice was less than six months, when it was (CompactCheck).</summary>
    public string? CompactShortNoticeReason { get; private set; }

    internal void KeepCompactNotice(CompactNotice? notice)
    {
        CompactNoticeGivenOn = notice?.GivenOn;
        CompactNoticeHow = notice?.How;
        CompactShortNoticeReason = notice?.ShortNoticeReason;
    }

    internal void Decide(ExtensionStatus status, DateOnly decidedOn)
    {
        if (Status != ExtensionStatus.Pending)
        {
            throw new DomainException(
                $"Extension {Number} has already been {Status.ToDisplayName().ToLowerInvariant()}", nameof(Status));
        }

        Status = status;
        DecidedOn = decidedOn;
    }
}
