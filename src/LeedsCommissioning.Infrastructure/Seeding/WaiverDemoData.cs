using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Demo CPR waivers (issue 5; domain.md sections 4 and 8): the NDTi "Art of Commissioning" waiver as the
/// Waiver report gives it, and realistic others in every state. People are the fictional demo accounts.
/// Every state is reached through the aggregate's own methods, so the seed obeys the rules it demonstrates.
/// </summary>
public static class WaiverDemoData
{
    public const string NdtiProvider = "National Development Team for Inclusion";
    public const string NdtiContractReference = "LCC-AH-2019-031";
    public const string NdtiSubject = "Request to waive CPR 8.1 and 8.2: The Art of Commissioning programme (NDTi)";

    public static async Task EnsureAsync(CommissioningDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.CprWaivers.AnyAsync(cancellationToken))
        {
            return;
        }

        var rules = DecisionRules.Default;
        var users = await db.Users.Where(u => u.Email != null)
            .ToDictionaryAsync(u => u.Email!, u => (u.Id, u.DisplayName), cancellationToken);
        var organisations = await db.CommissioningOrganisations.ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        var providers = await db.Providers.ToDictionaryAsync(p => p.Name, p => p.Id, cancellationToken);
        var commissioner = users["commissioner@example.org"];
        var procurement = users["procurement@example.org"];
        var directorUser = users["director@example.org"];
        var director = new Decider(directorUser.Id, directorUser.DisplayName, IsDecisionMaker: true);
        var adultsAndHealth = organisations["LCC-AH"];

        // 1. The NDTi waiver (Waiver report; domain.md sections 4 and 8): £47,600, 2 years, CPR 8.1 and 8.2
        // waived under CPR 1.3, Director of Adults and Health, significant operational decision, approved 30/10/2019.
        var ndti = new CprWaiver(NdtiSubject, commissioner.Id, commissioner.DisplayName, new DateOnly(2019, 10, 21));
        ndti.UpdateDraft(Ndti(adultsAndHealth) is var ndtiDraft && providers.TryGetValue(NdtiProvider, out var ndtiProviderId)
            ? ndtiDraft with { ProviderId = ndtiProviderId, NewSupplierName = null }
            : ndtiDraft);
        ndti.Submit(new DateOnly(2019, 10, 23), rules);
        ndti.Decide(director, approve: true,
            "The programme is specialist and NDTi is the only organisation able to deliver it with the required co-production model; " +
            "the value is below the public procurement threshold and there is no cross-border interest.",
            new DateOnly(2019, 10, 30), rules);
        db.CprWaivers.Add(ndti);
        await db.SaveChangesAsync(cancellationToken);

        // The register's NDTi contract (DemoContracts) was awarded under this waiver: link them both ways.
        if (await db.Contracts.SingleOrDefaultAsync(c => c.Reference == NdtiContractReference, cancellationToken) is { } ndtiContract)
        {
            ndtiContract.LinkCprWaiver(ndti.Id);
            ndti.LinkContract(ndtiContract.Id);
        }

        // 2. Approved key decision above the threshold, with legal review (carers' short breaks interim, MPS via domain.md section 8).
        var breaks = new CprWaiver("Carers' short breaks: interim arrangement to 31 October 2019",
            procurement.Id, procurement.DisplayName, new DateOnly(2019, 2, 18));
        breaks.UpdateDraft(Typical(adultsAndHealth, "Carers' short breaks: interim arrangement to 31 October 2019") with
        {
            ReportDate = new DateOnly(2019, 3, 1),
            ProviderId = providers["Carers Leeds"],
            Value = 564_720m,
            TermMonths = 7,
            Kind = DecisionKind.KeyDecision,
            ExecutiveMemberBriefed = true,
            SpecificWardsAffected = false,
            MainIssues = "The new carers' short breaks service cannot start before 1 November 2019 because the co-designed specification " +
                "is still being finalised with carers. A competition for a seven-month interim would disrupt carers and cost more than it saves.",
            LegalReviewBy = "Sam Patel, Legal Services",
            LegalReviewOn = new DateOnly(2019, 2, 26),
        });
        breaks.Submit(new DateOnly(2019, 3, 1), rules);
        breaks.Decide(director, true, "Continuity for carers until the new service starts on 1 November 2019.", new DateOnly(2019, 3, 8), rules);
        db.CprWaivers.Add(breaks);

        // 3. Refused: competition is practicable.
        var equipment = new CprWaiver("Community equipment servicing: direct award for two years",
            procurement.Id, procurement.DisplayName, new DateOnly(2025, 5, 12));
        equipment.UpdateDraft(Typical(adultsAndHealth, "Community equipment servicing: direct award for two years") with
        {
            ReportDate = new DateOnly(2025, 5, 20),
            NewSupplierName = "Yorkshire Mobility Services Ltd",
            Value = 240_000m,
            TermMonths = 24,
            LegalReviewBy = "Sam Patel, Legal Services",
            LegalReviewOn = new DateOnly(2025, 5, 16),
        });
        equipment.Submit(new DateOnly(2025, 5, 20), rules);
        equipment.Decide(director, false,
            "Competition is practicable: at least four suppliers on the regional framework can service the equipment. Run a mini-competition.",
            new DateOnly(2025, 5, 29), rules);
        db.CprWaivers.Add(equipment);

        // 4. Approved, then corrected: version 2 extends the term after a data error was found in version 1.
        var liaison = new CprWaiver("Alcohol liaison in A&E: continuation while the treatment service is re-procured",
            commissioner.Id, commissioner.DisplayName, new DateOnly(2025, 9, 1));
        var liaisonDraft = Typical(organisations["LCC-PH"], "Alcohol liaison in A&E: continuation while the treatment service is re-procured") with
        {
            ReportDate = new DateOnly(2025, 9, 10),
            ProviderId = providers["Forward Leeds"],
            Value = 72_000m,
            TermMonths = 12,
        };
        liaison.UpdateDraft(liaisonDraft);
        liaison.Submit(new DateOnly(2025, 9, 10), rules);
        liaison.Decide(director, true, "Keeps a proven service running until the re-procured service starts.", new DateOnly(2025, 9, 17), rules);
        db.CprWaivers.Add(liaison);
        await db.SaveChangesAsync(cancellationToken);

        var liaison2 = liaison.StartCorrection(commissioner.Id, commissioner.DisplayName, new DateOnly(2025, 10, 6));
        liaison2.UpdateDraft(liaisonDraft with
        {
            ReportDate = new DateOnly(2025, 10, 8),
            Value = 90_000m,
            TermMonths = 15,
            Background = liaisonDraft.Background + " Version 2 corrects the term: the new treatment service starts on 1 January 2027, " +
                "three months later than version 1 assumed, so the term is 15 months and the value £90,000.",
        });
        liaison2.Submit(new DateOnly(2025, 10, 8), rules);
        liaison2.Decide(director, true, "Corrected term and value approved; the reasons in version 1 still stand.", new DateOnly(2025, 10, 15), rules);
        db.CprWaivers.Add(liaison2);

        // 5. Submitted, awaiting the director's decision.
        var dementia = new CprWaiver("Dementia peer support pilot in east Leeds",
            procurement.Id, procurement.DisplayName, new DateOnly(2026, 11, 9));
        dementia.UpdateDraft(Typical(adultsAndHealth, "Dementia peer support pilot in east Leeds") with
        {
            ReportDate = new DateOnly(2026, 11, 20),
            ProviderId = providers["Leeds Older People's Forum"],
            Value = 38_500m,
            TermMonths = 18,
            SpecificWardsAffected = true,
            WardsAffected = ["Gipton & Harehills", "Killingbeck & Seacroft", "Burmantofts & Richmond Hill"],
        });
        dementia.Submit(new DateOnly(2026, 11, 20), rules);
        db.CprWaivers.Add(dementia);

        // 6. A draft, saved incomplete.
        var autism = new CprWaiver("Autism diagnostic backlog: short-term additional assessments",
            procurement.Id, procurement.DisplayName, new DateOnly(2026, 11, 24));
        autism.UpdateDraft(new WaiverDraft
        {
            Subject = "Autism diagnostic backlog: short-term additional assessments",
            ReportOf = "Commissioning Manager, Adults and Health",
            ReportTo = "Director of Adults and Health",
            CommissioningOrganisationId = adultsAndHealth,
            RulesWaived = [ContractProcedureRules.Competition],
            NewSupplierName = "Northern Autism Assessment Partnership CIC",
            Value = 96_000m,
            TermMonths = 9,
            Purpose = "To seek approval to waive CPR 8.1 to commission additional autism diagnostic assessments while waiting times are reduced.",
        });
        db.CprWaivers.Add(autism);

        await db.SaveChangesAsync(cancellationToken);
    }

    private static WaiverDraft Ndti(int organisationId) => new()
    {
        Subject = NdtiSubject,
        ReportOf = "Head of Commissioning, Adults and Health",
        ReportTo = "Director of Adults and Health",
        ReportDate = new DateOnly(2019, 10, 30),
        CommissioningOrganisationId = organisationId,
        SpecificWardsAffected = false,
        ConsultationCarriedOut = true,
        HasEqualityImplications = true,
        IsConfidentialOrExempt = false,
        RulesWaived = [ContractProcedureRules.Competition, ContractProcedureRules.ThreeWrittenTenders],
        NewSupplierName = "National Development Team for Inclusion (NDTi)",
        Value = 47_600m,
        TermMonths = 24,
        ImplementingOfficer = "Commissioning Programme Manager, Adults and Health",
        BudgetSource = "Adults and Health commissioning budget",
        Route = DecisionRoute.DelegatedDecision,
        Kind = DecisionKind.SignificantOperationalDecision,
        EiaScreeningDone = true,
        EiaScreeningLink = "https://democracy.leeds.gov.uk/",
        ExecutiveMemberBriefed = true,
        Summary = "Adults and Health wants commissioners, providers and people who use services to commission together. " +
            "The Art of Commissioning is a two-year development programme delivered by the National Development Team for Inclusion (NDTi). " +
            "Its approach and materials are NDTi's own, so competition is not practicable.",
        Recommendations = "The Director of Adults and Health is recommended to approve the waiver of Contract Procedure Rules 8.1 and 8.2, " +
            "under CPR 1.3, to award a contract to NDTi for The Art of Commissioning programme for two years at a total cost of £47,600.",
        Purpose = "This report seeks approval to waive CPR 8.1 and 8.2 and award a contract to NDTi to deliver The Art of Commissioning programme.",
        Background = "Leeds has committed to outcome-focused, co-produced commissioning. The programme supports commissioners, " +
            "providers and citizens to learn and commission together over two years.",
        MainIssues = "NDTi developed the programme and holds the rights to its content and method. No other organisation offers an equivalent programme, " +
            "so seeking competitive tenders would not be practicable and would not secure better value.",
        ConsultationAndEngagement = "Commissioners, providers and the Third Sector Partnership were consulted on the development need.",
        EqualityAndDiversity = "An equality, diversity, cohesion and integration screening has been completed. The programme promotes inclusion " +
            "of people who use services in commissioning.",
        CouncilPolicies = "The programme supports the Best Council Plan ambition to be the best city for health and wellbeing. " +
            "Sessions are held in Leeds and online, limiting travel, in line with the council's climate emergency declaration.",
        ResourcesAndValueForMoney = "The total cost of £47,600 over two years is met from the Adults and Health commissioning budget. " +
            "The price has been benchmarked against comparable development programmes and represents value for money.",
        LegalImplications = "This is a significant operational decision and is not subject to call-in. The waiver is made under CPR 1.3. " +
            "The value is below the public procurement threshold. The contract has been assessed for cross-border interest " +
            "(subject matter, value, sector and location) and none is considered to exist. No information is exempt.",
        RiskManagement = "The risk of challenge is low given the specialist nature of the programme and its value. " +
            "Delivery risks are managed through quarterly contract review.",
        Conclusions = "Waiving CPR 8.1 and 8.2 allows the council to secure a specialist programme that no other provider can offer.",
        BackgroundDocuments = "None.",
        CrossBorderSubjectMatter = "A specialist development programme for the Leeds health and care system.",
        CrossBorderValue = "£47,600 over two years, well below the public procurement threshold.",
        CrossBorderSector = "Health and social care workforce development, a sector with few cross-border providers.",
        CrossBorderLocation = "Delivered in Leeds.",
        HasCrossBorderInterest = false,
    };

    private static WaiverDraft Typical(int organisationId, string subject) => new()
    {
        Subject = subject,
        ReportOf = "Commissioning Manager, Adults and Health",
        ReportTo = "Director of Adults and Health",
        CommissioningOrganisationId = organisationId,
        SpecificWardsAffected = false,
        ConsultationCarriedOut = true,
        HasEqualityImplications = false,
        IsConfidentialOrExempt = false,
        RulesWaived = [ContractProcedureRules.Competition, ContractProcedureRules.ThreeWrittenTenders],
        ImplementingOfficer = "Commissioning Manager, Adults and Health",
        BudgetSource = "Adults and Health commissioning budget",
        Route = DecisionRoute.DelegatedDecision,
        Kind = DecisionKind.SignificantOperationalDecision,
        EiaScreeningDone = true,
        EiaScreeningLink = "https://democracy.leeds.gov.uk/",
        ExecutiveMemberBriefed = false,
        Summary = "A waiver of the Contract Procedure Rules is sought because competition is not practicable in the time available.",
        Recommendations = "The decision maker is recommended to approve the waiver of CPR 8.1 and 8.2 under CPR 1.3.",
        Purpose = "To seek approval to waive CPR 8.1 and 8.2.",
        Background = "The service supports people in Leeds and is commissioned by the council.",
        MainIssues = "Competition is not practicable in the time available without a gap in service.",
        ConsultationAndEngagement = "People who use the service and the current provider have been consulted.",
        EqualityAndDiversity = "Screening completed; no negative impact identified.",
        CouncilPolicies = "Supports the Best Council Plan and the Health and Wellbeing Strategy.",
        ResourcesAndValueForMoney = "Met from existing budgets; prices benchmarked.",
        LegalImplications = "Made under CPR 1.3. Cross-border interest assessed: none identified.",
        RiskManagement = "Risks are low and managed through contract monitoring.",
        Conclusions = "The waiver is the most practical way to secure the service.",
        BackgroundDocuments = "None.",
        CrossBorderSubjectMatter = "Local community service.",
        CrossBorderValue = "Modest value.",
        CrossBorderSector = "Health and social care.",
        CrossBorderLocation = "Leeds.",
        HasCrossBorderInterest = false,
    };
}
