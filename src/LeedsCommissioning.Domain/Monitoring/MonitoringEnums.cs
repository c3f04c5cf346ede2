namespace LeedsCommissioning.Domain.Monitoring;

/// <summary>
/// The three questions of outcomes-based accountability the MPS measures a service's performance by (domain.md section 7).
/// Their wording is <see cref="MonitoringNames.Question"/>.
/// </summary>
public enum OutcomeQuestion
{
    HowMuch = 0,
    HowWell = 1,
    Impact = 2,
}

/// <summary>Whether a higher or a lower figure is the better one for a measure (e.g. people supported: higher; days waited: lower).</summary>
public enum MeasureDirection
{
    HigherIsBetter = 0,
    LowerIsBetter = 1,
}

/// <summary>
/// How a measure's quarters add up over the year: a count (people supported) is a year-to-date total against the quarterly
/// target times the quarters reported; a rate (percentage satisfied) is the average of the quarters against the target.
/// </summary>
public enum MeasureAggregation
{
    Total = 0,
    Average = 1,
}

/// <summary>The Care Quality Commission's ratings of a regulated location.</summary>
public enum CqcRating
{
    Outstanding = 0,
    Good = 1,
    RequiresImprovement = 2,
    Inadequate = 3,
    NotYetRated = 4,
}

/// <summary>The themes of the Quality Management Framework, in the MPS's order (domain.md section 7); one a quarter.</summary>
public enum QmfTheme
{
    WellLed = 0,
    Performance = 1,
    Safe = 2,
    Effective = 3,
    ClientInvolvement = 4,
}

/// <summary>Where a quarterly return is: the provider drafts and submits it, the commissioner reviews it.</summary>
public enum ReturnStatus
{
    Draft = 0,
    Submitted = 1,
    Reviewed = 2,
}

/// <summary>The commissioner's red/amber/green rating of a quarter.</summary>
public enum Rag
{
    Red = 0,
    Amber = 1,
    Green = 2,
}

/// <summary>Evidence about a service recorded against its contract (domain.md section 7, MPS "User and carer feedback").</summary>
public enum EvidenceKind
{
    Compliment = 0,
    Complaint = 1,
    HealthwatchReport = 2,
}

/// <summary>Where a return stands against its due date on a given day.</summary>
public enum ReturnTiming
{
    /// <summary>Not submitted, and the due date is more than the warning period away.</summary>
    NotYetDue = 0,

    /// <summary>Not submitted, due within the warning period (today included).</summary>
    DueSoon = 1,

    /// <summary>Not submitted, and the due date has passed.</summary>
    Late = 2,

    /// <summary>Submitted on or before the due date (UK date of submission).</summary>
    SubmittedOnTime = 3,

    /// <summary>Submitted after the due date.</summary>
    SubmittedLate = 4,
}

/// <summary>The words the screens use for the monitoring enums, taken from the MPS where it has them.</summary>
public static class MonitoringNames
{
    /// <summary>The MPS's own wording of the three OBA questions ("The performance of services will be measured using the following").</summary>
    public static string Question(OutcomeQuestion question) => question switch
    {
        OutcomeQuestion.HowMuch => "How much has the service delivered?",
        OutcomeQuestion.HowWell => "How well has the service delivered?",
        _ => "What was the impact of the service?",
    };

    /// <summary>The MPS's explanation beneath each question.</summary>
    public static string QuestionHint(OutcomeQuestion question) => question switch
    {
        OutcomeQuestion.HowMuch => "The quantity of effort of the service",
        OutcomeQuestion.HowWell => "The quality of effort of the service",
        _ => "The quantity and quality of the effect of the service",
    };

    public static string Theme(QmfTheme theme) => theme switch
    {
        QmfTheme.WellLed => "Well-Led",
        QmfTheme.ClientInvolvement => "Client Involvement",
        _ => theme.ToString(),
    };

    public static string Rating(CqcRating rating) => rating switch
    {
        CqcRating.RequiresImprovement => "Requires improvement",
        CqcRating.NotYetRated => "Not yet rated",
        _ => rating.ToString(),
    };

    public static string Status(ReturnStatus status) => status switch
    {
        ReturnStatus.Draft => "Draft",
        ReturnStatus.Submitted => "Submitted, awaiting review",
        _ => "Reviewed",
    };

    public static string Evidence(EvidenceKind kind) => kind switch
    {
        EvidenceKind.HealthwatchReport => "Healthwatch Leeds report",
        _ => kind.ToString(),
    };

    public static string Direction(MeasureDirection direction) =>
        direction == MeasureDirection.HigherIsBetter ? "Higher is better" : "Lower is better";

    public static string Aggregation(MeasureAggregation aggregation) =>
        aggregation == MeasureAggregation.Total ? "Added up over the year" : "Averaged over the year";

    public static string Timing(ReturnTiming timing) => timing switch
    {
        ReturnTiming.NotYetDue => "Not yet due",
        ReturnTiming.DueSoon => "Due soon",
        ReturnTiming.Late => "Late",
        ReturnTiming.SubmittedOnTime => "Submitted on time",
        _ => "Submitted late",
    };
}
