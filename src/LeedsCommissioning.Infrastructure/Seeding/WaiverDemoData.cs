using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Demo CPR waivers (issue 5; domain.md sections 4 and 8): the NDTi "Art of Commissioning" waiver as the
/// Waiver report gives it, word for word, and fictional others in every state. People are the fictional demo accounts.
/// Every state is reached through the aggregate's own methods, so the seed obeys the rules it demonstrates.
/// </summary>
public static class WaiverDemoData
{
    public const string NdtiProvider = "National Development Team for Inclusion";
    public const string NdtiContractReference = "LCC-AH-2019-031";
    /// <summary>The Waiver report's subject, word for word.</summary>
    public const string NdtiSubject = "Request to waive Contract Procedure Rules 8.1 and 8.2 to enter into a direct contract with the National Development Team for Inclusion to take part in ‘The Art of Commissioning’ Programme.";

    /// <summary>The Waiver report's date, 30/10/19.</summary>
    public static readonly DateOnly NdtiReportDate = new(2019, 10, 30);

    /// <summary>The reasons recorded with the approval: the report's own conclusion (5.1); the decision itself is not in the source.</summary>
    public const string NdtiReasons = "Given that it would not be possible to enter the programme without contracting directly with NDTi, the waiver of CPRs to enter into a contract directly with NDTi is necessary.";

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

        // 1. The NDTi waiver (Waiver report; domain.md sections 4 and 8): the report word for word, dated 30/10/19,
        // put to the Director and approved on that date (domain.md section 8: "by CPR waiver dated 30/10/2019"),
        // never before it. The reasons are the report's conclusion 5.1.
        var ndti = new CprWaiver(NdtiSubject, commissioner.Id, commissioner.DisplayName, NdtiReportDate);
        ndti.UpdateDraft(Ndti(adultsAndHealth) is var ndtiDraft && providers.TryGetValue(NdtiProvider, out var ndtiProviderId)
            ? ndtiDraft with { ProviderId = ndtiProviderId, NewSupplierName = null }
            : ndtiDraft);
        ndti.Submit(NdtiReportDate, rules);
        ndti.Decide(director, approve: true, NdtiReasons, NdtiReportDate, rules);
        db.CprWaivers.Add(ndti);
        await db.SaveChangesAsync(cancellationToken);

        // The register's NDTi contract (DemoContracts) was awarded under this waiver: link them both ways.
        if (await db.Contracts.SingleOrDefaultAsync(c => c.Reference == NdtiContractReference, cancellationToken) is { } ndtiContract)
        {
            ndtiContract.LinkCprWaiver(ndti.Id);
            ndti.LinkContract(ndtiContract.Id);
        }

        // 2. Approved key decision above the threshold, with legal review. Fictional: the carers' short breaks interim
        // of the MPS was six interim contracts, not a waiver (domain.md section 8), so it is not used here.
        const string placements = "Residential placements for young people with complex needs: continuation while a regional framework is let";
        var residential = new CprWaiver(placements, procurement.Id, procurement.DisplayName, new DateOnly(2024, 2, 12));
        residential.UpdateDraft(Typical(organisations["LCC-CF"], placements) with
        {
            ReportOf = "Commissioning Manager, Children and Families",
            ReportTo = "Director of Children and Families",
            ImplementingOfficer = "Commissioning Manager, Children and Families",
            BudgetSource = "Children and Families placements budget",
            ReportDate = new DateOnly(2024, 3, 1),
            NewSupplierName = "Aire Valley Residential Care Ltd",
            Value = 620_000m,
            TermMonths = 12,
            Route = DecisionRoute.ExecutiveBoard,
            Kind = DecisionKind.KeyDecision,
            ExecutiveMemberBriefed = true,
            MainIssues = "Three young people are settled in their placements. Moving them for a twelve-month arrangement " +
                "before the regional framework starts would harm their care, and a competition for so short a term would not attract other bidders.",
            LegalImplications = "This is a key decision and is open for call-in. The waiver is made under CPR 1.3.",
            LegalReviewBy = "Sam Patel, Legal Services",
            LegalReviewOn = new DateOnly(2024, 2, 26),
        });
        residential.Submit(new DateOnly(2024, 3, 1), rules);
        residential.Decide(director, true, "Continuity of care for the young people placed until the regional framework starts.", new DateOnly(2024, 3, 8), rules);
        db.CprWaivers.Add(residential);

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

    /// <summary>
    /// The NDTi waiver in the Waiver report's own words, paragraph by paragraph (sources/cpr-waiver-report-ndti.txt;
    /// issue 11). Each text holds the report's numbered paragraphs for that part of the template, separated by a blank
    /// line; the printed report numbers them again as the report does. Nothing here is the portal's own wording.
    /// </summary>
    internal static WaiverDraft Ndti(int organisationId) => new()
    {
        Subject = NdtiSubject,
        ReportOf = "Deputy Director, Integrated Commissioning",
        ReportTo = "Director of Adults and Health",
        ReportDate = NdtiReportDate,
        CommissioningOrganisationId = organisationId,

        // The boxes on the front of the report: wards no, consultation yes, equality implications no, call-in no
        // (a significant operational decision, 4.5.2), confidential no.
        SpecificWardsAffected = false,
        ConsultationCarriedOut = true,
        HasEqualityImplications = false,
        IsConfidentialOrExempt = false,
        RulesWaived = [ContractProcedureRules.Competition, ContractProcedureRules.ThreeWrittenTenders],
        NewSupplierName = NdtiProvider,
        Value = 47_600m,
        TermMonths = 24,
        ImplementingOfficer = "Commissioning Programme Leader for Older People",
        BudgetSource = "One-off savings identified from within the 2019/20 budget",

        // 4.5.1: taken by the Director "in line with the officer delegation scheme"; 4.5.2: a significant operational decision.
        Route = DecisionRoute.DelegatedDecision,
        Kind = DecisionKind.SignificantOperationalDecision,

        // 4.2.1: the screening "has been completed and is included at Appendix 1" (no link is in the source).
        EiaScreeningDone = true,

        // 4.1.1: "The Executive Member for Health, Wellbeing and Adults has been briefed on this decision."
        ExecutiveMemberBriefed = true,
        Summary = P(
            "Leeds City Council’s commissioning section recognises the importance of improving the levels of co-production and creating an integrated commissioning service that meets the needs of the city. As a service we need to evolve and continually improve to deliver more asset based, community led commissioning, ensuring the voice of those with lived experience is central to the design and evaluation of the services provided.",
            "National Development Team for Inclusion (NDTi) has a programme called ‘The Art of Commissioning’ which supports organisations in new ways of delivering and re-designing services which are designed and delivered collaboratively with the community and local partners, tailored specifically to the needs of the communities they serve. The programme focuses on ways to build on existing strengths, joining together good practice and empowerment to ensure that Commissioning bodies are able to co-produce services and follow an asset based approach.",
            "The Adults and Health directorate is seeking to commission NDTi for a two year period to enable LCC to join the ‘Art of Commissioning’ programme, although it is anticipated that the programme will be completed over a 16 month period."),
        ResourceImplications = P(
            "The total cost for the services provided by NDTi is £47,600 and the funding is available within the overall Adults and Health budget."),
        Recommendations = P(
            "The Director of Adults and Health is recommended to approve the waiver of CPRs 8.1 (requirement of competition) and 8.2 (invitation of a minimum of three written tenders), using the authority set out in CPR 1.3, to award a contract to National Development Team for Inclusion for a period of 2 years to enable Leeds City Council to participate in the 'Art of Commissioning' programme.",
            "The Director of Adults and Health to note that the Commissioning Programme Leader for Older People will implement the contract with NDTi as soon as possible following the decision being made.",
            "The total cost for the services provided by National Development Team for Inclusion (NDTi) will be £47,600."),
        Purpose = P(
            "To seek the waiver of CPRs 8.1 and 8.2, using the authority set out in CPR 1.3, to award a contract to NDTi to enable Leeds City Council to join the 'Art of Commissioning' programme, at a cost of £47,600 over a 16 month period."),
        Background = P(
            "Leeds City Council recognises the importance of delivering high quality services at the best possible value that meets the needs of the people who use them.",
            "It is widely recognised that traditional approaches to commissioning do not allow for the true co-production of services with communities and can be more process driven compared to focusing on outcomes and therefore struggles to follow an asset based approach. There is a focus in Leeds to truly embed a more relationship based model where services are working within an increasingly wide variety of partnerships with residents and groups at a local level.",
            "The Art of Commissioning programme has a number of aims with a primary focus to support its member organisations to explore the best methods to deliver radical change in the way the commissioning of services is delivered within their areas. The programme follows the common principles of developing community led services and how organisations can truly embed this across commissioning services. The programme will look to explore how new approaches to the way we commission will lead to better outcomes for service users at the same time as delivering value for money.",
            "It is a strengths based programme and recognises and uses the assets of individual communities. It also supports organisations to be place based – working across services and budgets and to be led by the people from the locality. The programme also considers the current environment that the service is working within to ensure changes can be successful.",
            "Taking part in the programme will bring the benefits of working in partnership with other organisations also taking part in the programme, working together through shared challenges and learning from each other's experiences within their own services. This in turn will allow these organisations to work together at the most senior levels to inform national change.",
            "The programme itself consists of a variety of different methods in supporting the council to deliver this change. The programme commences with a meeting of senior people from all of the organisations that are taking part in the programme to explore common issues within commissioning and set the focus for the programme moving forward. They will then look at different connections and networks to help inform the agenda and optimise outcomes. The remainder of the programme is a variety of onsite activities, residentials and cross site development days. Leeds will be able to use 22 days of focused support from NDTi and within this will have opportunity to conduct a focused exploration of people's experiences, visions and identify where the development opportunities lie. This will be done based around one particular community in partnership with the key stakeholders from that area. The onsite work will focus on identifying the opportunities available within that particular chosen community, what is already in place and what can be developed, this will be done through co-production.",
            "The four residential events across the programme will be open to 5 key senior stakeholders from each organisation. The residentials will commence by looking at the common issues services are experiencing and considering ways to overcome these challenges. Further into the programme the residentials will focus on sharing and learning from the activities that have taken place across the other organisations, an opportunity to hear feedback from peer organisations and looking forward, building action plans for change. The final residential will give the opportunities to reflect back across the programme consider the outcomes from the work and support planning for future delivery."),
        MainIssues = P(
            "Leeds City Council has recognised the need to be more strengths based and change our relationships with providers at a local level within our commissioning processes. The programme offered by NDTi would enable this to be realised.",
            "Leeds City Council already have a proven partnership relationship with NDTi through the Community Led Support (CLS) Programme. This work directly led to a shared view that commissioning, as it currently exists, requires radical change to ensure it is truly outcome focussed, co-produced with communities and offers value for money. NDTi was asked to draw these conversations together into a new programme of work that would allow Local Authority sites to work together to explore and deliver radical change. This led to the development of this \"Art of Commissioning\" programme. It therefore makes NDTi the most appropriate provider to deliver this piece of work.",
            "The programme will involve working simultaneously across three different LA areas, Bradford, Croydon and Leeds, and will include involvement of NHS commissioners. The aim of the programme is to develop an understanding of, and address any potential barriers to, new ways in which we commission care and support services in the future, with a focus on strengths based approaches. This will provide a unique opportunity to learn from the different areas and to share good practice on strengths based commissioning. NDTi is the only organisation that has developed such a programme to do this work as it is part of this wider programme.",
            "As there are some key services that need to be recommissioned effectively within tight timescales this would not be conducive to undertaking a competitive procurement exercise.",
            "In order to be able to utilise the programme it is necessary to waive Contract Procedure Rules 8.1 and 8.2 to allow Adults and Health to directly appoint NDTi without the need for competition."),
        ConsultationAndEngagement = P(
            "The Executive Member for Health, Wellbeing and Adults has been briefed on this decision."),
        EqualityAndDiversity = P(
            "An Equality and Diversity Impact Assessment Screening Tool has been completed and is included at Appendix 1."),
        CouncilPolicies = P(
            "The best council plan highlights our strength in Leeds of 'Putting People First' and the input from NDTi will enable the council to revise the way we re-design and commission services, putting people at the heart of what we do. Supporting the best council agenda to become more efficient and enterprising and ensuring services meet the needs of the people that use them. The NDTi programme supports the Health and Wellbeing priorities of reducing health inequalities and improving the health of the poorest fastest; supporting self-care; and enabling people with care and support needs to have more choice and control. These in turn support the ambition of the Best Council Plan 2018/19 to 2020/21 for Leeds to be the Best City in the country, promoting inclusive growth, and seeking to reduce health inequalities.",
            "In addition, the programme of supporting change in the way we commission our services will contribute to the achievement of the objectives set out in the city's Health and Well-Being Strategy and the Leeds Health and Care Plan: People will live full active and independent lives, people's quality of life will be improved by access to quality services, people will be involved in decisions made about them."),
        ClimateEmergency = P(
            "There are no specific climate emergency issues to be considered as part of this decision. However, there could be significant future benefits obtained from the work undertaken through ensuring that climate concerns are considered throughout the process. These could include that services commissioned in the future, for example Home Care, could reduce the dependency on transport by working more locally."),
        ResourcesAndValueForMoney = P(
            "The total cost for the services provided by National Development Team for Inclusion (NDTi) will be £47,600. The expenditure will be met from one-off savings identified from within the 2019/20 budget."),
        CostBreakdown = P(
            "This cost includes 5 places at each of the 4 residential events for the organisation, 2/3 places at each of the six cross site events, 22 days of individual cross site support from NDTi for our service."),
        ValueForMoney = P(
            "The outcomes achieved from this programme should make future commissioning activity more efficient and effective"),
        LegalImplications = P(
            "The decisions highlighted in this report will be taken by the Director of Adults and Health in line with the officer delegation scheme as detailed in Part 3 of the Council's Constitution.",
            "Whilst the value of the decision is under £100,000 this report is submitted as a significant operational decision as it is a waiver of contract procedure rules. As a significant operational decision it is not subject to call-in."),
        TransparencyAndAdvertising = P(
            "Although the financial value of this contract is below the threshold for the application of the Public Contracts Regulations 2015 (PCR), awarding a new contract direct to the provider in this way without seeking competition could leave the Council open to a potential claim from other providers, to whom this contract could be of interest, that the Council has not been wholly transparent. In terms of transparency it should be noted that case law suggests that the Council should always consider whether contracts of this value should be subject to a degree of advertising. It is up to the Council to decide what degree of advertising would be appropriate. In particular, consideration should be given to the subject-matter of the contract, its estimated value, the specifics of the sector concerned (size and structure of the market, commercial practices, etc) and the geographical location of the place of performance.",
            "The Director of Adults and Health has considered this and, due to the relatively low value of the award and the specialist nature of the service required, is of the view that the scope and nature of the services is such that it would not be of interest to providers in other EU member states."),
        OmbudsmanRisk = P(
            "There is a risk of an ombudsman investigation arising from a complaint that Leeds City Council has not followed reasonable procedures, resulting in a loss of opportunity. Obviously, the complainant would have to establish maladministration. It is not considered that such an investigation would necessarily result in a finding of maladministration however such investigations are by their nature more subjective than legal proceedings."),
        BestValue = P(
            "Although there is no overriding legal obstacle preventing the award of this contract in this manner, the above comments should be noted by the Director of Adults and Health in making the final decision as to the award of this contract being the best course of action for the Council and that in doing so it represents best value for the Council."),
        RiskManagement = P(
            "NDTi will work with the Adults and Health Directorate to explore where we can change the way we re-design and deliver services, to embed co-production and strengths based approaches to commissioning services. There are no particular risks that need to be managed as a consequence of this decision being made."),
        Conclusions = P(
            "Given that it would not be possible to enter the programme without contracting directly with NDTi, the waiver of CPRs to enter into a contract directly with NDTi is necessary.",
            "Leeds City Council already have achieved positive outcomes through working with NDTi"),
        BackgroundDocuments = P(
            "None"),

        // The cross-border assessment in the report's own words (4.5.3 names the four things to consider;
        // 4.5.4 gives the Director's view; 3.3 gives where the programme is performed).
        CrossBorderSubjectMatter = "The specialist nature of the service required",
        CrossBorderValue = "The relatively low value of the award",
        CrossBorderSector = "The scope and nature of the services is such that it would not be of interest to providers in other EU member states",
        CrossBorderLocation = "Working simultaneously across three different LA areas, Bradford, Croydon and Leeds",
        HasCrossBorderInterest = false,
    };

    private static string P(params string[] paragraphs) => string.Join("\n\n", paragraphs);

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
        ExecutiveMemberBriefed = false,
        Summary = "A waiver of the Contract Procedure Rules is sought because competition is not practicable in the time available.",
        ResourceImplications = "The cost is met from the directorate's existing budget.",
        Recommendations = "The decision maker is recommended to approve the waiver of CPR 8.1 and 8.2 under CPR 1.3.",
        Purpose = "To seek approval to waive CPR 8.1 and 8.2.",
        Background = "The service supports people in Leeds and is commissioned by the council.",
        MainIssues = "Competition is not practicable in the time available without a gap in service.",
        ConsultationAndEngagement = "People who use the service and the current provider have been consulted.",
        EqualityAndDiversity = "Screening completed; no negative impact identified.",
        CouncilPolicies = "Supports the Best Council Plan and the Health and Wellbeing Strategy.",
        ClimateEmergency = "There are no specific climate emergency issues to be considered as part of this decision.",
        ResourcesAndValueForMoney = "Met from existing budgets; prices benchmarked.",
        LegalImplications = "The decision is taken by the Director under the officer delegation scheme. " +
            "It is a significant operational decision and is not subject to call-in.",
        TransparencyAndAdvertising = "The value is below the public procurement threshold. The subject matter, value, sector and location " +
            "have been considered and the contract is not thought to be of cross-border interest.",
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
