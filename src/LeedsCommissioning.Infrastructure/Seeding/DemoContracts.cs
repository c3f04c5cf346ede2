using System.Globalization;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// The demo register: services from the Market Position Statement (domain.md section 8), with terms
/// placed so that on 26 November 2026 the register shows contracts planned, procuring, awarded,
/// mobilising, live, in extension, ending, ended and decommissioned, and some ending within 6, 12 and
/// 18 months. Commissioners are fictional. Each contract is built through the domain's own methods,
/// so the demo obeys every rule a user would.
/// </summary>
internal static class DemoContracts
{
    // Service areas are the MPS's own (domain.md section 2), each contract placed where MPS section 5 describes its kind of service.
    private const ServiceArea Universal = ServiceArea.UniversalPreventionAndEarlyIntervention;
    private const ServiceArea Community = ServiceArea.SupportInTheCommunity;
    private const ServiceArea Independent = ServiceArea.SupportToLiveIndependently;
    private const ServiceArea Accommodation = ServiceArea.SupportedAccommodation;

    public static IEnumerable<Spec> All()
    {
        // Live Well Leeds (MPS, KiL Leeds): about £1.3m a year from April 2019 for five years, LCC and NHS jointly; a lead,
        // two partners and 16 small community subcontractors receiving 30% of the value, a term of the contract ("specifying
        // that 30% of the contract needed to be used to fund work delivered by small, community based organisations", MPS).
        // The sources give no extensions: the 2 + 1 here are illustrative, so the demo has a contract in extension.
        var liveWell = new Spec("LCC-AH-2019-014", "Live Well Leeds", Community, "LCC-AH", AgreementType.Contract,
                PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2019-04-01", "2024-03-31", 1_300_000m, Commissioner.Priya,
                "Community mental health and wellbeing service for adults, delivered by a partnership of three with 16 small community organisations.")
            .Lead(DemoData.LeadProviderName).Partner("Leeds Mind", 180_000m).Partner("Touchstone", 150_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 800_000m).Fund("NHS-LEEDS", FundingStream.CcgBudget, 500_000m)
            .Extension(24, "2023-09-30", taken: "2023-06-30").Extension(12, "2025-09-30", taken: "2025-07-15")
            .RequiresSmallShare(30m)
            .Finally(ContractStatus.InExtension);
        foreach (var (name, share) in DemoProviders.LiveWellLeedsSubcontractors)
        {
            liveWell.Subcontractor(name, share);
        }

        yield return liveWell;

        yield return new Spec("LCC-AH-2026-021", "Live Well Leeds (recommissioning from April 2027)", Community, "LCC-AH",
                AgreementType.Contract, PaymentMechanism.Blended, ContractAwardRoute.LightTouchProcurementAct2023, "2027-04-01", "2032-03-31",
                1_400_000m, Commissioner.Priya, "Successor to Live Well Leeds; lots for small community organisations under consideration.")
            .Fund("LCC-AH", FundingStream.LccBudget, 850_000m).Fund("NHS-LEEDS", FundingStream.CcgBudget, 550_000m)
            .Extension(24, "2031-09-30")
            .Finally(ContractStatus.Procuring);

        // The Market Place (MPS): £450,000 a year, 5 years from 1 July 2019, joint. 5 + 3.
        yield return new Spec("LCC-CF-2019-007", "The Market Place: young people's mental health", Community, "LCC-CF",
                AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2019-07-01", "2024-06-30", 450_000m,
                Commissioner.Martin, "Counselling, drop-in and group support for young people aged 11 to 25.")
            .Lead("The Market Place").Subcontractor("Hyde Park Student Listeners", 12_000m)
            .Fund("LCC-CF", FundingStream.LccBudget, 250_000m).Fund("NHS-LEEDS", FundingStream.CcgBudget, 200_000m)
            .Extension(36, "2023-12-31", taken: "2023-11-20")
            .Finally(ContractStatus.InExtension);

        // West Yorkshire Appropriate Adult Service (MPS section 4 case study): "delivered by TAAS via a network of volunteers";
        // £184,000 a year from the five West Yorkshire councils, Leeds "with contributions from Children & Families and Adults &
        // Health", and the Office of the Police and Crime Commissioner. The split between funders and the dates are not in the
        // sources (domain.md section 8: configurable), so they are illustrative. 3 + 1 + 1.
        yield return new Spec("LCC-CF-2023-010", "West Yorkshire Appropriate Adult Service (TAAS)", Community,
                "LCC-CF", AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2023-04-01", "2026-03-31", 184_000m,
                Commissioner.Martin, "Appropriate adults for young people and vulnerable adults detained or interviewed by the police across West Yorkshire, " +
                "delivered by TAAS via a network of volunteers. A multi-agency steering group formed the evaluation panel, bidders presented to a " +
                "panel of young people whose scores formed part of the quality element, and the group reviews performance quarterly.")
            .Lead(TaasName)
            .Fund("LCC-CF", FundingStream.LccBudget, 32_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 20_000m)
            .Fund("WY-BRADFORD", FundingStream.OtherPartner, 40_000m)
            .Fund("WY-WAKEFIELD", FundingStream.OtherPartner, 30_000m)
            .Fund("WY-KIRKLEES", FundingStream.OtherPartner, 30_000m)
            .Fund("WY-CALDERDALE", FundingStream.OtherPartner, 20_000m)
            .Fund("WY-PCC", FundingStream.OtherPartner, 12_000m)
            .Extension(12, "2025-09-30", taken: "2025-09-01").Extension(12, "2026-09-30", taken: "2026-09-01")
            .Finally(ContractStatus.InExtension);

        // NDTi "Art of Commissioning" (Waiver report): £47,600 over 2 years by CPR waiver dated 30/10/2019.
        yield return new Spec("LCC-AH-2019-031", "The Art of Commissioning: commissioning development programme",
                Universal, "LCC-AH", AgreementType.Contract, PaymentMechanism.Block,
                ContractAwardRoute.DirectAwardCprWaiver, "2019-11-01", "2021-10-31", 23_800m, Commissioner.Priya,
                "Co-produced commissioning development for Adults and Health, awarded by a waiver of CPR 8.1 and 8.2 under CPR 1.3.")
            .Lead("National Development Team for Inclusion")
            .Fund("LCC-AH", FundingStream.LccBudget, 23_800m)
            .Finally(ContractStatus.Ended);

        // Neighbourhood Networks (MPS): about £3m a year from 1 October 2018, 5 + 5.
        yield return new Spec("LCC-AH-2018-002", "Neighbourhood Networks", Universal, "LCC-AH", AgreementType.Grant,
                PaymentMechanism.Block, ContractAwardRoute.GrantRound, "2018-10-01", "2023-09-30", 3_000_000m, Commissioner.Priya,
                "Community-based, locally led services that help older people live independently and take part in their communities.")
            .Lead("Leeds Neighbourhood Networks Partnership")
            .Subcontractor("Bramley Elderly Action", 210_000m).Subcontractor("Holbeck Elderly Aid", 160_000m)
            .Subcontractor("Middleton Elderly Aid", 190_000m).Subcontractor("Moor Allerton Elderly Care", 230_000m)
            .Subcontractor("Caring Together in Woodhouse and Little London", 150_000m).Subcontractor("Feel Good Factor", 170_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 2_250_000m).Fund("LCC-AH", FundingStream.BetterCareFund, 750_000m)
            .Extension(60, "2023-03-31", taken: "2023-02-14")
            .Finally(ContractStatus.InExtension);

        // Advocacy (MPS): from 1 April 2018, 5 years (+ 2), then recommissioned from April 2025 (3 + 2).
        yield return new Spec("LCC-AH-2018-005", "Independent advocacy", Universal, "LCC-AH", AgreementType.Contract,
                PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2018-04-01", "2023-03-31", 1_050_000m, Commissioner.Claire,
                "Statutory and non-statutory advocacy for adults in Leeds.")
            .Lead("Advonet").Partner("Leeds Mencap", 120_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 1_050_000m)
            .Extension(24, "2022-09-30", taken: "2022-08-01")
            .Finally(ContractStatus.Ended);
        yield return new Spec("LCC-AH-2025-004", "Independent advocacy hub", Universal, "LCC-AH", AgreementType.Contract,
                PaymentMechanism.Block, ContractAwardRoute.LightTouchProcurementAct2023, "2025-04-01", "2028-03-31", 1_150_000m, Commissioner.Claire,
                "One front door for statutory and community advocacy.")
            .Lead("Advonet").Partner("Leeds Mencap", 140_000m).Subcontractor("Pyramid of Arts", 25_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 1_150_000m)
            .Extension(24, "2027-09-30")
            .Finally(ContractStatus.Live);

        // Carers Leeds (MPS): from April 2019, 5 years + 24 months; recommissioned from April 2026.
        yield return new Spec("LCC-AH-2019-010", "Support for adult carers", Universal, "LCC-AH", AgreementType.Contract,
                PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2019-04-01", "2024-03-31", 980_000m, Commissioner.Claire,
                "Information, advice, groups and one-to-one support for unpaid carers.")
            .Lead("Carers Leeds")
            .Fund("LCC-AH", FundingStream.LccBudget, 650_000m).Fund("NHS-LEEDS", FundingStream.CcgBudget, 330_000m)
            .Extension(24, "2023-09-30", taken: "2023-05-10")
            .Finally(ContractStatus.Ended);
        yield return new Spec("LCC-AH-2025-017", "Support for adult carers (2026 to 2031)", Universal, "LCC-AH", AgreementType.Contract,
                PaymentMechanism.Block, ContractAwardRoute.LightTouchProcurementAct2023, "2026-04-01", "2031-03-31", 1_050_000m, Commissioner.Claire,
                "Carers' support, with a young adult carers' strand.")
            .Lead("Carers Leeds").Subcontractor("Bramley Carers and Friends", 30_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 700_000m).Fund("NHS-LEEDS", FundingStream.CcgBudget, 350_000m)
            .Extension(24, "2030-09-30")
            .Finally(ContractStatus.Live);

        // Carers' short breaks (MPS section 5.3.1): "six interim contracts with four Independent Sector providers", "6 months
        // duration", expiring "31st October 2019", "combined value of the interim contracts is £564,720" (so 6 months from
        // 1 May 2019). How they were let is not in the MPS; they are not under a CPR waiver. The split between the six is illustrative.
        foreach (var spec in CarersShortBreaksInterim())
        {
            yield return spec;
        }

        // The new service (MPS Appendix B): an open procurement for "a contract start date of 1st November 2019", "3 years and
        // 5 months with options to extend up to 24 months" (here 12 + 12, both taken). The value and providers are illustrative.
        yield return new Spec("LCC-AH-2019-016", "Carers' short breaks", Independent, "LCC-AH", AgreementType.Contract,
                PaymentMechanism.CostAndVolume, ContractAwardRoute.OpenTender, "2019-11-01", "2023-03-31", 1_100_000m, Commissioner.Claire,
                "Community based short breaks (a sitting service) giving carers a break from caring, for people assessed as eligible.")
            .Lead("Kirkgate Home Support Ltd").Partner("Yorkshire Homecare Ltd", 350_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 1_100_000m)
            .Extension(12, "2022-09-30", taken: "2022-09-01").Extension(12, "2023-09-30", taken: "2023-09-12")
            .Finally(ContractStatus.Ended);

        // Home care (MPS): June 2016 to 31 May 2021, then the current service.
        yield return new Spec("LCC-AH-2016-001", "Home care (2016 to 2021)", Independent, "LCC-AH", AgreementType.FrameworkCallOff,
                PaymentMechanism.Spot, ContractAwardRoute.Framework, "2016-06-01", "2021-05-31", 24_000_000m, Commissioner.Naveed,
                "Zoned home care for adults.")
            .Lead("Yorkshire Homecare Ltd").Partner("Leeds Jewish Welfare Board", 1_800_000m).Partner("Leeds Irish Health and Homes", 900_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 21_000_000m).Fund("LCC-AH", FundingStream.BetterCareFund, 3_000_000m)
            .Finally(ContractStatus.Ended);
        yield return new Spec("LCC-AH-2021-006", "Home care: Help to Live at Home", Independent, "LCC-AH", AgreementType.FrameworkCallOff,
                PaymentMechanism.Spot, ContractAwardRoute.Framework, "2021-06-01", "2026-05-31", 27_500_000m, Commissioner.Naveed,
                "Outcome-focused home care in neighbourhood zones.")
            .Lead("Yorkshire Homecare Ltd").Partner("Leeds Jewish Welfare Board", 2_100_000m).Partner("Leeds Irish Health and Homes", 1_100_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 23_500_000m).Fund("LCC-AH", FundingStream.BetterCareFund, 4_000_000m)
            .Extension(18, "2025-11-30", taken: "2025-10-06")
            .Finally(ContractStatus.InExtension);

        // Residential and nursing care for older people (MPS): from July 2018, 5 years (+ 2 + 2).
        yield return new Spec("LCC-AH-2018-008", "Residential and nursing care for older people", Accommodation, "LCC-AH",
                AgreementType.FrameworkCallOff, PaymentMechanism.Spot, ContractAwardRoute.Framework, "2018-07-01", "2023-06-30", 32_000_000m,
                Commissioner.Naveed, "Framework of care homes with standard rates and quality premiums.")
            .Lead("Aire Valley Care Homes Ltd").Partner("Leeds Jewish Welfare Board", 3_200_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 27_000_000m).Fund("NHS-LEEDS", FundingStream.PooledSection75, 5_000_000m)
            .Extension(24, "2022-12-31", taken: "2022-11-15").Extension(24, "2024-12-31", taken: "2024-10-22")
            .Finally(ContractStatus.InExtension);

        // Youth work (MPS): six contracts from April 2020, 4 + 2, ended March 2026; six new from April 2026.
        var youth = new (string Area, string Old, string New, decimal Value)[]
        {
            ("Inner East", "Getaway Girls", "Getaway Girls", 210_000m),
            ("Inner South", "Hunslet Club", "Hunslet Club", 240_000m),
            ("Inner West", "Barca-Leeds", "Armley Youth Hub CIC", 230_000m),
            ("Outer East", "Seacroft Youth Project", "Seacroft Youth Project", 160_000m),
            ("Outer North", "Leeds Youth Work Collective CIC", "Leeds Youth Work Collective CIC", 190_000m),
            ("Outer South", "Rothwell and Morley Youth Partnership", "Rothwell and Morley Youth Partnership", 170_000m),
        };
        for (var i = 0; i < youth.Length; i++)
        {
            var (area, old, current, value) = youth[i];
            yield return new Spec($"LCC-CF-2020-{i + 21:000}", $"Youth work: {area} (2020 to 2026)", Universal, "LCC-CF",
                    AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2020-04-01", "2024-03-31", value - 10_000m,
                    Commissioner.Lucy, $"Open-access and targeted youth work in {area} Leeds.")
                .Lead(old)
                .Fund("LCC-CF", FundingStream.LccBudget, value - 10_000m)
                .Extension(24, "2023-09-30", taken: "2023-07-12")
                .Finally(ContractStatus.Ended);
            yield return new Spec($"LCC-CF-2026-{i + 1:000}", $"Youth work: {area}", Universal, "LCC-CF",
                    AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.LightTouchProcurementAct2023, "2026-04-01", "2030-03-31", value,
                    Commissioner.Lucy, $"Open-access and targeted youth work in {area} Leeds, co-designed with young people.")
                .Lead(current)
                .Fund("LCC-CF", FundingStream.LccBudget, value)
                .Extension(24, "2029-09-30")
                .Finally(ContractStatus.Live);
        }

        // SEND short breaks grants (MPS): about £550,000 a year. Ending in March 2027 with no extension.
        yield return new Spec("LCC-CF-2023-009", "Short breaks for disabled children and young people (grants)", Universal,
                "LCC-CF", AgreementType.Grant, PaymentMechanism.Block, ContractAwardRoute.GrantRound, "2023-04-01", "2027-03-31", 550_000m,
                Commissioner.Martin, "Grants to clubs and groups offering short breaks for children and young people with SEND.")
            .Lead("Leeds Short Breaks Network").Partner("Leeds Mencap", 110_000m).Subcontractor("Pyramid of Arts", 45_000m)
            .Subcontractor("Armley Youth Hub CIC", 35_000m).Subcontractor("Seacroft Youth Project", 20_000m)
            .Fund("LCC-CF", FundingStream.LccBudget, 550_000m)
            .Finally(ContractStatus.Ending);

        // Drug and alcohol service (MPS): Forward Leeds replaced 18 contracts with one.
        yield return new Spec("LCC-PH-2015-001", "Integrated drug and alcohol service (Forward Leeds)", Community, "LCC-PH",
                AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2015-06-01", "2020-05-31", 7_200_000m,
                Commissioner.Rebecca, "One integrated service replacing 18 separate contracts.")
            .Lead("Forward Leeds").Partner("Barca-Leeds", 900_000m).Partner("St Anne's Community Services", 700_000m)
            .Fund("LCC-PH", FundingStream.PublicHealthGrant, 7_200_000m)
            .Extension(24, "2019-11-30", taken: "2019-10-01")
            .Finally(ContractStatus.Ended);
        yield return new Spec("LCC-PH-2022-003", "Integrated drug and alcohol service", Community, "LCC-PH",
                AgreementType.Contract, PaymentMechanism.Blended, ContractAwardRoute.OpenTender, "2022-06-01", "2027-05-31", 6_900_000m,
                Commissioner.Rebecca, "Treatment, recovery and harm reduction for adults and young people.")
            .Lead("Forward Leeds").Partner("Barca-Leeds", 950_000m).Partner("St Anne's Community Services", 650_000m)
            .Subcontractor("Hunslet Hope Cafe", 40_000m)
            .Fund("LCC-PH", FundingStream.PublicHealthGrant, 6_400_000m).Fund("NHS-LEEDS", FundingStream.Section256, 500_000m)
            .Extension(24, "2026-11-30")
            .Finally(ContractStatus.Live);

        // Sexual health: the 2019 service and its successor chosen under the Provider Selection Regime (domain.md section 9).
        yield return new Spec("LCC-PH-2019-004", "Integrated sexual health service (2019 to 2025)", Universal, "LCC-PH",
                AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2019-07-01", "2024-06-30", 6_000_000m,
                Commissioner.Rebecca, "Contraception, testing and treatment across the city.")
            .Lead("Leeds Community Healthcare NHS Trust").Subcontractor("Basis Yorkshire", 60_000m)
            .Fund("LCC-PH", FundingStream.PublicHealthGrant, 6_000_000m)
            .Extension(12, "2023-12-31", taken: "2023-12-01")
            .Finally(ContractStatus.Ended);
        yield return new Spec("LCC-PH-2025-002", "Integrated sexual health service", Universal, "LCC-PH",
                AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.PsrMostSuitableProvider, "2025-07-01", "2030-06-30", 6_200_000m,
                Commissioner.Rebecca, "Awarded under the Provider Selection Regime's most suitable provider process.")
            .Lead("Leeds Community Healthcare NHS Trust").Subcontractor("Basis Yorkshire", 70_000m).Subcontractor("Women's Health Matters", 45_000m)
            .Fund("LCC-PH", FundingStream.PublicHealthGrant, 6_200_000m)
            .Extension(24, "2029-12-31")
            .Finally(ContractStatus.Live);

        // Healthy living: decommissioned after review.
        yield return new Spec("LCC-PH-2021-007", "Healthy living service", Universal, "LCC-PH", AgreementType.Contract,
                PaymentMechanism.PaymentByResults, ContractAwardRoute.OpenTender, "2021-04-01", "2026-03-31", 1_100_000m, Commissioner.Rebecca,
                "Weight management and stop smoking support; decommissioned at the end of its term after review, in favour of community-based healthy living grants.")
            .Lead("Better Living Leeds Ltd").Subcontractor("Hamara", 80_000m).Subcontractor("Feel Good Factor", 40_000m)
            .Fund("LCC-PH", FundingStream.PublicHealthGrant, 1_100_000m)
            .Finally(ContractStatus.Decommissioned);

        // Domestic violence.
        yield return new Spec("LCC-CHE-2022-004", "Leeds domestic violence and abuse service", Community, "LCC-CHE",
                AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2022-04-01", "2027-09-30", 1_900_000m,
                Commissioner.Naveed, "Helpline, refuge, outreach and recovery support.")
            .Lead("Leeds Women's Aid").Partner("Behind Closed Doors", 320_000m).Subcontractor("Women's Health Matters", 60_000m)
            .Subcontractor("Harehills Sisters Circle", 15_000m)
            .Fund("LCC-CHE", FundingStream.LccBudget, 1_500_000m).Fund("WY-PCC", FundingStream.OtherPartner, 250_000m)
            .Fund("NHS-LEEDS", FundingStream.CcgBudget, 150_000m)
            .Extension(24, "2027-03-31")
            .Finally(ContractStatus.Live);

        // Homelessness.
        yield return new Spec("LCC-CHE-2020-005", "Housing-related support for single homeless people", Community,
                "LCC-CHE", AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2020-10-01", "2025-09-30", 2_400_000m,
                Commissioner.Naveed, "Supported accommodation, outreach and resettlement.")
            .Lead("St George's Crypt").Partner("Simon on the Streets", 380_000m).Partner("Leeds Irish Health and Homes", 300_000m)
            .Fund("LCC-CHE", FundingStream.LccBudget, 2_400_000m)
            .Extension(24, "2025-03-31", taken: "2025-02-20")
            .Finally(ContractStatus.InExtension);

        // Dementia support (NHS, 3 + 1 + 1).
        yield return new Spec("NHS-LEEDS-2022-011", "Dementia advice and peer support", Universal, "NHS-LEEDS", AgreementType.Grant,
                PaymentMechanism.Block, ContractAwardRoute.GrantRound, "2022-04-01", "2025-03-31", 310_000m, Commissioner.Tom,
                "Dementia advisers and peer support groups for people living with dementia and their carers.")
            .Lead("Alzheimer's Society").Partner("Leeds Older People's Forum", 40_000m).Subcontractor("Roundhay African Caribbean Elders", 12_000m)
            .Fund("NHS-LEEDS", FundingStream.CcgBudget, 310_000m)
            .Extension(12, "2024-09-30", taken: "2024-09-04").Extension(12, "2025-09-30", taken: "2025-09-01")
            .Finally(ContractStatus.InExtension);

        // Befriending: ending with no extension, successor planned.
        yield return new Spec("LCC-AH-2024-012", "Befriending and social isolation grants", Community, "LCC-AH", AgreementType.Grant,
                PaymentMechanism.Block, ContractAwardRoute.GrantRound, "2024-04-01", "2027-03-31", 180_000m, Commissioner.Priya,
                "Small grants for befriending, lunch clubs and telephone friendship.")
            .Lead("Age UK Leeds").Subcontractor("Gipton Tea and Talk", 11_000m).Subcontractor("Middleton Walking Friends", 6_000m)
            .Subcontractor("Pudsey Bereavement Circle", 9_000m).Subcontractor("Seacroft Community Gardeners", 7_500m)
            .Fund("LCC-AH", FundingStream.LccBudget, 150_000m).FundPartner("Leeds Community Foundation", FundingStream.OtherPartner, 30_000m)
            .Finally(ContractStatus.Ending);
        yield return new Spec("LCC-AH-2026-030", "Befriending and social isolation grants (2027 to 2030)", Community, "LCC-AH",
                AgreementType.Grant, PaymentMechanism.Block, ContractAwardRoute.GrantRound, "2027-04-01", "2030-03-31", 200_000m, Commissioner.Priya,
                "Next round of befriending grants, with a maximum grant of £20,000 so small groups can apply (Keep it Local).")
            .Fund("LCC-AH", FundingStream.LccBudget, 170_000m).FundPartner("Leeds Community Foundation", FundingStream.OtherPartner, 30_000m)
            .Finally(ContractStatus.Planned);

        // Mental health crisis (NHS).
        yield return new Spec("NHS-LEEDS-2021-004", "Survivor-led crisis service", Community, "NHS-LEEDS", AgreementType.Contract,
                PaymentMechanism.Block, ContractAwardRoute.OpenTender, "2021-04-01", "2026-03-31", 720_000m, Commissioner.Tom,
                "Out-of-hours crisis support, including a place of safety, run by people with lived experience.")
            .Lead("Leeds Survivor-Led Crisis Service")
            .Fund("NHS-LEEDS", FundingStream.CcgBudget, 720_000m)
            .Extension(24, "2025-09-30", taken: "2025-06-19")
            .Finally(ContractStatus.InExtension);

        // Community equipment (pooled section 75 budget, domain.md section 2).
        yield return new Spec("LCC-AH-2020-009", "Community equipment service", Independent, "LCC-AH",
                AgreementType.Section75Agreement, PaymentMechanism.CostAndVolume, ContractAwardRoute.DirectAwardCprWaiver, "2020-04-01", "2025-03-31",
                4_000_000m, Commissioner.Naveed, "Equipment for daily living and nursing, from a £4m pooled budget.")
            .Lead("Leeds Community Healthcare NHS Trust")
            .Fund("LCC-AH", FundingStream.PooledSection75, 2_200_000m).Fund("NHS-LEEDS", FundingStream.PooledSection75, 1_800_000m)
            .Extension(36, "2024-09-30", taken: "2024-07-01")
            .Finally(ContractStatus.InExtension);

        // Learning disability day opportunities.
        yield return new Spec("LCC-AH-2023-007", "Learning disability day opportunities", Community, "LCC-AH",
                AgreementType.Contract, PaymentMechanism.CostAndVolume, ContractAwardRoute.OpenTender, "2023-10-01", "2028-09-30", 1_600_000m,
                Commissioner.Claire, "Community-based day opportunities for adults with a learning disability.")
            .Lead("Leeds Mencap").Partner("Pyramid of Arts", 110_000m).Subcontractor("Beeston Men's Shed CIC", 14_000m)
            .Subcontractor("Kirkstall Allotment Wellbeing Project", 8_000m)
            .Fund("LCC-AH", FundingStream.LccBudget, 1_200_000m).Fund("NHS-LEEDS", FundingStream.PooledSection75, 400_000m)
            .Extension(24, "2028-03-31")
            .Finally(ContractStatus.Live);

        // Home from hospital (NHS, Provider Selection Regime direct award C).
        yield return new Spec("NHS-LEEDS-2024-002", "Home from hospital", Independent, "NHS-LEEDS", AgreementType.Contract,
                PaymentMechanism.Block, ContractAwardRoute.PsrDirectAwardC, "2024-07-01", "2027-06-30", 420_000m, Commissioner.Tom,
                "Practical and emotional support for older people in the first weeks after leaving hospital.")
            .Lead("Leeds Irish Health and Homes").Partner("Age UK Leeds", 120_000m)
            .Fund("NHS-LEEDS", FundingStream.BetterCareFund, 420_000m)
            .Finally(ContractStatus.Live);

        // Children's emotional wellbeing (NHS, PSR competitive): awarded and mobilising.
        yield return new Spec("NHS-LEEDS-2026-005", "Emotional wellbeing support in schools", Community, "NHS-LEEDS",
                AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.PsrCompetitive, "2027-01-01", "2029-12-31", 650_000m, Commissioner.Tom,
                "Early help for children and young people's mental health in schools and clusters.")
            .Lead("Northern Pathways CIC").Subcontractor("The Market Place", 90_000m)
            .Fund("NHS-LEEDS", FundingStream.CcgBudget, 500_000m).Fund("LCC-CF", FundingStream.LccBudget, 150_000m)
            .Extension(12, "2029-06-30")
            .Finally(ContractStatus.Mobilising);

        // Hoarding support: awarded, not yet mobilising.
        yield return new Spec("LCC-CHE-2026-014", "Hoarding support service", Community, "LCC-CHE",
                AgreementType.Contract, PaymentMechanism.Block, ContractAwardRoute.LightTouchProcurementAct2023, "2027-02-01", "2030-01-31", 95_000m,
                Commissioner.Naveed, "Practical and emotional support to help people who hoard keep their tenancies.")
            .Lead("Clearway Support CIC")
            .Fund("LCC-CHE", FundingStream.LccBudget, 95_000m)
            .Finally(ContractStatus.Awarded);

        // Third sector infrastructure (grant).
        yield return new Spec("LCC-CHE-2022-001", "Third sector infrastructure support", Universal,
                "LCC-CHE", AgreementType.Grant, PaymentMechanism.Block, ContractAwardRoute.GrantRound, "2022-04-01", "2027-03-31", 500_000m,
                Commissioner.Naveed, "Development support, volunteering and a collective voice for the city's third sector.")
            .Lead("Voluntary Action Leeds").Partner("Leeds Older People's Forum", 90_000m).Partner("Kirkstall Valley Development Trust", 30_000m)
            .Fund("LCC-CHE", FundingStream.LccBudget, 400_000m).Fund("NHS-LEEDS", FundingStream.CcgBudget, 100_000m)
            .Extension(12, "2026-09-30", taken: "2026-09-15")
            .Finally(ContractStatus.InExtension);

        // Healthy living grants that replaced the decommissioned service: planned.
        yield return new Spec("LCC-PH-2026-011", "Community healthy living grants", Universal, "LCC-PH", AgreementType.Grant,
                PaymentMechanism.Block, ContractAwardRoute.GrantRound, "2027-04-01", "2030-03-31", 600_000m, Commissioner.Rebecca,
                "Grants for community-led healthy living in the most deprived neighbourhoods.")
            .Finally(ContractStatus.Planned);
    }

    /// <summary>The provider of the West Yorkshire Appropriate Adult Service (MPS: "The AA Service (TAAS)").</summary>
    internal const string TaasName = "The AA Service (TAAS)";

    /// <summary>The four independent sector providers of the interim carers' short breaks (fictional names; MPS section 5.3.1).</summary>
    internal static readonly string[] ShortBreaksInterimProviders =
        ["Yorkshire Homecare Ltd", "Kirkgate Home Support Ltd", "Wharfedale Sitting Services Ltd", "Calder Care at Home Ltd"];

    /// <summary>Six interim contracts, 1 May to 31 October 2019, worth £564,720 together over their six months.</summary>
    private static IEnumerable<Spec> CarersShortBreaksInterim()
    {
        var contracts = new (string Provider, decimal SixMonths)[]
        {
            (ShortBreaksInterimProviders[0], 120_000m),
            (ShortBreaksInterimProviders[1], 110_000m),
            (ShortBreaksInterimProviders[2], 98_000m),
            (ShortBreaksInterimProviders[3], 90_000m),
            (ShortBreaksInterimProviders[0], 80_000m),
            (ShortBreaksInterimProviders[1], 66_720m),
        };
        for (var i = 0; i < contracts.Length; i++)
        {
            var (provider, sixMonths) = contracts[i];
            var annual = sixMonths * 2;
            yield return new Spec($"LCC-AH-2019-{i + 41:000}", $"Carers' short breaks (interim contract {i + 1} of 6)", Independent, "LCC-AH",
                    AgreementType.Contract, PaymentMechanism.CostAndVolume, ContractAwardRoute.Framework, "2019-05-01", "2019-10-31", annual,
                    Commissioner.Claire, "Interim community based short breaks for carers while the new service was procured: one of six interim " +
                    "contracts with four independent sector providers, expiring on 31 October 2019.")
                .Lead(provider)
                .Fund("LCC-AH", FundingStream.LccBudget, annual)
                .Finally(ContractStatus.Ended);
        }
    }

    /// <summary>Fictional commissioners (the demo accounts' names where there is one).</summary>
    internal static class Commissioner
    {
        public const string Priya = "Priya Shah";
        public const string Tom = "Tom Bennett";
        public const string Martin = "Martin Hughes";
        public const string Claire = "Claire Dawson";
        public const string Naveed = "Naveed Iqbal";
        public const string Rebecca = "Rebecca Stones";
        public const string Lucy = "Lucy Marsh";
    }

    /// <summary>One demo contract, built through the domain's methods by <see cref="Build"/>.</summary>
    internal sealed class Spec(
        string reference, string title, ServiceArea area, string organisationCode, AgreementType agreement,
        PaymentMechanism payment, ContractAwardRoute route, string start, string end, decimal annualValue, string commissioner,
        string description)
    {
        private readonly List<(string Name, ProviderRole Role, decimal Share)> _providers = [];
        private readonly List<(string Funder, bool IsOrganisation, FundingStream Stream, decimal Amount)> _funding = [];
        private readonly List<(int Months, string DecideBy, string? Taken, string? Declined)> _extensions = [];
        private ContractStatus _status = ContractStatus.Planned;
        private decimal? _requiredSmallShare;

        public string Reference => reference;

        public Spec Lead(string name) => Add(name, ProviderRole.Lead, 0m);

        public Spec Partner(string name, decimal share) => Add(name, ProviderRole.Partner, share);

        public Spec Subcontractor(string name, decimal share) => Add(name, ProviderRole.Subcontractor, share);

        public Spec Fund(string organisationCode, FundingStream stream, decimal amount)
        {
            _funding.Add((organisationCode, true, stream, amount));
            return this;
        }

        public Spec FundPartner(string partnerName, FundingStream stream, decimal amount)
        {
            _funding.Add((partnerName, false, stream, amount));
            return this;
        }

        public Spec Extension(int months, string decideBy, string? taken = null, string? declined = null)
        {
            _extensions.Add((months, decideBy, taken, declined));
            return this;
        }

        public Spec RequiresSmallShare(decimal percentage)
        {
            _requiredSmallShare = percentage;
            return this;
        }

        public Spec Finally(ContractStatus status)
        {
            _status = status;
            return this;
        }

        public Contract Build(
            IReadOnlyDictionary<string, int> organisations, IReadOnlyDictionary<string, Provider> providers,
            IReadOnlyDictionary<string, string> commissionerUserIds)
        {
            var contract = new Contract(reference, title, area, organisations[organisationCode], agreement, payment, route,
                Date(start), Date(end), annualValue);
            contract.UpdateSummary(reference, title, description, area, organisations[organisationCode], agreement, payment, route);
            contract.AssignCommissioner(commissionerUserIds.GetValueOrDefault(commissioner), commissioner);
            contract.RequireSmallShare(_requiredSmallShare);
            contract.SetProviders(_providers.Select(p => new ContractProviderLine(providers[p.Name], p.Role, p.Share)));
            contract.SetFunding(_funding.Select(f => f.IsOrganisation
                ? FundingLine.FromOrganisation(organisations[f.Funder], f.Stream, f.Amount)
                : FundingLine.FromPartner(f.Funder, f.Stream, f.Amount)));

            // Walk the lifecycle as the commissioners would have.
            foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
            {
                if (contract.Status == _status)
                {
                    break;
                }

                contract.MoveTo(step);
            }

            foreach (var (months, decideBy, taken, declined) in _extensions)
            {
                var extension = contract.AddExtension(months, Date(decideBy));
                if (taken is not null)
                {
                    contract.TakeExtension(extension.Number, Date(taken));
                }
                else if (declined is not null)
                {
                    contract.DeclineExtension(extension.Number, Date(declined));
                }
            }

            if (_status is ContractStatus.Ending or ContractStatus.Ended && contract.Status != ContractStatus.Ending)
            {
                contract.MoveTo(ContractStatus.Ending);
            }

            if (contract.Status != _status)
            {
                contract.MoveTo(_status);
            }

            return contract;
        }

        private Spec Add(string name, ProviderRole role, decimal share)
        {
            _providers.Add((name, role, share));
            return this;
        }

        private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
