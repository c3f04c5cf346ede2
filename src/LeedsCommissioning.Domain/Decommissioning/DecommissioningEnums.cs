namespace LeedsCommissioning.Domain.Decommissioning;

/// <summary>A case for change (domain.md section 5, HWB paper): "pathway redesign, service redesign, decommissioning"; a reduction in investment is decommissioning in part.</summary>
public enum CaseForChangeKind
{
    PathwayRedesign = 0,
    ServiceRedesign = 1,
    Decommissioning = 2,
    ReductionInValue = 3,
}

/// <summary>Where a decommissioning case is.</summary>
public enum DecommissioningStatus
{
    /// <summary>Being prepared by the commissioner.</summary>
    Draft = 0,

    /// <summary>Submitted to the decision maker.</summary>
    Submitted = 1,

    Approved = 2,
    Refused = 3,

    /// <summary>The contract has been decommissioned (or, for a reduction, its value reduced) through the case.</summary>
    Completed = 4,
}

/// <summary>
/// The stakeholder dimensions checklist (domain.md section 5): "the perspective of patients, public, carers, providers,
/// primary care and clinicians", with elected members and partner commissioners (LCC, NHS England as co-commissioner,
/// other CCGs or neighbouring areas where the proposal crosses a border).
/// </summary>
public enum Stakeholder
{
    Patients = 0,
    Public = 1,
    Carers = 2,
    Providers = 3,
    PrimaryCare = 4,
    Clinicians = 5,
    ElectedMembers = 6,
    PartnerCommissioners = 7,
}

/// <summary>
/// What the case must evidence (domain.md section 5): the six CCG Commissioning for Value principles and the LCC
/// toolkit's four perspectives.
/// </summary>
public enum CaseCheck
{
    TangibleEvidence = 0,
    StakeholdersConsulted = 1,
    BroadImpact = 2,
    ProviderEngagedEarly = 3,
    PrimaryCareImpact = 4,
    DataShared = 5,
    FinancialRequirements = 10,
    PoliticalPerspective = 11,
    NeedsOfServiceUsers = 12,
    ParentsAndCarers = 13,
}

public static class DecommissioningNames
{
    public static string ToDisplayName(this CaseForChangeKind kind) => kind switch
    {
        CaseForChangeKind.PathwayRedesign => "Pathway redesign",
        CaseForChangeKind.ServiceRedesign => "Service redesign",
        CaseForChangeKind.Decommissioning => "Decommissioning",
        _ => "Reduction in value",
    };

    public static string ToDisplayName(this DecommissioningStatus status) => status switch
    {
        DecommissioningStatus.Draft => "In progress",
        DecommissioningStatus.Submitted => "Waiting for a decision",
        DecommissioningStatus.Approved => "Approved",
        DecommissioningStatus.Refused => "Refused",
        _ => "Completed",
    };

    public static string ToDisplayName(this Stakeholder stakeholder) => stakeholder switch
    {
        Stakeholder.Patients => "Patients",
        Stakeholder.Public => "Public",
        Stakeholder.Carers => "Carers",
        Stakeholder.Providers => "Providers",
        Stakeholder.PrimaryCare => "Primary care",
        Stakeholder.Clinicians => "Clinicians",
        Stakeholder.ElectedMembers => "Elected members",
        _ => "Partner commissioners (such as NHS England and neighbouring areas)",
    };

    /// <summary>The stakeholder as a sentence names them: "Were the public consulted?".</summary>
    public static string InSentence(this Stakeholder stakeholder) => stakeholder switch
    {
        Stakeholder.Public => "the public",
        Stakeholder.PartnerCommissioners => "partner commissioners",
        _ => stakeholder.ToDisplayName().ToLowerInvariant(),
    };

    /// <summary>The principle or perspective in the source's words (domain.md section 5).</summary>
    public static string ToDisplayName(this CaseCheck check) => check switch
    {
        CaseCheck.TangibleEvidence => "Proposal based on tangible evidence",
        CaseCheck.StakeholdersConsulted => "Stakeholders' impact considered and consulted before the decision",
        CaseCheck.BroadImpact => "Broad-ranging impact considered",
        CaseCheck.ProviderEngagedEarly => "Provider engaged as early as possible",
        CaseCheck.PrimaryCareImpact => "Impact on primary care considered",
        CaseCheck.DataShared => "Data and information shared",
        CaseCheck.FinancialRequirements => "Financial requirements",
        CaseCheck.PoliticalPerspective => "Political perspective",
        CaseCheck.NeedsOfServiceUsers => "Needs of service users",
        _ => "Perspective of parents and carers",
    };

    /// <summary>"CCG Commissioning for Value principle" or "LCC toolkit perspective".</summary>
    public static string Source(this CaseCheck check) =>
        (int)check < 10 ? "CCG Commissioning for Value principle" : "LCC toolkit perspective";
}
