using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// The demo providers: real Leeds organisations named in public documents (figures are illustrative,
/// not their accounts, and they carry no registration numbers so none is mis-attributed) and fictional
/// small community groups and companies (with fictional 1999xxx charity and 99xxxxxx company numbers).
/// Contacts are fictional people with example.org addresses and Ofcom's drama phone numbers.
/// </summary>
internal static class DemoProviders
{
    /// <summary>"*" is every ward; "NE", "SE", "WNW" a whole locality; otherwise ward names separated by "|".</summary>
    internal sealed record Seed(
        string Name, ProviderType Type, decimal Income, bool LeedsBased, VettingStatus Vetting, string? VettingDate,
        string Wards, string Description, string? Charity = null, string? Company = null, params CqcSeed[] Cqc);

    internal sealed record CqcSeed(string Name, string LocationId, CqcRating Rating, string? Date);

    private const ProviderType Charity = ProviderType.RegisteredCharity;
    private const ProviderType Cic = ProviderType.CommunityInterestCompany;
    private const VettingStatus Vetted = VettingStatus.Vetted;
    private const VettingStatus Pending = VettingStatus.Pending;
    private const VettingStatus Lapsed = VettingStatus.Lapsed;
    private const VettingStatus NotVetted = VettingStatus.NotVetted;

    /// <summary>The 16 small community subcontractors of Live Well Leeds (domain.md section 8) and their annual shares.</summary>
    public static IReadOnlyList<(string Name, decimal Share)> LiveWellLeedsSubcontractors { get; } =
    [
        (DemoData.SmallProviderName, 38_000m),
        ("Harehills Sisters Circle", 32_000m),
        ("Beeston Men's Shed CIC", 30_000m),
        ("Richmond Hill Wellbeing Allotment", 28_000m),
        ("Armley Peer Support Group", 27_000m),
        ("Farsley Green Minds CIC", 26_000m),
        ("Burmantofts Art and Wellbeing", 25_000m),
        ("Hyde Park Student Listeners", 25_000m),
        ("Bramley Carers and Friends", 24_000m),
        ("Cross Gates Listening Circle", 22_000m),
        ("Hunslet Hope Cafe", 22_000m),
        ("Gipton Tea and Talk", 21_000m),
        ("Morley Moves CIC", 20_000m),
        ("Pudsey Bereavement Circle", 18_000m),
        ("Holbeck Lantern Project", 17_000m),
        ("Roundhay African Caribbean Elders", 15_000m),
    ];

    public static IReadOnlyList<Seed> All { get; } =
    [
        // Live Well Leeds: the lead, its two partners and the 16 small community subcontractors.
        new(DemoData.LeadProviderName, Charity, 18_400_000m, false, Vetted, "2025-03-12", "*",
            "A charity providing mental health, wellbeing and housing support across the North of England. Lead provider of Live Well Leeds."),
        new("Leeds Mind", Charity, 4_200_000m, true, Vetted, "2025-06-02", "*",
            "Mental health support, counselling and wellbeing services for people in Leeds."),
        new("Touchstone", Charity, 7_800_000m, true, Vetted, "2024-11-20", "*",
            "Mental health and wellbeing services with a focus on Black, Asian and minority ethnic communities."),
        new(DemoData.SmallProviderName, Cic, 62_000m, true, Vetted, "2026-02-10", "Chapel Allerton|Gipton & Harehills",
            "Peer-led wellbeing groups, walking and wellbeing cafes in Chapeltown and Harehills.", null, "99000101"),
        new("Harehills Sisters Circle", Charity, 48_500m, true, Vetted, "2025-09-15", "Gipton & Harehills",
            "Women's wellbeing and English conversation groups.", "1999102"),
        new("Beeston Men's Shed CIC", Cic, 52_000m, true, Vetted, "2025-05-01", "Beeston & Holbeck",
            "A workshop where men meet, make and talk.", null, "99000103"),
        new("Seacroft Community Gardeners", Charity, 8_400m, true, Pending, "2026-10-03", "Killingbeck & Seacroft",
            "Community growing and green wellbeing sessions.", "1999104"),
        new("Armley Peer Support Group", Charity, 35_000m, true, Vetted, "2025-01-20", "Armley|Farnley & Wortley",
            "Peer support groups for people living with anxiety and depression.", "1999105"),
        new("Middleton Walking Friends", Charity, 6_200m, true, Vetted, "2024-07-08", "Middleton Park|Ardsley & Robin Hood",
            "Weekly health walks and social groups.", "1999106"),
        new("Burmantofts Art and Wellbeing", Cic, 54_000m, true, Lapsed, "2026-08-31", "Burmantofts & Richmond Hill",
            "Creative arts for mental wellbeing.", null, "99000107"),
        new("Hyde Park Student Listeners", Charity, 41_500m, true, Vetted, "2025-10-12", "Headingley & Hyde Park|Little London & Woodhouse",
            "Volunteer listening service run by and for young people.", "1999108"),
        new("Bramley Carers and Friends", Charity, 58_000m, true, Vetted, "2025-04-22", "Bramley & Stanningley|Calverley & Farsley",
            "Support and social activities for carers.", "1999109"),
        new("Kirkstall Allotment Wellbeing Project", Charity, 9_600m, true, NotVetted, null, "Kirkstall",
            "Allotment-based therapeutic gardening.", "1999110"),
        new("Hunslet Hope Cafe", Cic, 73_000m, true, Vetted, "2026-01-30", "Hunslet & Riverside",
            "A community cafe offering peer support and signposting.", null, "99000111"),
        new("Gipton Tea and Talk", Charity, 35_200m, true, Pending, "2026-11-02", "Gipton & Harehills|Killingbeck & Seacroft",
            "Drop-in social groups for people who feel isolated.", "1999112"),
        new("Morley Moves CIC", Cic, 88_000m, true, Vetted, "2025-12-05", "Morley North|Morley South",
            "Movement, dance and wellbeing classes.", null, "99000113"),
        new("Pudsey Bereavement Circle", Charity, 29_600m, true, Vetted, "2024-09-18", "Pudsey",
            "Bereavement peer support.", "1999114"),
        new("Holbeck Lantern Project", Charity, 31_000m, true, Vetted, "2025-08-27", "Beeston & Holbeck|Hunslet & Riverside",
            "Creative community projects for people recovering from mental ill health.", "1999115"),
        new("Roundhay African Caribbean Elders", Charity, 30_400m, true, Vetted, "2025-02-14", "Roundhay|Chapel Allerton",
            "Lunch club and wellbeing activities for African Caribbean elders.", "1999116"),

        // Named Leeds organisations from the sources and the brief.
        new("Barca-Leeds", Charity, 6_100_000m, true, Vetted, "2025-07-01", "WNW",
            "Community support, young people's services and recovery services in west Leeds."),
        new("Carers Leeds", Charity, 2_300_000m, true, Vetted, "2025-03-03", "*",
            "Information, advice and support for unpaid carers in Leeds."),
        new("Forward Leeds", ProviderType.Consortium, 9_500_000m, true, Vetted, "2024-12-09", "*",
            "Leeds' alcohol and drug service: a partnership of specialist providers."),
        new("Leeds Older People's Forum", Charity, 1_600_000m, true, Vetted, "2025-05-19", "*",
            "An umbrella body for organisations working with older people in Leeds."),
        new("Age UK Leeds", Charity, 3_400_000m, true, Vetted, "2025-11-11", "*",
            "Information, advice, befriending and support for older people."),
        new("Leeds Mencap", Charity, 2_100_000m, true, Vetted, "2024-10-30", "*",
            "Support for people with a learning disability and their families."),
        new("Advonet", Charity, 1_200_000m, true, Vetted, "2025-01-07", "*",
            "Independent advocacy for people in Leeds."),
        new("Women's Health Matters", Charity, 620_000m, true, Vetted, "2025-06-24", "SE|Gipton & Harehills",
            "Health and wellbeing support for women and girls."),
        new("Basis Yorkshire", Charity, 950_000m, true, Vetted, "2025-04-04", "Hunslet & Riverside|Little London & Woodhouse",
            "Support for women and young people involved in sex work or exploitation."),
        new("St George's Crypt", Charity, 3_900_000m, true, Vetted, "2025-02-26", "*",
            "Emergency accommodation and recovery support for homeless people."),
        new("Getaway Girls", Charity, 780_000m, true, Vetted, "2025-09-03", "NE|SE",
            "Youth work for girls and young women."),
        new("Leeds Irish Health and Homes", Charity, 2_900_000m, true, Vetted, "2025-10-16", "*",
            "Health, housing and care for the Irish community and others in Leeds.", null, null,
            new CqcSeed("Leeds Irish Health and Homes Home Care", "1-9990000011", CqcRating.Good, "2024-05-14")),
        new("Hamara", Charity, 1_050_000m, true, Vetted, "2025-03-28", "Beeston & Holbeck|Hunslet & Riverside|Middleton Park",
            "A healthy living centre serving South Asian and other communities in south Leeds."),
        new("Leeds Jewish Welfare Board", Charity, 11_500_000m, true, Vetted, "2024-06-12", "NE|Weetwood|Adel & Wharfedale",
            "Social care, mental health and community support.", null, null,
            new CqcSeed("Donisthorpe Court", "1-9990000021", CqcRating.Good, "2025-01-22"),
            new CqcSeed("LJWB Home Care", "1-9990000022", CqcRating.Outstanding, "2023-11-08")),
        new("Feel Good Factor", Charity, 430_000m, true, Vetted, "2025-07-21", "Chapel Allerton|Gipton & Harehills",
            "A Neighbourhood Network and health and wellbeing centre in Chapeltown."),
        new("Kirkstall Valley Development Trust", Charity, 260_000m, true, Pending, "2026-11-10", "Kirkstall|Armley|Bramley & Stanningley",
            "Community development in the Kirkstall valley."),
        new("The Market Place", Charity, 720_000m, true, Vetted, "2025-04-09", "*",
            "Counselling and support for young people aged 11 to 25."),
        new("National Development Team for Inclusion", Charity, 2_600_000m, false, NotVetted, null, "*",
            "A national not-for-profit working on inclusion, commissioning and co-production."),
        new(DemoContracts.TaasName, ProviderType.Company, 650_000m, false, NotVetted, null, "*",
            "The West Yorkshire Appropriate Adult Service, delivered via a network of volunteers (MPS)."),
        new("Leeds Community Healthcare NHS Trust", ProviderType.NhsTrust, 210_000_000m, true, NotVetted, null, "*",
            "Community health services for Leeds.", null, null,
            new CqcSeed("Leeds Community Healthcare NHS Trust Headquarters", "1-9990000031", CqcRating.Good, "2024-03-19")),
        new("Leeds and York Partnership NHS Foundation Trust", ProviderType.NhsTrust, 250_000_000m, true, NotVetted, null, "*",
            "Specialist mental health and learning disability services.", null, null,
            new CqcSeed("Becklin Centre", "1-9990000041", CqcRating.RequiresImprovement, "2024-09-02")),
        new("Leeds Women's Aid", Charity, 3_100_000m, true, Vetted, "2025-05-30", "*",
            "Support and refuge for women and children affected by domestic violence."),
        new("Behind Closed Doors", Charity, 540_000m, true, Vetted, "2025-08-08", "*",
            "Domestic abuse support for women and men in Leeds."),
        new("Simon on the Streets", Charity, 1_300_000m, true, Vetted, "2025-01-28", "*",
            "Outreach and emotional support for people sleeping rough."),
        new("Leeds Survivor-Led Crisis Service", Charity, 1_100_000m, true, Vetted, "2025-03-14", "*",
            "Out-of-hours crisis support, including Dial House, run by people with lived experience."),
        new("Voluntary Action Leeds", Charity, 2_400_000m, true, Vetted, "2024-12-02", "*",
            "Support and infrastructure for the voluntary, community and faith sector."),
        new("Alzheimer's Society", Charity, 120_000_000m, false, Vetted, "2025-02-11", "*",
            "Information and support for people affected by dementia."),
        new("Leeds Neighbourhood Networks Partnership", ProviderType.Consortium, 3_300_000m, true, Vetted, "2025-09-29", "*",
            "A consortium of the city's Neighbourhood Network schemes for older people."),
        new("Bramley Elderly Action", Charity, 420_000m, true, Vetted, "2025-06-06", "Bramley & Stanningley",
            "A Neighbourhood Network for older people in Bramley."),
        new("Holbeck Elderly Aid", Charity, 310_000m, true, Vetted, "2025-06-06", "Beeston & Holbeck",
            "A Neighbourhood Network for older people in Holbeck."),
        new("Middleton Elderly Aid", Charity, 380_000m, true, Vetted, "2025-06-06", "Middleton Park",
            "A Neighbourhood Network for older people in Middleton."),
        new("Moor Allerton Elderly Care", Charity, 470_000m, true, Vetted, "2025-06-06", "Moortown|Alwoodley",
            "A Neighbourhood Network for older people in Moor Allerton."),
        new("Caring Together in Woodhouse and Little London", Charity, 290_000m, true, Vetted, "2025-06-06", "Little London & Woodhouse",
            "A Neighbourhood Network for older people in Woodhouse and Little London."),
        new("St Anne's Community Services", Charity, 14_000_000m, false, Vetted, "2024-08-15", "*",
            "Support for people with mental health needs, learning disabilities and substance misuse."),
        new("Pyramid of Arts", Charity, 240_000m, true, Vetted, "2025-10-01", "*",
            "Arts opportunities for people with learning disabilities."),
        new("Hunslet Club", Charity, 900_000m, true, Vetted, "2025-04-16", "Hunslet & Riverside|Beeston & Holbeck",
            "A youth club for young people in south Leeds."),
        new("Seacroft Youth Project", Charity, 215_000m, true, Vetted, "2025-11-21", "Killingbeck & Seacroft|Cross Gates & Whinmoor",
            "Detached and centre-based youth work in Seacroft.", "1999201"),
        new("Armley Youth Hub CIC", Cic, 310_000m, true, Vetted, "2025-07-11", "Armley|Bramley & Stanningley|Farnley & Wortley",
            "Youth work and holiday activities in west Leeds.", null, "99000202"),
        new("Leeds Youth Work Collective CIC", Cic, 410_000m, true, Vetted, "2025-05-09", "WNW|Harewood|Wetherby",
            "Youth work in outer north Leeds.", null, "99000203"),
        new("Rothwell and Morley Youth Partnership", Charity, 205_000m, true, Pending, "2026-09-12", "Rothwell|Morley North|Morley South|Ardsley & Robin Hood",
            "Youth clubs and outreach in outer south Leeds.", "1999204"),
        new("Aire Valley Care Homes Ltd", ProviderType.Company, 34_000_000m, false, NotVetted, null, "SE|Pudsey",
            "A care home group with nursing and residential homes in Leeds.", null, "99000401",
            new CqcSeed("Temple View Nursing Home", "1-9990000051", CqcRating.Good, "2025-04-03"),
            new CqcSeed("Rothwell Grange Care Home", "1-9990000052", CqcRating.RequiresImprovement, "2025-10-21"),
            new CqcSeed("Pudsey Park Lodge", "1-9990000053", CqcRating.NotYetRated, null)),
        new("Yorkshire Homecare Ltd", ProviderType.Company, 38_000_000m, false, NotVetted, null, "*",
            "Home care across West Yorkshire.", null, "99000402",
            new CqcSeed("Yorkshire Homecare Leeds Branch", "1-9990000061", CqcRating.Good, "2024-07-30")),
        new("Better Living Leeds Ltd", ProviderType.Company, 1_400_000m, true, NotVetted, null, "*",
            "Healthy living and weight management programmes.", null, "99000403"),
        new("Northern Pathways CIC", Cic, 640_000m, true, Vetted, "2026-06-18", "*",
            "Emotional wellbeing support for children and young people in schools.", null, "99000404"),
        new("Clearway Support CIC", Cic, 120_000m, true, Pending, "2026-10-27", "NE|SE",
            "Practical and emotional support for people who hoard.", null, "99000405"),
        new("Leeds Short Breaks Network", ProviderType.Consortium, 980_000m, true, Vetted, "2025-08-19", "*",
            "A consortium of clubs offering short breaks for disabled children and young people."),
        new("Richmond Hill Wellbeing Allotment", Charity, 36_500m, true, Vetted, "2025-07-14", "Burmantofts & Richmond Hill",
            "Growing, cooking and talking together for people with low mood.", "1999117"),
        new("Farsley Green Minds CIC", Cic, 33_800m, true, Vetted, "2025-03-19", "Calverley & Farsley|Pudsey",
            "Outdoor wellbeing groups and peer support.", null, "99000118"),
        new("Cross Gates Listening Circle", Charity, 27_900m, true, Vetted, "2024-12-11", "Cross Gates & Whinmoor",
            "A volunteer listening service and drop-in.", "1999119"),
        new("Kirkgate Home Support Ltd", ProviderType.Company, 4_200_000m, true, NotVetted, null, "*",
            "Home care and community based short breaks (sitting services) for carers in Leeds.", null, "99000406",
            new CqcSeed("Kirkgate Home Support", "1-9990000071", CqcRating.Good, "2025-02-27")),
        new("Wharfedale Sitting Services Ltd", ProviderType.Company, 2_600_000m, true, NotVetted, null, "WNW|NE",
            "Sitting services and short breaks at home for carers.", null, "99000407",
            new CqcSeed("Wharfedale Sitting Services", "1-9990000081", CqcRating.Good, "2024-08-20")),
        new("Calder Care at Home Ltd", ProviderType.Company, 3_100_000m, false, NotVetted, null, "SE|WNW",
            "Home care and respite at home across West Yorkshire.", null, "99000408",
            new CqcSeed("Calder Care at Home Leeds", "1-9990000091", CqcRating.RequiresImprovement, "2025-06-05")),
    ];

    private static readonly string[] FirstNames =
    [
        "Amira", "Ben", "Chloe", "Daniel", "Esther", "Farhan", "Gemma", "Harry", "Imran", "Jess",
        "Kwame", "Laura", "Mohammed", "Nadia", "Owen", "Patience", "Rosa", "Simon", "Tariq", "Zoe",
    ];

    private static readonly string[] LastNames =
    [
        "Ahmed", "Brook", "Clarke", "Dixon", "Evans", "Fletcher", "Gill", "Hussain", "Ibbotson", "Jones",
        "Kaur", "Lister", "Mensah", "Nowak", "O'Brien", "Patel", "Quinn", "Rhodes", "Sutcliffe", "Thornton",
        "Umar", "Walsh", "Yates",
    ];

    /// <summary>Two fictional contacts per provider, deterministic by position.</summary>
    public static IEnumerable<ProviderContact> ContactsFor(int index, ProviderType type, decimal income)
    {
        var small = SizeBands.IsSmall(SizeBands.For(income));
        for (var k = 0; k < 2; k++)
        {
            var n = (index * 2) + k;
            var first = FirstNames[n % FirstNames.Length];
            var last = LastNames[n % LastNames.Length];
            var role = (k, small, type) switch
            {
                (0, true, _) => "Coordinator",
                (0, _, ProviderType.NhsTrust) => "Head of contracting",
                (0, _, _) => "Chief executive",
                (_, true, _) => "Volunteer lead",
                _ => "Contracts manager",
            };
            var email = $"{first}.{last}".Replace("'", "", StringComparison.Ordinal).ToLowerInvariant() + "@example.org";
            yield return new ProviderContact($"{first} {last}", role, email, $"0113 496 0{n:000}");
        }
    }
}
