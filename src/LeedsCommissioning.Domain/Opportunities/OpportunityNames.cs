namespace LeedsCommissioning.Domain.Opportunities;

public static class OpportunityNames
{
    public static string ToDisplayName(this ProcurementProcedure route) => route switch
    {
        ProcurementProcedure.Open => "Open procedure (Procurement Act 2023)",
        ProcurementProcedure.Restricted => "Competitive flexible procedure (Procurement Act 2023)",
        ProcurementProcedure.LightTouch => "Light-touch regime (Procurement Act 2023)",
        ProcurementProcedure.PsrCompetitive => "Provider Selection Regime: competitive process",
        ProcurementProcedure.PsrMostSuitableProvider => "Provider Selection Regime: most suitable provider process",
        ProcurementProcedure.GrantRound => "Grant round",
        ProcurementProcedure.FrameworkCallOff => "Call-off from a framework",
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
