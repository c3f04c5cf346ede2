using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Domain.Decommissioning;

/// <summary>The sections of a decommissioning case, in the order of its task list.</summary>
public enum CaseSection
{
    CaseForChange = 0,
    Impact = 1,
    Stakeholders = 2,
    Dimensions = 3,
    Checklist = 4,
    Engagement = 5,
    ExitPlan = 6,
    CompactNotice = 7,
    SignOff = 8,
    Decision = 9,
}

/// <summary>Something a case still lacks, with the section it belongs to.</summary>
public sealed record CaseGap(CaseSection Section, string Message);

/// <summary>One line of the stakeholder dimensions checklist (domain.md section 5): consulted? when? what they said.</summary>
public sealed class StakeholderView : IAuditable
{
    private StakeholderView() { }

    internal StakeholderView(Stakeholder stakeholder) => Stakeholder = stakeholder;

    public int Id { get; private set; }

    public int DecommissioningCaseId { get; private set; }

    public Stakeholder Stakeholder { get; private set; }

    /// <summary>Null until answered.</summary>
    public bool? Consulted { get; private set; }

    public DateOnly? ConsultedOn { get; private set; }

    /// <summary>What they said, or why they were not consulted.</summary>
    public string? WhatTheySaid { get; private set; }

    public bool IsAnswered => Consulted is not null && !string.IsNullOrWhiteSpace(WhatTheySaid) && (Consulted == false || ConsultedOn is not null);

    internal void Record(bool? consulted, DateOnly? on, string? said)
    {
        Consulted = consulted;
        ConsultedOn = consulted == true ? on : null;
        WhatTheySaid = string.IsNullOrWhiteSpace(said) ? null : said.Trim();
    }
}

/// <summary>
/// One principle or perspective the case must evidence (domain.md section 5): evidence (text, with a link to a document
/// where there is one) or a recorded reason it does not apply.
/// </summary>
public sealed class ChecklistItem : IAuditable
{
    private ChecklistItem() { }

    internal ChecklistItem(CaseCheck check) => Check = check;

    public int Id { get; private set; }

    public int DecommissioningCaseId { get; private set; }

    public CaseCheck Check { get; private set; }

    public string? Evidence { get; private set; }

    /// <summary>Where the supporting document is (a link), if there is one.</summary>
    public string? DocumentLink { get; private set; }

    public string? NotApplicableReason { get; private set; }

    public bool IsMet => Evidence is not null || NotApplicableReason is not null;

    internal void Record(string? evidence, string? link, string? notApplicableReason)
    {
        Evidence = Clean(evidence);
        DocumentLink = Clean(link);
        NotApplicableReason = Clean(notApplicableReason);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>One entry of the provider engagement log: when, who, what was said (domain.md section 5, "provider engaged as early as possible").</summary>
public sealed class EngagementEntry : IAuditable
{
    private EngagementEntry() { }

    internal EngagementEntry(DateOnly on, string who, string whatWasSaid)
    {
        On = on;
        Who = who;
        WhatWasSaid = whatWasSaid;
    }

    public int Id { get; private set; }

    public int DecommissioningCaseId { get; private set; }

    public DateOnly On { get; private set; }

    public string Who { get; private set; } = "";

    public string WhatWasSaid { get; private set; } = "";
}

/// <summary>One task of the exit plan, from the configurable list (domain.md section 5): its owner, due date and when it was done.</summary>
public sealed class ExitTask : IAuditable
{
    private ExitTask() { }

    internal ExitTask(int number, string name)
    {
        Number = number;
        Name = name;
    }

    public int Id { get; private set; }

    public int DecommissioningCaseId { get; private set; }

    public int Number { get; private set; }

    public string Name { get; private set; } = "";

    public string? OwnerName { get; private set; }

    /// <summary>The owner's user id when they have an account (reminders go to them).</summary>
    public string? OwnerUserId { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public DateOnly? DoneOn { get; private set; }

    public bool IsPlanned => OwnerName is not null && DueOn is not null;

    public bool IsOverdue(DateOnly today) => DoneOn is null && DueOn is { } due && due < today;

    internal void Plan(string? ownerName, string? ownerUserId, DateOnly? dueOn, DateOnly? doneOn)
    {
        OwnerName = string.IsNullOrWhiteSpace(ownerName) ? null : ownerName.Trim();
        OwnerUserId = OwnerName is null || string.IsNullOrWhiteSpace(ownerUserId) ? null : ownerUserId;
        DueOn = dueOn;
        DoneOn = doneOn;
    }
}

/// <summary>The Compact notice to one third-sector organisation on the contract (domain.md section 5; <see cref="CompactCheck"/>).</summary>
public sealed class CaseCompactNotice : IAuditable
{
    private CaseCompactNotice() { }

    internal CaseCompactNotice(int providerId, string providerName, ProviderRole role)
    {
        ProviderId = providerId;
        ProviderName = providerName;
        Role = role;
    }

    public int Id { get; private set; }

    public int DecommissioningCaseId { get; private set; }

    public int ProviderId { get; private set; }

    public string ProviderName { get; private set; } = "";

    public ProviderRole Role { get; private set; }

    public DateOnly? GivenOn { get; private set; }

    public string? How { get; private set; }

    public string? ShortNoticeReason { get; private set; }

    internal void Record(DateOnly? givenOn, string? how, string? shortNoticeReason)
    {
        GivenOn = givenOn;
        How = string.IsNullOrWhiteSpace(how) ? null : how.Trim();
        ShortNoticeReason = string.IsNullOrWhiteSpace(shortNoticeReason) ? null : shortNoticeReason.Trim();
    }
}
