using System.Diagnostics;
using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Benchmarks;

/// <summary>What the generator added (on top of the app's own demo data).</summary>
public sealed record SeedSummary(
    int Providers, int ProviderWards, int Contracts, int ContractProviders, int FundingLines, int Extensions,
    int Opportunities, int Lots, int OpenOpportunities, TimeSpan Elapsed);

/// <summary>
/// A region's register, made up but shaped like the real one: providers of every type and size across
/// Leeds' wards, contracts with leads, partners, subcontractors, funders and extensions in every lifecycle
/// status, and opportunities in lots at every stage. Deterministic: one <see cref="Random"/> with a fixed
/// seed and a fixed clock, so every run measures the same data. Every entity is built through the domain's
/// constructors and methods, as <see cref="DemoData"/> does, so every rule a user meets holds.
/// <para>
/// Inserted in batches, each in a fresh DbContext with change detection off, without the audit
/// interceptor: this is a data load like an import, not people's changes (so the audit table stays small).
/// </para>
/// </summary>
public static class RegionalData
{
    public const int Seed = 20_261_126;

    private const int ProviderBatch = 500;
    private const int ContractBatch = 1_000;

    private static readonly string[] Places =
    [
        "Armley", "Beeston", "Bramley", "Chapeltown", "Harehills", "Seacroft", "Hunslet", "Holbeck", "Headingley", "Kirkstall",
        "Meanwood", "Middleton", "Morley", "Otley", "Pudsey", "Rothwell", "Wetherby", "Garforth", "Horsforth", "Yeadon",
        "Gipton", "Halton Moor", "Burmantofts", "Little London", "Woodhouse", "Hyde Park", "Belle Isle", "Farsley", "Guiseley",
        "Cross Gates", "Swarcliffe", "Killingbeck", "Moortown", "Roundhay", "Alwoodley", "Adel", "Ardsley", "Drighlington",
        "Holt Park", "Lincoln Green",
    ];

    private static readonly string[] Themes =
    [
        "Community", "Wellbeing", "Youth", "Carers", "Elderly Action", "Mental Health", "Family Support", "Arts", "Advice",
        "Housing Support", "Recovery", "Women's Centre", "Men's Shed", "Neighbourhood Network", "Disability Action",
        "Refugee Welcome", "Food Network", "Befriending", "Sports", "Learning", "Dementia Support", "Peer Support", "Play",
        "Counselling", "Allotment",
    ];

    private static readonly Dictionary<ProviderType, string[]> Suffixes = new()
    {
        [ProviderType.RegisteredCharity] = ["Trust", "Association", "Project", "Network", "Foundation", "Society"],
        [ProviderType.CommunityInterestCompany] = ["CIC", "Hub CIC", "Collective CIC"],
        [ProviderType.Company] = ["Ltd", "Services Ltd", "Care Ltd"],
        [ProviderType.Consortium] = ["Consortium", "Partnership"],
        [ProviderType.NhsTrust] = ["Community Health NHS Trust"],
        [ProviderType.PublicBody] = ["Council Services", "Public Services"],
    };

    private static readonly Dictionary<ServiceArea, string[]> Services = new()
    {
        [ServiceArea.UniversalPreventionAndEarlyIntervention] = ["Neighbourhood network", "Youth work", "Independent advocacy", "Healthy living", "Information and advice", "Third sector infrastructure support"],
        [ServiceArea.SupportInTheCommunity] = ["Community mental health support", "Drug and alcohol recovery", "Housing-related support", "Domestic abuse outreach", "Befriending for older people", "Day opportunities"],
        [ServiceArea.SupportToLiveIndependently] = ["Home care", "Carers' short breaks", "Equipment and adaptations", "Home from hospital", "Supported living"],
        [ServiceArea.PrimaryAndExtendedCare] = ["Community nursing", "Extended access to primary care", "Intermediate care"],
        [ServiceArea.SupportedAccommodation] = ["Residential care", "Nursing care", "Children's residential placements", "Extra care housing"],
    };

    private static readonly string[] Commissioners =
    [
        "Priya Shah", "Tom Bennett", "Martin Hughes", "Claire Dawson", "Naveed Iqbal", "Rebecca Stones", "Lucy Marsh",
        "Owen Fairclough", "Sadia Hussain", "Mark Oduya", "Jenny Lister", "Ravi Patel",
    ];

    private static readonly string[] PartnerFunders =
    [
        "National Lottery Community Fund", "Leeds Community Foundation", "West Yorkshire Combined Authority",
        "Sport England", "Arts Council England", "Leeds Teaching Hospitals Charity",
    ];

    private static readonly (int Price, int Quality, int SocialValue)[] Weights = [(40, 50, 10), (30, 55, 15), (50, 40, 10), (20, 60, 20), (40, 45, 15)];

    public static async Task<SeedSummary> SeedAsync(string connectionString, Scale scale, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(Seed);
        var today = UkTime.DateOf(nowUtc);
        References references;
        await using (var db = NewContext(connectionString))
        {
            references = await References.LoadAsync(db, cancellationToken);
        }

        var (providers, providerWards) = await AddProvidersAsync(connectionString, scale.Providers, random, references, cancellationToken);
        var contracts = await AddContractsAsync(connectionString, scale.Contracts, random, references, today, cancellationToken);
        var opportunities = await AddOpportunitiesAsync(connectionString, scale.Opportunities, random, references, nowUtc, cancellationToken);
        return new SeedSummary(providers, providerWards, contracts.Contracts, contracts.Parts, contracts.Funding, contracts.Extensions,
            opportunities.Opportunities, opportunities.Lots, opportunities.Open, stopwatch.Elapsed);
    }

    /// <summary>The app's own DbContext and provider set-up (the real model and migrations), without the audit interceptor.</summary>
    public static CommissioningDbContext NewContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<CommissioningDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, connectionString);
        var db = new CommissioningDbContext(options.Options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }

    // ------------------------------------------------------------------ providers

    private static async Task<(int Providers, int Wards)> AddProvidersAsync(
        string connectionString, int count, Random random, References references, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(references.ProviderNames, StringComparer.OrdinalIgnoreCase);
        var wardLinks = 0;
        for (var done = 0; done < count; done += ProviderBatch)
        {
            await using var db = NewContext(connectionString);
            db.Wards.AttachRange(references.Wards);
            var batch = Enumerable.Range(0, Math.Min(ProviderBatch, count - done)).Select(_ => NewProvider(random, references, names)).ToList();
            wardLinks += batch.Sum(p => p.Wards.Count);
            db.Providers.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
        }

        return (count, wardLinks);
    }

    private static Provider NewProvider(Random random, References references, HashSet<string> names)
    {
        var type = random.NextDouble() switch
        {
            < 0.50 => ProviderType.RegisteredCharity,
            < 0.68 => ProviderType.CommunityInterestCompany,
            < 0.90 => ProviderType.Company,
            < 0.95 => ProviderType.Consortium,
            < 0.97 => ProviderType.NhsTrust,
            _ => ProviderType.PublicBody,
        };
        var place = Pick(random, Places);
        var name = $"{place} {Pick(random, Themes)} {Pick(random, Suffixes[type])}";
        for (var n = 2; !names.Add(name); n++)
        {
            name = $"{place} {Pick(random, Themes)} {Pick(random, Suffixes[type])} ({n})";
        }

        var isPublic = type is ProviderType.NhsTrust or ProviderType.PublicBody;
        decimal? income = isPublic
            ? Pounds(LogUniform(random, 20_000_000, 900_000_000))
            : random.NextDouble() switch
            {
                < 0.22 => Pounds(LogUniform(random, 500, SizeBands.Current.SmallFrom - 1)),
                < 0.55 => Pounds(LogUniform(random, SizeBands.Current.SmallFrom, SizeBands.Current.MediumFrom - 1)),
                < 0.82 => Pounds(LogUniform(random, SizeBands.Current.MediumFrom, SizeBands.Current.LargeFrom - 1)),
                < 0.96 => Pounds(LogUniform(random, SizeBands.Current.LargeFrom, 60_000_000)),
                _ => null,
            };
        var charity = type is ProviderType.RegisteredCharity ? (1_100_000 + random.Next(0, 99_999)).ToString(CultureInfo.InvariantCulture) : null;
        var company = type is ProviderType.Company or ProviderType.CommunityInterestCompany
            ? random.Next(1_000_000, 14_999_999).ToString("D8", CultureInfo.InvariantCulture)
            : null;
        var leedsBased = isPublic || random.NextDouble() < 0.78;

        var provider = new Provider(name, type);
        provider.UpdateDetails(name, type, charity, company, income, income is null ? null : 2025, leedsBased,
            $"{name} works with people in {place} and across {(leedsBased ? "Leeds" : "West Yorkshire")}.");
        var vetting = random.NextDouble() switch
        {
            < 0.45 => VettingStatus.Vetted,
            < 0.55 => VettingStatus.Pending,
            < 0.65 => VettingStatus.Lapsed,
            _ => VettingStatus.NotVetted,
        };
        provider.SetVetting(vetting, vetting == VettingStatus.NotVetted ? null : new DateOnly(2023, 1, 1).AddDays(random.Next(0, 1_400)));
        provider.SetWards(WardsFor(random, references.Wards, isPublic));
        provider.SetContacts([new ProviderContact($"{Pick(random, Commissioners).Split(' ')[0]} {Pick(random, Places)}", "Contracts manager",
            $"contracts@{Slug(name)}.example.org", "0113 496 0" + random.Next(0, 999).ToString("D3", CultureInfo.InvariantCulture))]);
        return provider;
    }

    /// <summary>City-wide (every ward) for one in ten and for public bodies; otherwise one to eight wards, mostly in one locality.</summary>
    private static IEnumerable<Ward> WardsFor(Random random, IReadOnlyList<Ward> wards, bool cityWide)
    {
        if (cityWide || random.NextDouble() < 0.10)
        {
            return wards;
        }

        var home = (Locality)random.Next(0, 3);
        var local = wards.Where(w => w.Locality == home).ToList();
        var count = 1 + (int)(8 * random.NextDouble() * random.NextDouble());
        return Enumerable.Range(0, count).Select(_ => random.NextDouble() < 0.75 ? Pick(random, local) : Pick(random, wards)).Distinct().ToList();
    }

    // ------------------------------------------------------------------ contracts

    private sealed record ContractCounts(int Contracts, int Parts, int Funding, int Extensions);

    private static async Task<ContractCounts> AddContractsAsync(
        string connectionString, int count, Random random, References references, DateOnly today, CancellationToken cancellationToken)
    {
        ProviderPools? pools = null;
        int parts = 0, funding = 0, extensions = 0;
        for (var done = 0; done < count; done += ContractBatch)
        {
            await using var db = NewContext(connectionString);
            // Tracked in this batch's context, so the new contracts' provider links point at existing rows.
            var providers = await db.Providers.OrderBy(p => p.Id).ToListAsync(cancellationToken);
            pools ??= ProviderPools.From(providers, random);
            var byId = providers.ToDictionary(p => p.Id);
            var batch = Enumerable.Range(done, Math.Min(ContractBatch, count - done))
                .Select(n => NewContract(n + 1, random, references, pools, byId, today)).ToList();
            parts += batch.Sum(c => c.Providers.Count);
            funding += batch.Sum(c => c.Funding.Count);
            extensions += batch.Sum(c => c.Extensions.Count);
            db.Contracts.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ContractCounts(count, parts, funding, extensions);
    }

    private static Contract NewContract(int number, Random random, References references, ProviderPools pools, Dictionary<int, Provider> providers, DateOnly today)
    {
        var area = Pick(random, Enum.GetValues<ServiceArea>());
        var organisation = area switch
        {
            ServiceArea.UniversalPreventionAndEarlyIntervention => Pick(random, ["LCC-PH", "LCC-CF", "LCC-AH", "LCC-AH", "NHS-LEEDS"]),
            ServiceArea.SupportInTheCommunity => Pick(random, ["LCC-CHE", "LCC-CF", "LCC-AH", "LCC-AH", "NHS-LEEDS"]),
            ServiceArea.PrimaryAndExtendedCare => "NHS-LEEDS",
            _ => random.NextDouble() < 0.65 ? "LCC-AH" : "NHS-LEEDS",
        };
        // Starts from 2014 to 2027, more of them recent.
        var start = new DateOnly(2014 + (int)(14 * Math.Sqrt(random.NextDouble())), Pick(random, [4, 4, 4, 1, 7, 10]), 1);
        var end = start.AddMonths(Pick(random, [12, 24, 36, 36, 48, 60, 60])).AddDays(-1);
        var annualValue = Pounds(Math.Round(LogNormal(random, 150_000, 1.3, 2_000, 40_000_000) / 100) * 100);
        var place = random.NextDouble() < 0.25 ? "citywide" : Pick(random, Places);
        var title = $"{Pick(random, Services[area])}: {place}";
        var reference = $"{organisation}-{start.Year}-{number:D5}";
        var organisationId = references.Organisations[organisation];
        var agreement = (area == ServiceArea.UniversalPreventionAndEarlyIntervention && random.NextDouble() < 0.3) || random.NextDouble() < 0.15 ? AgreementType.Grant
            : random.NextDouble() < 0.15 ? AgreementType.FrameworkCallOff : AgreementType.Contract;
        var payment = Pick(random, [PaymentMechanism.Block, PaymentMechanism.Block, PaymentMechanism.Block, PaymentMechanism.CostAndVolume,
            PaymentMechanism.Spot, PaymentMechanism.Blended, PaymentMechanism.PaymentByResults]);
        var route = agreement == AgreementType.Grant ? ContractAwardRoute.GrantRound
            : agreement == AgreementType.FrameworkCallOff ? ContractAwardRoute.Framework
            : organisation == "NHS-LEEDS" ? Pick(random, [ContractAwardRoute.PsrCompetitive, ContractAwardRoute.PsrDirectAwardC, ContractAwardRoute.PsrMostSuitableProvider])
            : Pick(random, [ContractAwardRoute.OpenTender, ContractAwardRoute.OpenTender, ContractAwardRoute.DirectAwardCprWaiver]);

        var contract = new Contract(reference, title, area, organisationId, agreement, payment, route, start, end, annualValue);
        contract.UpdateSummary(reference, title, $"{title}, commissioned by {organisation} from {start:MMMM yyyy}.", area, organisationId, agreement, payment, route);
        contract.AssignCommissioner(null, Pick(random, Commissioners));

        var target = start > today.AddMonths(18) ? ContractStatus.Planned
            : start > today.AddMonths(9) ? ContractStatus.Procuring
            : start > today.AddMonths(3) ? ContractStatus.Awarded
            : start > today ? ContractStatus.Mobilising
            : ContractStatus.Live;
        if (target >= ContractStatus.Awarded)
        {
            contract.SetProviders(ProvidersFor(random, pools, providers, annualValue));
        }

        if (target != ContractStatus.Planned || random.NextDouble() < 0.7)
        {
            contract.SetFunding(FundingFor(random, references, organisation, annualValue));
        }

        foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
        {
            if (contract.Status == target)
            {
                break;
            }

            contract.MoveTo(step);
        }

        AddExtensions(contract, random, today);

        if (contract.Status is ContractStatus.Live or ContractStatus.InExtension)
        {
            if (contract.CurrentEndDate < today)
            {
                contract.MoveTo(ContractStatus.Ending);
                contract.MoveTo(random.NextDouble() < 0.04 ? ContractStatus.Decommissioned : ContractStatus.Ended);
            }
            else if (contract.CurrentEndDate <= today.AddMonths(3))
            {
                contract.MoveTo(ContractStatus.Ending);
            }
            else if (random.NextDouble() < 0.02)
            {
                contract.MoveTo(ContractStatus.Decommissioned);
            }
        }

        return contract;
    }

    /// <summary>Half the contracts have optional extensions; those whose decide-by date has passed were taken (three in four) or declined.</summary>
    private static void AddExtensions(Contract contract, Random random, DateOnly today)
    {
        var wanted = random.NextDouble() switch { < 0.15 => 2, < 0.5 => 1, _ => 0 };
        for (var i = 0; i < wanted; i++)
        {
            var decideBy = contract.CurrentEndDate.AddMonths(-6);
            if (decideBy < contract.StartDate)
            {
                return;
            }

            var extension = contract.AddExtension(Pick(random, [12, 12, 24]), decideBy);
            if (decideBy >= today || contract.Status is not (ContractStatus.Live or ContractStatus.InExtension))
            {
                return;
            }

            if (random.NextDouble() < 0.75)
            {
                contract.TakeExtension(extension.Number, decideBy.AddDays(-random.Next(0, 60)));
            }
            else
            {
                contract.DeclineExtension(extension.Number, decideBy);
                return;
            }
        }
    }

    /// <summary>A lead (usually a medium or large organisation), sometimes partners, sometimes small subcontractors.</summary>
    private static List<ContractProviderLine> ProvidersFor(Random random, ProviderPools pools, Dictionary<int, Provider> providers, decimal annualValue)
    {
        var chosen = new HashSet<int>();
        var lines = new List<ContractProviderLine>();
        var othersTotal = 0m;
        void Add(IReadOnlyList<int> pool, ProviderRole role, double minShare, double maxShare)
        {
            var id = pools.Skewed(random, pool);
            var share = role == ProviderRole.Lead ? 0m : Math.Max(1m, Pounds((double)annualValue * (minShare + (maxShare - minShare) * random.NextDouble())));
            if (chosen.Add(id) && othersTotal + share <= annualValue * 0.9m)
            {
                othersTotal += share;
                lines.Add(new ContractProviderLine(providers[id], role, share));
            }
        }

        Add(random.NextDouble() < 0.85 ? pools.Larger : pools.All, ProviderRole.Lead, 0, 0);
        if (random.NextDouble() < 0.25)
        {
            for (var i = random.Next(1, 3); i > 0; i--)
            {
                Add(pools.All, ProviderRole.Partner, 0.05, 0.20);
            }
        }

        if (random.NextDouble() < 0.30)
        {
            for (var i = random.Next(1, 7); i > 0; i--)
            {
                Add(random.NextDouble() < 0.8 ? pools.Small : pools.All, ProviderRole.Subcontractor, 0.005, 0.04);
            }
        }

        return lines;
    }

    /// <summary>One to three funders adding up to the annual value to the penny: the commissioner first, then partners.</summary>
    private static List<FundingLine> FundingFor(Random random, References references, string organisation, decimal annualValue)
    {
        var count = random.NextDouble() switch { < 0.6 => 1, < 0.9 => 2, _ => 3 };
        var amounts = new Dictionary<(int? Organisation, string? Partner, FundingStream Stream), decimal>();
        var remaining = annualValue;
        for (var i = 0; i < count; i++)
        {
            var amount = i == count - 1 || remaining < 100 ? remaining : Math.Max(1m, Pounds((double)remaining * (0.4 + 0.4 * random.NextDouble())));
            (int? Organisation, string? Partner, FundingStream Stream) key = i == 0
                ? ((int?)references.Organisations[organisation], (string?)null, organisation switch
                {
                    "NHS-LEEDS" => FundingStream.CcgBudget,
                    "LCC-PH" => FundingStream.PublicHealthGrant,
                    _ => FundingStream.LccBudget,
                })
                : random.NextDouble() switch
                {
                    < 0.15 => (null, Pick(random, PartnerFunders), FundingStream.OtherPartner),
                    < 0.35 => (references.Organisations[Pick(random, references.PartnerOrganisationCodes)], null, FundingStream.OtherPartner),
                    < 0.70 => (references.Organisations["NHS-LEEDS"], null, FundingStream.PooledSection75),
                    _ => (references.Organisations["LCC-AH"], null, FundingStream.BetterCareFund),
                };
            amounts[key] = amounts.GetValueOrDefault(key) + amount;
            remaining -= amount;
            if (remaining == 0)
            {
                break;
            }
        }

        return amounts.Select(a => new FundingLine(a.Key.Organisation, a.Key.Partner, a.Key.Stream, a.Value)).ToList();
    }

    // ------------------------------------------------------------------ opportunities

    private sealed record OpportunityCounts(int Opportunities, int Lots, int Open);

    private static async Task<OpportunityCounts> AddOpportunitiesAsync(
        string connectionString, int count, Random random, References references, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var db = NewContext(connectionString);
        db.ChangeTracker.AutoDetectChangesEnabled = true; // a few hundred, changed again after their first save
        var providerIds = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var made = Enumerable.Range(0, count).Select(_ => NewOpportunity(random, references, nowUtc)).ToList();
        db.Opportunities.AddRange(made.Select(m => m.Opportunity));
        await db.SaveChangesAsync(cancellationToken);

        // What needs the saved ids: questions and interest on open ones, the outcome of awarded ones.
        foreach (var (opportunity, publishedAt, award) in made)
        {
            if (award is { } awardedAt)
            {
                opportunity.Award(opportunity.Lots.ToDictionary(l => l.Id, _ => (int?)Pick(random, providerIds)), "Awarded after evaluation by the panel.", awardedAt);
            }
            else if (publishedAt is { } published && opportunity.IsOpenForQuestions(published.AddHours(1)) && opportunity.IsOpenForBids(nowUtc))
            {
                foreach (var (userId, providerId) in references.ProviderUsers.Where(_ => random.NextDouble() < 0.7))
                {
                    db.InterestRegistrations.Add(opportunity.RegisterInterest(providerId, userId, published.AddHours(1)));
                    var question = opportunity.Ask(providerId, userId, "Can a small organisation bid for one lot only, as part of a consortium?", published.AddHours(1));
                    if (random.NextDouble() < 0.5)
                    {
                        question.AnswerAndPublish(null, "Yes. Each lot is awarded separately; name the consortium's members in your bid.", references.Officer.Name, published.AddHours(2));
                    }

                    db.ClarificationQuestions.Add(question);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new OpportunityCounts(count, made.Sum(m => m.Opportunity.Lots.Count), made.Count(m => m.Opportunity.IsOpenForBids(nowUtc)));
    }

    private static (Opportunity Opportunity, DateTime? PublishedAt, DateTime? AwardAt) NewOpportunity(Random random, References references, DateTime nowUtc)
    {
        var stage = random.NextDouble() switch
        {
            < 0.10 => OpportunityStage.Draft,
            < 0.14 => OpportunityStage.Approved,
            < 0.30 => OpportunityStage.Open,
            < 0.40 => OpportunityStage.Closed,
            < 0.50 => OpportunityStage.InEvaluation,
            < 0.92 => OpportunityStage.Awarded,
            _ => OpportunityStage.Cancelled,
        };
        var area = Pick(random, Enum.GetValues<ServiceArea>());
        var place = random.NextDouble() < 0.3 ? "citywide" : Pick(random, Places);
        var service = Pick(random, Services[area]);
        var organisation = area == ServiceArea.PrimaryAndExtendedCare ? "NHS-LEEDS"
            : area == ServiceArea.UniversalPreventionAndEarlyIntervention ? Pick(random, ["LCC-PH", "LCC-CF", "LCC-AH"])
            : random.NextDouble() < 0.7 ? "LCC-AH" : "NHS-LEEDS";

        // When it was published (or, for drafts and approved ones, created), and its bid deadline.
        var published = stage switch
        {
            OpportunityStage.Draft or OpportunityStage.Approved => nowUtc.AddDays(-random.Next(1, 30)),
            OpportunityStage.Open => nowUtc.AddDays(-random.Next(1, 28)).AddHours(-random.Next(0, 8)),
            _ => nowUtc.AddDays(-random.Next(50, 1_400)),
        };
        var bidDeadline = stage switch
        {
            OpportunityStage.Open => Midday(nowUtc.AddDays(random.Next(2, 45))),
            OpportunityStage.Approved or OpportunityStage.Draft => Midday(nowUtc.AddDays(random.Next(30, 60))),
            _ => Midday(published.AddDays(random.Next(21, 45))),
        };
        var clarificationDeadline = new[] { published.AddDays(2), bidDeadline.AddDays(-10) }.Max();
        var createdAt = (stage is OpportunityStage.Approved ? nowUtc.AddDays(-30) : published).AddDays(-random.Next(3, 20));

        var opportunity = new Opportunity($"{service}: {place}",
            $"{service} in {place}, close to where people live. We welcome bids from small community organisations and consortia, and support for people in {Pick(random, Places)} and {Pick(random, Places)}.",
            area, references.Organisations[organisation], references.Officer.Id, references.Officer.Name, createdAt);

        var lotCount = random.NextDouble() switch { < 0.25 => 1, < 0.45 => 2, < 0.70 => 3, < 0.85 => 4, < 0.93 => 5, _ => 6 };
        var complete = stage != OpportunityStage.Draft || random.NextDouble() < 0.7;
        var lotsTotal = 0m;
        for (var n = 1; complete && n <= lotCount; n++)
        {
            var localities = random.NextDouble() switch
            {
                < 0.40 => Array.Empty<Locality>(),
                < 0.85 => [(Locality)random.Next(0, 3)],
                _ => [(Locality)random.Next(0, 3), (Locality)random.Next(0, 3)],
            };
            var value = Pounds(Math.Round(LogNormal(random, 150_000, 1.0, 10_000, 2_500_000) / 1_000) * 1_000);
            lotsTotal += value;
            opportunity.AddLot(localities.Length == 0 ? $"Lot {n}: citywide" : $"Lot {n}: {string.Join(" and ", localities.Distinct().Select(l => l.ToDisplayName()))}",
                $"{service}, lot {n}.", value, localities);
        }

        var initialTerm = Pick(random, [24, 36, 36, 48, 60]);
        int[] extensionMonths = random.NextDouble() < 0.6 ? [12, 12] : [24];
        var paymentByResults = random.NextDouble() < 0.08;
        opportunity.SetCommercials(Math.Max(10_000m, Pounds((double)lotsTotal * (initialTerm + extensionMonths.Sum()) / 12 * (0.9 + 0.15 * random.NextDouble()))),
            initialTerm, extensionMonths, Pick(random, [ProcurementProcedure.LightTouch, ProcurementProcedure.LightTouch, ProcurementProcedure.Open, ProcurementProcedure.PsrCompetitive, ProcurementProcedure.GrantRound]),
            paymentByResults, random.NextDouble() < 0.85);
        if (!complete)
        {
            return (opportunity, null, null);
        }

        var today = UkTime.DateOf(published);
        var evaluationBy = UkTime.DateOf(bidDeadline).AddDays(14);
        opportunity.SetTimetable(stage is OpportunityStage.Draft or OpportunityStage.Approved ? UkTime.DateOf(nowUtc).AddDays(1) : today,
            clarificationDeadline, bidDeadline, evaluationBy, evaluationBy.AddDays(21), evaluationBy.AddDays(90));
        var (price, quality, socialValue) = Pick(random, Weights);
        opportunity.SetWeights(price, quality, socialValue);
        var questions = random.Next(2, 5);
        for (var q = 1; q <= questions; q++)
        {
            opportunity.AddQualityQuestion($"Question {q}: how will you deliver {service.ToLowerInvariant()} that people in {place} want to use?",
                q < questions ? quality / questions : quality - (quality / questions * (questions - 1)), 500, "Evaluation panel");
        }

        opportunity.ChooseSocialValueCriteria(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, references.CriterionIds)));
        if (lotCount == 1)
        {
            opportunity.RecordSingleLotReason("One provider must hold the whole pathway so nobody falls between services.");
        }

        if (stage == OpportunityStage.Draft)
        {
            return (opportunity, null, null);
        }

        var approveAt = stage == OpportunityStage.Approved ? nowUtc.AddDays(-1) : published.AddDays(-2);
        var localBidders = opportunity.Lots.ToDictionary(l => l.Number, _ => 1);
        opportunity.SubmitForApproval(references.Officer.Id, references.Officer.Name, localBidders, approveAt.AddHours(-4));
        opportunity.Approve(references.Approver.Id, references.Approver.Name, opportunity.Lots.ToDictionary(l => l.Number, _ => 1), 500_000m, approveAt,
            opportunity.ValueMismatch() is null ? null : "The lots include the expected inflation; the estimate is being revised.");
        if (stage == OpportunityStage.Approved)
        {
            return (opportunity, null, null);
        }

        opportunity.Publish(references.Officer.Id, references.Officer.Name, published);
        if (random.NextDouble() < 0.3)
        {
            opportunity.PublishClarification("The TUPE information for the current services is now attached to the specification.",
                references.Officer.Name, published.AddHours(1));
        }

        switch (stage)
        {
            case OpportunityStage.InEvaluation:
                opportunity.StartEvaluation(bidDeadline.AddDays(1));
                break;
            case OpportunityStage.Awarded:
                opportunity.StartEvaluation(bidDeadline.AddDays(1));
                return (opportunity, published, bidDeadline.AddDays(30) < nowUtc ? bidDeadline.AddDays(30) : nowUtc);
            case OpportunityStage.Cancelled:
                opportunity.Cancel("Cancelled: the service is being redesigned with the people who use it.", published.AddDays(5));
                break;
        }

        return (opportunity, published, null);
    }

    // ------------------------------------------------------------------ helpers

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static decimal Pounds(double amount) => decimal.Round((decimal)amount, 0);

    private static double LogUniform(Random random, decimal min, decimal max) =>
        Math.Exp(Math.Log((double)min) + (Math.Log((double)max) - Math.Log((double)min)) * random.NextDouble());

    /// <summary>A log-normal amount around <paramref name="median"/>, clamped: most services are small, a few very large.</summary>
    private static double LogNormal(Random random, double median, double sigma, double min, double max)
    {
        var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Clamp(median * Math.Exp(sigma * gaussian), min, max);
    }

    private static DateTime Midday(DateTime utc) => new(utc.Year, utc.Month, utc.Day, 12, 0, 0, DateTimeKind.Utc);

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ').ToArray()).Trim().Replace(' ', '-');

    /// <summary>Provider ids to choose from, shuffled once so a few organisations hold many contracts, as in life.</summary>
    private sealed class ProviderPools
    {
        public required IReadOnlyList<int> All { get; init; }

        /// <summary>Medium and large organisations, and those whose income is not known: most leads.</summary>
        public required IReadOnlyList<int> Larger { get; init; }

        /// <summary>Micro and small organisations: most subcontractors.</summary>
        public required IReadOnlyList<int> Small { get; init; }

        public static ProviderPools From(IReadOnlyList<Provider> providers, Random random)
        {
            var shuffled = providers.ToArray();
            random.Shuffle(shuffled);
            return new ProviderPools
            {
                All = shuffled.Select(p => p.Id).ToList(),
                Larger = shuffled.Where(p => !SizeBands.IsSmall(p.SizeBand)).Select(p => p.Id).ToList(),
                Small = shuffled.Where(p => SizeBands.IsSmall(p.SizeBand)).Select(p => p.Id).ToList(),
            };
        }

        /// <summary>Weighted to the front of the pool: the first organisations are chosen far more often than the last.</summary>
        public int Skewed(Random random, IReadOnlyList<int> pool) => pool[(int)(pool.Count * Math.Pow(random.NextDouble(), 2.5))];
    }

    /// <summary>What the generator needs from the reference and demo data the app seeded at start-up.</summary>
    private sealed class References
    {
        public required IReadOnlyList<Ward> Wards { get; init; }

        public required IReadOnlyDictionary<string, int> Organisations { get; init; }

        public required IReadOnlyList<string> PartnerOrganisationCodes { get; init; }

        public required IReadOnlyList<int> CriterionIds { get; init; }

        public required IReadOnlyList<string> ProviderNames { get; init; }

        public required (string Id, string Name) Officer { get; init; }

        public required (string Id, string Name) Approver { get; init; }

        public required IReadOnlyList<(string UserId, int ProviderId)> ProviderUsers { get; init; }

        public static async Task<References> LoadAsync(CommissioningDbContext db, CancellationToken cancellationToken)
        {
            var users = await db.Users.AsNoTracking().Where(u => u.Email != null)
                .ToDictionaryAsync(u => u.Email!, u => (u.Id, u.DisplayName, u.ProviderId), cancellationToken);
            (string, string) User(string email) => users.TryGetValue(email, out var u)
                ? (u.Id, u.DisplayName)
                : throw new InvalidOperationException($"The demo account {email} is missing: the app must seed its demo data first.");
            return new References
            {
                Wards = await db.Wards.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken),
                Organisations = await db.CommissioningOrganisations.AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken),
                PartnerOrganisationCodes = DemoData.PartnerOrganisations.Select(o => o.Code).ToList(),
                CriterionIds = await db.SocialValueCriteria.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken),
                ProviderNames = await db.Providers.AsNoTracking().Select(p => p.Name).ToListAsync(cancellationToken),
                Officer = User("procurement@example.org"),
                Approver = User("commissioner@example.org"),
                ProviderUsers = users.Values.Where(u => u.ProviderId is not null).OrderBy(u => u.ProviderId)
                    .Select(u => (u.Id, u.ProviderId!.Value)).ToList(),
            };
        }
    }
}
