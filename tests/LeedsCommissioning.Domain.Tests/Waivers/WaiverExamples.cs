using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Domain.Tests.Waivers;

internal static class WaiverExamples
{
    public const string AuthorId = "author-1";
    /// <summary>The NDTi report's date, 30/10/19: a report is submitted on its date, never before.</summary>
    public static readonly DateOnly Today = new(2019, 10, 30);
    public static readonly Decider Director = new("director-1", "Helen Carter", IsDecisionMaker: true);

    /// <summary>A complete draft like the NDTi waiver (domain.md sections 4 and 8).</summary>
    public static WaiverDraft Complete(decimal value = 47_600m, DateOnly? reportDate = null) => new()
    {
        ReportOf = "Deputy Director, Integrated Commissioning",
        ReportTo = "Director of Adults and Health",
        ReportDate = reportDate ?? new DateOnly(2019, 10, 30),
        Subject = "Waiver of CPR 8.1 and 8.2: The Art of Commissioning programme",
        CommissioningOrganisationId = 1,
        SpecificWardsAffected = false,
        ConsultationCarriedOut = true,
        HasEqualityImplications = false,
        IsConfidentialOrExempt = false,
        RulesWaived = ["8.1", "8.2"],
        NewSupplierName = "National Development Team for Inclusion",
        Value = value,
        TermMonths = 24,
        ImplementingOfficer = "Commissioning Programme Leader for Older People",
        BudgetSource = "One-off savings identified from within the 2019/20 budget",
        Route = DecisionRoute.DelegatedDecision,
        Kind = DecisionKind.SignificantOperationalDecision,
        EiaScreeningDone = true,
        EiaScreeningLink = "https://example.org/eia.pdf",
        ExecutiveMemberBriefed = true,
        Summary = "s", ResourceImplications = "ri", Recommendations = "r", Purpose = "p", Background = "b", MainIssues = "m",
        ConsultationAndEngagement = "4.1", EqualityAndDiversity = "4.2", CouncilPolicies = "4.3", ClimateEmergency = "4.3.3",
        ResourcesAndValueForMoney = "4.4", LegalImplications = "4.5", TransparencyAndAdvertising = "4.5.3", RiskManagement = "4.6",
        Conclusions = "5", BackgroundDocuments = "None",
        CrossBorderSubjectMatter = "Specialist", CrossBorderValue = "Low", CrossBorderSector = "Social care",
        CrossBorderLocation = "Leeds", HasCrossBorderInterest = false,
    };

    public static CprWaiver Draft(WaiverDraft? draft = null)
    {
        var waiver = new CprWaiver("Art of Commissioning", AuthorId, "Grace Okafor", Today);
        waiver.UpdateDraft(draft ?? Complete());
        return waiver;
    }

    public static CprWaiver Submitted(WaiverDraft? draft = null)
    {
        var waiver = Draft(draft);
        waiver.Submit(Today, DecisionRules.Default);
        return waiver;
    }
}
