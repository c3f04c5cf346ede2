namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// How the opportunity is procured (domain.md sections 3 and 9): the Procurement Act 2023 open and
/// restricted (competitive flexible) procedures and its light-touch regime for most social and health
/// care services; the Provider Selection Regime's competitive and most suitable provider processes for
/// NHS-funded health care; a grant round; a call-off from a framework.
/// </summary>
public enum ProcurementRoute
{
    Open = 0,
    Restricted = 1,
    LightTouch = 2,
    PsrCompetitive = 3,
    PsrMostSuitableProvider = 4,
    GrantRound = 5,
    FrameworkCallOff = 6,
}

/// <summary>
/// The stored stage. "Closed" is not stored: a published opportunity past its bid deadline is closed
/// (see <see cref="Opportunity.StageAt"/>), whether or not anything has run since.
/// </summary>
public enum OpportunityStatus
{
    Draft = 0,
    Approved = 1,
    Published = 2,
    InEvaluation = 3,
    Awarded = 4,
    Cancelled = 5,

    /// <summary>Sent by its author for approval (issue 11); nobody can change it until it is approved, withdrawn or returned.</summary>
    SubmittedForApproval = 6,
}

/// <summary>
/// What a person sees: the stored status with "Closed" derived from the clock, and "Returned" for a draft an
/// approver sent back that its author has not submitted again. Never stored (the order is the order of the list's filters).
/// </summary>
public enum OpportunityStage
{
    Draft = 0,
    Returned = 1,
    AwaitingApproval = 2,
    Approved = 3,
    Open = 4,
    Closed = 5,
    InEvaluation = 6,
    Awarded = 7,
    Cancelled = 8,
}

/// <summary>Leeds Social Value Charter, five principles (domain.md section 6, from the MPS).</summary>
public enum CharterPrinciple
{
    Partnership = 0,
    EmploymentTrainingGoodEmployer = 1,
    LeedsPoundInLeeds = 2,
    SustainableFairEthical = 3,
    CommunityLedOrganisations = 4,
}

public static class OpportunityNames
{
    public static string ToDisplayName(this ProcurementRoute route) => route switch
    {
        ProcurementRoute.Open => "Open procedure (Procurement Act 2023)",
        ProcurementRoute.Restricted => "Competitive flexible procedure (Procurement Act 2023)",
        ProcurementRoute.LightTouch => "Light-touch regime (Procurement Act 2023)",
        ProcurementRoute.PsrCompetitive => "Provider Selection Regime: competitive process",
        ProcurementRoute.PsrMostSuitableProvider => "Provider Selection Regime: most suitable provider process",
        ProcurementRoute.GrantRound => "Grant round",
        ProcurementRoute.FrameworkCallOff => "Call-off from a framework",
        _ => route.ToString(),
    };

    public static string ToDisplayName(this OpportunityStage stage) => stage switch
    {
        OpportunityStage.Returned => "Returned",
        OpportunityStage.AwaitingApproval => "Awaiting approval",
        OpportunityStage.Approved => "Approved to publish",
        OpportunityStage.Open => "Open for bids",
        OpportunityStage.Closed => "Closed",
        OpportunityStage.InEvaluation => "In evaluation",
        _ => stage.ToString(),
    };

    public static string ToDisplayName(this CharterPrinciple principle) => principle switch
    {
        CharterPrinciple.Partnership => "Partnership",
        CharterPrinciple.EmploymentTrainingGoodEmployer => "Employment, training and being a good employer",
        CharterPrinciple.LeedsPoundInLeeds => "The Leeds pound in Leeds",
        CharterPrinciple.SustainableFairEthical => "Sustainable, fair and ethical",
        CharterPrinciple.CommunityLedOrganisations => "Value of community-led organisations",
        _ => principle.ToString(),
    };
}
