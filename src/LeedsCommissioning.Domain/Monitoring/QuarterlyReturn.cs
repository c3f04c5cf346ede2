using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Monitoring;

/// <summary>
/// A provider's return for one contract and one financial quarter (issue 15; domain.md section 7): the actual figure of each
/// measure of the plan with commentary, the social value delivered against each of the contract's commitments, and, where
/// the contract uses the Quality Management Framework, a reflection on the quarter's theme. Draft, then Submitted by the
/// provider (late when the UK date of submission is after <see cref="DueOn"/>), then Reviewed by the commissioner
/// (<see cref="Review"/>, with a red/amber/green rating).
/// </summary>
public sealed class QuarterlyReturn : IAuditable, IVersioned
{
    public const int MaxTextLength = 4000;

    private readonly List<MeasureActual> _actuals = [];
    private readonly List<SocialValueDelivered> _socialValue = [];

    private QuarterlyReturn() { }

    private QuarterlyReturn(int contractId, FinancialQuarter quarter, DateOnly dueOn, QmfTheme? theme)
    {
        ContractId = contractId;
        QuarterKey = quarter.Key;
        DueOn = dueOn;
        Theme = theme;
        Status = ReturnStatus.Draft;
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    /// <summary>The quarter as <see cref="FinancialQuarter.Key"/> (20263 for Q3 2026/27), so returns sort and filter in SQL.</summary>
    public int QuarterKey { get; private set; }

    public FinancialQuarter Quarter => FinancialQuarter.FromKey(QuarterKey);

    public DateOnly DueOn { get; private set; }

    public ReturnStatus Status { get; private set; }

    /// <summary>The quarter's Quality Management Framework theme, when the plan used the framework as the return was opened.</summary>
    public QmfTheme? Theme { get; private set; }

    public string? ThemeReflection { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public string? SubmittedByUserId { get; private set; }

    public string? SubmittedByName { get; private set; }

    /// <summary>The UK date the return was submitted (kept so lateness needs no time zone in a query).</summary>
    public DateOnly? SubmittedOn { get; private set; }

    /// <summary>Submitted after its due date (a UK date); false while not submitted.</summary>
    public bool SubmittedLate { get; private set; }

    public MonitoringReview? Review { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<MeasureActual> Actuals => _actuals;

    public IReadOnlyList<SocialValueDelivered> SocialValue => _socialValue;

    public bool IsDraft => Status == ReturnStatus.Draft;

    /// <summary>
    /// Opens the return for <paramref name="quarter"/>: one line per measure of the plan and per social value commitment of
    /// the contract, due <paramref name="dueDaysAfterQuarterEnd"/> days after the quarter ends; the QMF theme is the quarter's
    /// when the plan uses the framework.
    /// </summary>
    public static QuarterlyReturn Open(
        MonitoringPlan plan, IEnumerable<int> commitmentIds, FinancialQuarter quarter, int dueDaysAfterQuarterEnd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueDaysAfterQuarterEnd);
        var r = new QuarterlyReturn(plan.ContractId, quarter, quarter.DueOn(dueDaysAfterQuarterEnd),
            plan.UsesQualityManagementFramework ? quarter.Theme : null);
        r._actuals.AddRange(plan.Measures.OrderBy(m => m.Number).Select(m => new MeasureActual(m.Id)));
        r._socialValue.AddRange(commitmentIds.Distinct().Select(id => new SocialValueDelivered(id)));
        return r;
    }

    /// <summary>
    /// Lateness on <paramref name="today"/> (a UK date): late once the due date has passed without a submission; due soon
    /// within <paramref name="warningDays"/> days of it; a submitted return is on time or late by its UK submission date.
    /// </summary>
    public ReturnTiming TimingOn(DateOnly today, int warningDays) => Timing(DueOn, SubmittedOn, today, warningDays);

    /// <summary>The same rule on plain values, for queries that read only the dates.</summary>
    public static ReturnTiming Timing(DateOnly dueOn, DateOnly? submittedOn, DateOnly today, int warningDays) =>
        submittedOn is { } s ? (s > dueOn ? ReturnTiming.SubmittedLate : ReturnTiming.SubmittedOnTime)
        : today > dueOn ? ReturnTiming.Late
        : today >= dueOn.AddDays(-warningDays) ? ReturnTiming.DueSoon
        : ReturnTiming.NotYetDue;

    /// <summary>
    /// The provider's figures and words, saved as a draft (nothing is required yet). Each actual is matched to its measure
    /// line, each social value to its commitment line; lines not in the return are refused.
    /// </summary>
    public void SaveDraft(IEnumerable<ActualLine> actuals, IEnumerable<SocialValueLine> socialValue, string? themeReflection)
    {
        EnsureDraft();
        var errors = new DomainErrors();
        var actualLines = actuals.ToList();
        var valueLines = socialValue.ToList();
        for (var i = 0; i < actualLines.Count; i++)
        {
            var line = actualLines[i];
            if (_actuals.All(a => a.OutcomeMeasureId != line.OutcomeMeasureId))
            {
                errors.Add($"Actuals[{i}].Value", "That measure is not in this return");
            }
            else if (line.Value < 0)
            {
                errors.Add($"Actuals[{i}].Value", "The figure must be 0 or more");
            }

            errors.Collect(() => Text.Optional(line.Commentary, MaxTextLength, $"Actuals[{i}].Commentary", "The commentary"));
        }

        for (var i = 0; i < valueLines.Count; i++)
        {
            var line = valueLines[i];
            if (_socialValue.All(s => s.ContractCommitmentId != line.ContractCommitmentId))
            {
                errors.Add($"SocialValue[{i}].Quantity", "That commitment is not in this return");
            }
            else if (line.Quantity < 0)
            {
                errors.Add($"SocialValue[{i}].Quantity", "The quantity must be 0 or more");
            }

            errors.Collect(() => Text.Optional(line.Note, MaxTextLength, $"SocialValue[{i}].Note", "The note"));
        }

        if (Theme is null && !string.IsNullOrWhiteSpace(themeReflection))
        {
            errors.Add(nameof(ThemeReflection), "This contract does not use the Quality Management Framework");
        }

        errors.Collect(() => Text.Optional(themeReflection, MaxTextLength, nameof(ThemeReflection), "The reflection"));
        errors.ThrowIfAny();
        foreach (var line in actualLines)
        {
            _actuals.First(a => a.OutcomeMeasureId == line.OutcomeMeasureId).Record(line.Value, line.Commentary);
        }

        foreach (var line in valueLines)
        {
            _socialValue.First(s => s.ContractCommitmentId == line.ContractCommitmentId).Record(line.Quantity, line.Note);
        }

        ThemeReflection = Theme is null || string.IsNullOrWhiteSpace(themeReflection) ? null : themeReflection.Trim();
    }

    /// <summary>What the return still lacks before it can be submitted, each with the field it belongs to.</summary>
    public IReadOnlyList<DomainError> MissingForSubmission()
    {
        var missing = new List<DomainError>();
        for (var i = 0; i < _actuals.Count; i++)
        {
            if (_actuals[i].Value is null)
            {
                missing.Add(new DomainError($"Actuals[{i}].Value", "Enter a figure for every measure"));
                break;
            }
        }

        for (var i = 0; i < _socialValue.Count; i++)
        {
            if (_socialValue[i].Quantity is null)
            {
                missing.Add(new DomainError($"SocialValue[{i}].Quantity", "Enter the social value delivered against every commitment (0 if none)"));
                break;
            }
        }

        if (Theme is { } theme && ThemeReflection is null)
        {
            missing.Add(new DomainError(nameof(ThemeReflection), $"Enter your reflection on this quarter's theme, {MonitoringNames.Theme(theme)}"));
        }

        return missing;
    }

    /// <summary>Sends the return to the commissioner; it can no longer be changed. Late when the UK date is after <see cref="DueOn"/>.</summary>
    public void Submit(string userId, string userName, DateTime nowUtc)
    {
        EnsureDraft();
        var missing = MissingForSubmission();
        if (missing.Count > 0)
        {
            throw new DomainException(missing);
        }

        Status = ReturnStatus.Submitted;
        SubmittedAtUtc = nowUtc;
        SubmittedOn = UkTime.DateOf(nowUtc);
        SubmittedLate = SubmittedOn > DueOn;
        SubmittedByUserId = userId;
        SubmittedByName = userName.Trim();
    }

    /// <summary>
    /// The commissioner's review of a submitted return: feedback, good practice, challenges, the rating (a reason is required
    /// unless green: <see cref="RagRules"/>) and actions with owners and due dates. A reviewed return can be reviewed again
    /// (the review is replaced, actions already done keep their date).
    /// </summary>
    public void RecordReview(
        string? feedback, string? goodPractice, string? challenges, Rag? rating, string? ratingReason,
        IEnumerable<ActionLine> actions, string reviewerUserId, string reviewerName, DateTime nowUtc)
    {
        if (Status == ReturnStatus.Draft)
        {
            throw new DomainException("The provider has not submitted this return yet", "Feedback");
        }

        var review = Review ?? new MonitoringReview();
        review.Record(feedback, goodPractice, challenges, rating, ratingReason, actions, reviewerUserId, reviewerName, nowUtc);
        Review = review;
        Status = ReturnStatus.Reviewed;
    }

    private void EnsureDraft()
    {
        if (!IsDraft)
        {
            throw new DomainException("This return has been submitted, so it can no longer be changed");
        }
    }
}

/// <summary>The figure a return gives for one measure, with the provider's commentary.</summary>
public sealed class MeasureActual : IAuditable
{
    private MeasureActual() { }

    internal MeasureActual(int outcomeMeasureId) => OutcomeMeasureId = outcomeMeasureId;

    public int Id { get; private set; }

    public int QuarterlyReturnId { get; private set; }

    public int OutcomeMeasureId { get; private set; }

    public decimal? Value { get; private set; }

    public string? Commentary { get; private set; }

    internal void Record(decimal? value, string? commentary)
    {
        Value = value;
        Commentary = string.IsNullOrWhiteSpace(commentary) ? null : commentary.Trim();
    }
}

public sealed record ActualLine(int OutcomeMeasureId, decimal? Value, string? Commentary);

/// <summary>Social value delivered in the quarter against one of the contract's commitments (domain.md section 6: "monitored against actuals").</summary>
public sealed class SocialValueDelivered : IAuditable
{
    private SocialValueDelivered() { }

    internal SocialValueDelivered(int contractCommitmentId) => ContractCommitmentId = contractCommitmentId;

    public int Id { get; private set; }

    public int QuarterlyReturnId { get; private set; }

    public int ContractCommitmentId { get; private set; }

    public decimal? Quantity { get; private set; }

    public string? Note { get; private set; }

    internal void Record(decimal? quantity, string? note)
    {
        Quantity = quantity;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

public sealed record SocialValueLine(int ContractCommitmentId, decimal? Quantity, string? Note);
