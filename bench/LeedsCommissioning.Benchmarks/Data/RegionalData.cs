using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Benchmarks;

/// <summary>What the generator added (on top of the app's own demo data).</summary>
public sealed record SeedSummary(
    int Providers, int ProviderWards, int Contracts, int ContractProviders, int FundingLines, int Extensions,
    int Opportunities, int Lots, int OpenOpportunities, TimeSpan Elapsed);

/// <summary>
/// A region's register, made up but shaped like the real one (docs/benchmarks.md, "The data: regional scale"):
/// providers of every type and size across Leeds' wards, each with a user; contracts with leads, partners,
/// subcontractors, funders and extensions in every lifecycle status; opportunities in lots at every stage with
/// sealed bids (prices and social value commitments); and the audit trail of all of it, skewed so a few
/// contracts have long histories. Deterministic: one <see cref="Random"/> with a fixed seed and a fixed clock.
/// Every entity is built through the domain's constructors and methods, as <see cref="DemoData"/> does, so every
/// rule a user meets holds and every denormalised column is right; <see cref="BulkWriter"/> then writes the rows.
/// </summary>
public static class RegionalData
{
    public const int Seed = 20_261_126;

    /// <summary>Changes whenever the generated data changes, so a database made by an older generator is made again.</summary>
    public const string GeneratorVersion = "2026-12-06.1";

    private const string MarkerTable = "BenchGeneration";
    private const int ProviderBatch = 2_000;
    private const int ContractBatch = 2_500;
    private const int OpportunityBatch = 500;

    /// <summary>
    /// Makes <paramref name="target"/> ready for the benchmark at <paramref name="volume"/>, or finds it already made
    /// by this generator version at this volume (a marker table records both) and returns what it holds.
    /// Otherwise it drops the database, starts the portal's own start-up on it (every migration, the reference
    /// data, the demo data and its accounts), adds the benchmark's accounts through Identity's UserManager, and
    /// generates the regional data. Needs the current directory to be the program's folder (as
    /// <see cref="BenchmarkRunner"/> sets it), where WebApplicationFactory finds the portal's content root.
    /// <paramref name="nowUtc"/> is the moment the data is made for (what is open, what has closed); the marker
    /// records it too, so pass a stable moment (the fixed clock's, or today at 10:00 UTC for a portal on the real
    /// clock), not <c>DateTime.UtcNow</c>, to reuse the database.
    /// A register-only volume of 2 or more times <paramref name="copiesOf"/> contracts on SQLite is made by copying the
    /// <paramref name="copiesOf"/>-contract register's rows instead (<see cref="RegisterCopies"/>; that register is made
    /// first if it is not already there): minutes instead of hours for 1,000,000 contracts.
    /// </summary>
    public static Task<PreparedData> PrepareAsync(
        BenchDatabase target, Volume volume, DateTime nowUtc, TextWriter log, CancellationToken cancellationToken = default) =>
        PrepareAsync(target, volume, nowUtc, log, RegisterCopies.BaseContracts, cancellationToken);

    /// <summary>As <see cref="PrepareAsync(BenchDatabase, Volume, DateTime, TextWriter, CancellationToken)"/>, copying the <paramref name="copiesOf"/>-contract register for a large register-only volume.</summary>
    public static async Task<PreparedData> PrepareAsync(
        BenchDatabase target, Volume volume, DateTime nowUtc, TextWriter log, int copiesOf, CancellationToken cancellationToken = default)
    {
        if (await target.ExistsAsync(cancellationToken) && await ReadMarkerAsync(target, volume, nowUtc, cancellationToken) is { } made)
        {
            await log.WriteLineAsync($"Reusing {target}: it already holds {volume} (generator {GeneratorVersion}).");
            return made with { Reused = true, Elapsed = TimeSpan.Zero };
        }

        if (RegisterCopies.BaseFor(target, volume, copiesOf) is { } baseVolume)
        {
            return await CopyAsync(target, volume, baseVolume, nowUtc, log, cancellationToken);
        }

        var stopwatch = Stopwatch.StartNew();
        await log.WriteLineAsync($"Generating {volume} in {target}...");
        await target.DropAsync(cancellationToken);
        var mail = Directory.CreateTempSubdirectory("lc-bench-mail").FullName;
        try
        {
            using var portal = new PortalStartup(target, mail, new FixedClock(new DateTimeOffset(nowUtc, TimeSpan.Zero)));
            _ = portal.Services; // the app's own start-up: migrations, reference data, demo data and accounts
            await log.WriteLineAsync($"  portal start-up (migrations, reference and demo data): {stopwatch.Elapsed.TotalSeconds:N1} s");
            await BenchAccounts.CreateAsync(portal.Services, nowUtc, cancellationToken);
            await log.WriteLineAsync($"  {BenchAccounts.Staff.Count} bench staff accounts: {stopwatch.Elapsed.TotalSeconds:N1} s");
        }
        finally
        {
            Directory.Delete(mail, recursive: true);
        }

        var generated = await GenerateAsync(target, volume, nowUtc, log, cancellationToken);
        var prepared = generated with { Elapsed = stopwatch.Elapsed };
        await WriteMarkerAsync(target, volume, nowUtc, prepared, cancellationToken);
        await log.WriteLineAsync($"Generated in {stopwatch.Elapsed.TotalSeconds:N0} s.");
        return prepared;
    }

    /// <summary>
    /// A large register-only volume made from the base register (<see cref="RegisterCopies"/>): the base is generated (or
    /// reused), its file copied, and its generated rows copied in SQL until the volume is reached.
    /// </summary>
    private static async Task<PreparedData> CopyAsync(
        BenchDatabase target, Volume volume, Volume baseVolume, DateTime nowUtc, TextWriter log, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var source = RegisterCopies.BaseDatabase(target, baseVolume);
        var made = await PrepareAsync(source, baseVolume, nowUtc, log, baseVolume.Contracts, cancellationToken);
        await log.WriteLineAsync($"Making {volume} in {target}: {volume.Contracts / baseVolume.Contracts} copies of the generated rows of {source}...");
        await target.DropAsync(cancellationToken);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(source.SqliteFile + suffix))
            {
                File.Copy(source.SqliteFile + suffix, target.SqliteFile + suffix);
            }
        }

        await log.WriteLineAsync($"  base copied: {stopwatch.Elapsed.TotalSeconds:N1} s");
        await using (var db = target.NewContext())
        {
            await db.Database.ExecuteSqlRawAsync($"DROP TABLE \"{MarkerTable}\"", cancellationToken); // the base's: written again once the copies are made
        }

        var rows = await RegisterCopies.MultiplyAsync(target, made, volume, log, cancellationToken);
        SqliteConnection.ClearAllPools();
        var prepared = made with { Database = target.ToString(), Volume = volume, Reused = false, Rows = rows, Elapsed = stopwatch.Elapsed };
        await WriteMarkerAsync(target, volume, nowUtc, prepared, cancellationToken);
        await log.WriteLineAsync($"Made in {stopwatch.Elapsed.TotalSeconds:N0} s.");
        return prepared;
    }

    /// <summary>
    /// The regional data alone, on a database the portal has already initialised (migrations, reference and demo data).
    /// Kept for the one-request-at-a-time harness, which starts the portal itself.
    /// </summary>
    public static async Task<SeedSummary> SeedAsync(string connectionString, Scale scale, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var database = BenchDatabase.Sqlite(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);
        var made = await GenerateAsync(database, Volume.ForContracts(scale.Contracts), nowUtc, TextWriter.Null, cancellationToken);
        return new SeedSummary((int)made.RowsOf("Providers"), (int)made.RowsOf("ProviderWards"), (int)made.RowsOf("Contracts"),
            (int)made.RowsOf("ContractProviders"), (int)made.RowsOf("FundingContributions"), (int)made.RowsOf("ContractExtensions"),
            (int)made.RowsOf("Opportunities"), (int)made.RowsOf("Lot"), made.OpenOpportunities, made.Elapsed);
    }

    /// <summary>The app's own DbContext and provider set-up on a SQLite file, without the audit interceptor.</summary>
    public static CommissioningDbContext NewContext(string connectionString) =>
        BenchDatabase.Sqlite(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource).NewContext();

    private static async Task<PreparedData> GenerateAsync(BenchDatabase target, Volume volume, DateTime nowUtc, TextWriter log, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var random = new Random(Seed);
        var today = UkTime.DateOf(nowUtc);
        References references;
        await using (var db = target.NewContext())
        {
            references = await References.LoadAsync(db, cancellationToken);
        }

        await using var modelContext = target.NewContext();
        var model = modelContext.Model;
        await using var writer = await BulkWriter.OpenAsync(target, model, cancellationToken);
        var audit = new AuditTrail(writer, model);
        var generation = new Generation(target, writer, audit, random, references, volume, nowUtc, today);

        var providers = await generation.AddProvidersAsync(cancellationToken);
        await log.WriteLineAsync($"  {providers.Count:N0} providers and their users: {stopwatch.Elapsed.TotalSeconds:N1} s");
        var contracts = await generation.AddContractsAsync(providers, cancellationToken);
        await log.WriteLineAsync($"  {volume.Contracts:N0} contracts: {stopwatch.Elapsed.TotalSeconds:N1} s");
        var opportunities = await generation.AddOpportunitiesAsync(providers, cancellationToken);
        await log.WriteLineAsync($"  {volume.Opportunities:N0} opportunities with their bids: {stopwatch.Elapsed.TotalSeconds:N1} s");
        await generation.CompleteHistoriesAsync(contracts, cancellationToken);
        await audit.FlushAsync(cancellationToken);
        await log.WriteLineAsync($"  {audit.Written:N0} audit rows in all: {stopwatch.Elapsed.TotalSeconds:N1} s");
        await writer.CommitAsync(cancellationToken);
        foreach (var (what, time) in Timings.All)
        {
            await log.WriteLineAsync($"    {what}: {time.TotalSeconds:N1} s");
        }

        await log.WriteLineAsync($"  committed: {stopwatch.Elapsed.TotalSeconds:N1} s");

        return new PreparedData(target.ToString(), volume, false, new SortedDictionary<string, long>(writer.Rows, StringComparer.Ordinal),
            BenchAccounts.All, contracts.LongestHistory, contracts.Typical, opportunities.OpenWithMostLots, opportunities.Open, stopwatch.Elapsed);
    }

    private static async Task<PreparedData?> ReadMarkerAsync(BenchDatabase target, Volume volume, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var db = target.NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Summary\" FROM \"{MarkerTable}\" WHERE \"Generator\" = '{GeneratorVersion}' AND \"Volume\" = '{VolumeText(volume, nowUtc)}'";
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<Marker>(json)?.ToPrepared() : null;
        }
        catch (System.Data.Common.DbException)
        {
            return null; // no marker table: not made by this generator, or not finished
        }
    }

    private static async Task WriteMarkerAsync(BenchDatabase target, Volume volume, DateTime nowUtc, PreparedData prepared, CancellationToken cancellationToken)
    {
        await using var db = target.NewContext();
        await db.Database.ExecuteSqlRawAsync(
            $"CREATE TABLE \"{MarkerTable}\" (\"Generator\" varchar(40) NOT NULL, \"Volume\" varchar(200) NOT NULL, \"Summary\" text NOT NULL)", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"{MarkerTable}\" (\"Generator\", \"Volume\", \"Summary\") VALUES ({{0}}, {{1}}, {{2}})",
            [GeneratorVersion, VolumeText(volume, nowUtc), JsonSerializer.Serialize(Marker.From(prepared))], cancellationToken);
    }

    /// <summary>The volume and the moment the data was made for: both must match for a database to be reused.</summary>
    private static string VolumeText(Volume volume, DateTime nowUtc) => string.Create(CultureInfo.InvariantCulture,
        $"{volume.Contracts}/{volume.Providers}/{volume.Opportunities}/{volume.Bids}/{volume.AuditRows}{(volume.RegisterOnly ? " register only" : "")} at {nowUtc:yyyy-MM-ddTHH:mm}");

    private sealed record Marker(string Database, Volume Volume, Dictionary<string, long> Rows, int ContractWithLongHistory, int TypicalContract,
        int OpenOpportunityWithMostLots, int OpenOpportunities, double Seconds)
    {
        public static Marker From(PreparedData p) => new(p.Database, p.Volume, p.Rows.ToDictionary(), p.ContractWithLongHistory, p.TypicalContract,
            p.OpenOpportunityWithMostLots, p.OpenOpportunities, p.Elapsed.TotalSeconds);

        public PreparedData ToPrepared() => new(Database, Volume, true, new SortedDictionary<string, long>(Rows, StringComparer.Ordinal), BenchAccounts.All,
            ContractWithLongHistory, TypicalContract, OpenOpportunityWithMostLots, OpenOpportunities, TimeSpan.FromSeconds(Seconds));
    }

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


    // ------------------------------------------------------------------ the generation, phase by phase

    /// <summary>Where the generation's time goes, phase by phase, printed at the end.</summary>
    private static class Timings
    {
        private static readonly Stopwatch Clock = Stopwatch.StartNew();
        private static TimeSpan _last;

        public static Dictionary<string, TimeSpan> All { get; } = [];

        public static void Lap(string what)
        {
            var now = Clock.Elapsed;
            All[what] = All.GetValueOrDefault(what) + (now - _last);
            _last = now;
        }
    }

    private sealed record ContractsMade(int First, int Last, int LongestHistory, int Typical);

    private sealed record OpportunitiesMade(int OpenWithMostLots, int Open);

    private sealed record MadeOpportunity(Opportunity Opportunity, OpportunityStage Stage, DateTime? PublishedAt, DateTime? BidDeadline);

    private sealed class Generation(
        BenchDatabase target, BulkWriter writer, AuditTrail audit, Random random, References references, Volume volume, DateTime nowUtc, DateOnly today)
    {
        private readonly Dictionary<int, StaffUser> _providerUsers = [];
        private readonly Dictionary<(string Type, int Key), (DateTime At, StaffUser By)> _created = [];
        private ProviderPools? _pools;
        private readonly Random _monitoringRandom = new(Seed + 15);
        private RegionalMonitoring? _monitoring;

        // -------------------------------------------------------------- providers, each with a user

        public async Task<List<Provider>> AddProvidersAsync(CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(references.ProviderNames, StringComparer.OrdinalIgnoreCase);
            var all = new List<Provider>(volume.Providers);
            // One real hash of the demo password (Identity's own hasher), shared by every generated provider user:
            // hashing each would take minutes and prove nothing more.
            var passwordHash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Portal.DemoPassword);
            for (var done = 0; done < volume.Providers; done += ProviderBatch)
            {
                await using var db = target.NewContext();
                db.Wards.AttachRange(references.Wards);
                var batch = Enumerable.Range(0, Math.Min(ProviderBatch, volume.Providers - done)).Select(_ => NewProvider(random, references, names)).ToList();
                db.Providers.AddRange(batch);
                await writer.AssignKeysAsync(db, detectChanges: false, cancellationToken);
                foreach (var provider in batch)
                {
                    var contact = provider.Contacts[0];
                    var email = $"bench-provider-{provider.Id}@example.org";
                    var user = new ApplicationUser
                    {
                        Id = NewGuid(random).ToString(),
                        UserName = email,
                        NormalizedUserName = email.ToUpperInvariant(),
                        Email = email,
                        NormalizedEmail = email.ToUpperInvariant(),
                        EmailConfirmed = true,
                        DisplayName = contact.Name,
                        JobTitle = contact.Role,
                        ProviderId = provider.Id,
                        CreatedAtUtc = nowUtc.AddDays(-random.Next(30, 2_500)),
                        LockoutEnabled = true,
                        PasswordHash = passwordHash,
                        SecurityStamp = NewGuid(random).ToString("N").ToUpperInvariant(),
                        ConcurrencyStamp = NewGuid(random).ToString(),
                    };
                    db.Users.Add(user);
                    db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = references.ProviderRoleId });
                    _providerUsers[provider.Id] = new StaffUser(user.Id, email, contact.Name);
                    _created[(nameof(Provider), provider.Id)] = (user.CreatedAtUtc.AddDays(-random.Next(1, 60)), references.PickStaff(random));
                }

                AuditAdded(db);
                foreach (var provider in batch)
                {
                    ProviderHistory(provider);
                }

                await writer.WriteAddedAsync(db, cancellationToken);
                await audit.FlushIfFullAsync(cancellationToken);
                all.AddRange(batch);
            }

            _pools = ProviderPools.From(all, random);
            return all;
        }

        /// <summary>Vetting checked now and then, and the description kept up to date.</summary>
        private void ProviderHistory(Provider provider)
        {
            var (created, _) = _created[(nameof(Provider), provider.Id)];
            var edits = random.Next(0, 4);
            foreach (var at in Times(created, nowUtc, edits))
            {
                if (random.NextDouble() < 0.5)
                {
                    audit.Modified(nameof(Provider), provider.Id, null, at, references.PickStaff(random),
                        new AuditChange("VettingStatus", nameof(VettingStatus.Pending), provider.VettingStatus.ToString()),
                        new AuditChange("VettingStatusDate", null, AuditTrail.Format(DateOnly.FromDateTime(at))));
                }
                else
                {
                    audit.Modified(nameof(Provider), provider.Id, null, at, references.PickStaff(random),
                        new AuditChange("Description", $"{provider.Name} works with people across Leeds.", provider.Description));
                }
            }
        }

        // -------------------------------------------------------------- contracts and their histories

        public async Task<ContractsMade> AddContractsAsync(List<Provider> providers, CancellationToken cancellationToken)
        {
            var byId = providers.ToDictionary(p => p.Id);
            int first = 0, last = 0, longest = 0, longestLength = -1, typical = 0;
            for (var done = 0; done < volume.Contracts; done += ContractBatch)
            {
                await using var db = target.NewContext();
                var batch = Enumerable.Range(done, Math.Min(ContractBatch, volume.Contracts - done))
                    .Select(n => NewContract(n + 1, random, references, _pools!, byId, today)).ToList();
                // The providers exist already: tracked as they are, so only the contracts and their parts are added.
                foreach (var provider in batch.SelectMany(c => c.Providers).Select(p => p.Provider).Concat(batch.Select(c => c.LeadProvider)).OfType<Provider>())
                {
                    var entry = db.Entry(provider);
                    if (entry.State == EntityState.Detached)
                    {
                        entry.State = EntityState.Unchanged;
                    }
                }

                Timings.Lap("contracts: built");
                db.Contracts.AddRange(batch);
                Timings.Lap("contracts: tracked");
                await writer.AssignKeysAsync(db, detectChanges: false, cancellationToken);
                Timings.Lap("contracts: keys");
                foreach (var contract in batch)
                {
                    // Added to the register months before it starts, and never after today (so planned contracts were added recently).
                    var created = Before(nowUtc, Working(contract.StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-random.Next(60, 270))));
                    _created[(nameof(Contract), contract.Id)] = (created, references.PickStaff(random));
                }

                AuditAdded(db);
                Timings.Lap("contracts: audit added");
                foreach (var contract in batch)
                {
                    var length = volume.RegisterOnly ? 0 : ContractHistory(contract, HistoryLength());
                    db.Entry(contract).Property(nameof(IVersioned.Version)).CurrentValue = length;
                    if (length > longestLength)
                    {
                        (longest, longestLength) = (contract.Id, length);
                    }

                    if (typical == 0 && contract.Status == ContractStatus.Live && contract.Providers.Count >= 2 && length is >= 10 and <= 15)
                    {
                        typical = contract.Id;
                    }
                }

                Timings.Lap("contracts: history");
                await writer.WriteAddedAsync(db, cancellationToken);
                Timings.Lap("contracts: written");
                if (!volume.RegisterOnly)
                {
                    await AddMonitoringAsync(batch, cancellationToken);
                    Timings.Lap("contracts: monitoring");
                }
                await audit.FlushIfFullAsync(cancellationToken);
                Timings.Lap("contracts: audit flushed");
                first = first == 0 ? batch[0].Id : first;
                last = batch[^1].Id;
            }

            return new ContractsMade(first, last, longest, typical == 0 ? first : typical);
        }

        /// <summary>
        /// The monitoring plans and quarterly returns of a batch's contracts being delivered (<see cref="RegionalMonitoring"/>),
        /// with a <see cref="Random"/> of their own. Like an import's rows, they have no audit rows of their own: the audit
        /// trail's volume stays the contracts', providers' and opportunities'.
        /// </summary>
        private async Task AddMonitoringAsync(List<Contract> batch, CancellationToken cancellationToken)
        {
            _monitoring ??= new RegionalMonitoring(_monitoringRandom, today, nowUtc, references.Organisations["NHS-LEEDS"],
                references.Organisations.Where(o => o.Key.StartsWith("LCC-", StringComparison.Ordinal)).Select(o => o.Value).ToHashSet());
            var plans = _monitoring.Plans(batch);
            await using (var db = target.NewContext())
            {
                db.MonitoringPlans.AddRange(plans);
                await writer.AssignKeysAsync(db, detectChanges: false, cancellationToken);
                await writer.WriteAddedAsync(db, cancellationToken);
            }

            var contracts = batch.ToDictionary(c => c.Id);
            await using var returns = target.NewContext();
            foreach (var plan in plans)
            {
                var contract = contracts[plan.ContractId];
                var submitter = contract.LeadProviderId is { } lead && _providerUsers.TryGetValue(lead, out var user) ? user : null;
                returns.QuarterlyReturns.AddRange(_monitoring.Returns(contract, plan, submitter, () => references.PickStaff(_monitoringRandom)).ToList());
            }

            await writer.AssignKeysAsync(returns, detectChanges: false, cancellationToken);
            await writer.WriteAddedAsync(returns, cancellationToken);
        }

        /// <summary>
        /// How many saves people made to a contract after adding it: heavy-tailed (Pareto, shape 1.6, at least 3),
        /// so most have a handful and a few have hundreds, as the contracts everyone works on do.
        /// </summary>
        private int HistoryLength() => (int)Math.Min(1_500, 3 / Math.Pow(1 - random.NextDouble(), 1 / 1.6)) - 1;

        /// <summary>The audited saves a contract went through: its lifecycle, value uplifts, shares, funding, hand-overs, edits.</summary>
        private int ContractHistory(Contract contract, int saves)
        {
            var (created, by) = _created[(nameof(Contract), contract.Id)];
            var until = new[] { nowUtc, contract.CurrentEndDate.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc).AddDays(90) }.Min();
            if (until <= created)
            {
                return 0;
            }

            var parent = (nameof(Contract), contract.Id);
            var statuses = Enum.GetValues<ContractStatus>().Where(s => s <= contract.Status).ToList();
            var step = 0;
            var value = contract.AnnualValue;
            foreach (var at in Times(created, until, saves))
            {
                var user = random.NextDouble() < 0.7 ? by : references.PickStaff(random);
                var kind = random.NextDouble();
                if (step < statuses.Count - 1 && (kind < 0.2 || saves - step < statuses.Count))
                {
                    audit.Modified(nameof(Contract), contract.Id, null, at, user,
                        new AuditChange("Status", statuses[step].ToString(), statuses[step + 1].ToString()));
                    step++;
                }
                else if (kind < 0.4)
                {
                    var before = Pounds((double)value / (1.02 + 0.03 * random.NextDouble()));
                    audit.Modified(nameof(Contract), contract.Id, null, at, user,
                        new AuditChange("AnnualValue", AuditTrail.Format(before), AuditTrail.Format(value)));
                    value = before;
                }
                else if (kind < 0.55 && contract.Providers.Count > 0)
                {
                    var part = Pick(random, contract.Providers);
                    audit.Modified(nameof(ContractProvider), part.Id, parent, at, user,
                        new AuditChange("AnnualShare", AuditTrail.Format(Pounds((double)part.AnnualShare * 0.97)), AuditTrail.Format(part.AnnualShare)));
                }
                else if (kind < 0.65 && contract.Funding.Count > 0)
                {
                    var line = Pick(random, contract.Funding);
                    audit.Modified(nameof(FundingContribution), line.Id, parent, at, user,
                        new AuditChange("AnnualAmount", AuditTrail.Format(Pounds((double)line.AnnualAmount * 0.97)), AuditTrail.Format(line.AnnualAmount)));
                }
                else if (kind < 0.75)
                {
                    audit.Modified(nameof(Contract), contract.Id, null, at, user,
                        new AuditChange("ResponsibleCommissionerName", Pick(random, Commissioners), contract.ResponsibleCommissionerName));
                }
                else
                {
                    audit.Modified(nameof(Contract), contract.Id, null, at, user,
                        new AuditChange("Description", $"{contract.Title}, commissioned from {contract.StartDate:MMMM yyyy}.", contract.Description));
                }
            }

            return saves;
        }

        /// <summary>
        /// Tops the audit trail up to its volume with more saves on contracts chosen as people choose them: the
        /// same few again and again (so the long histories grow longest).
        /// </summary>
        public async Task CompleteHistoriesAsync(ContractsMade contracts, CancellationToken cancellationToken)
        {
            var count = contracts.Last - contracts.First + 1;
            var order = Enumerable.Range(contracts.First, count).ToArray();
            random.Shuffle(order);
            while (audit.Count < volume.AuditRows)
            {
                var id = order[(int)(count * Math.Pow(random.NextDouble(), 3))];
                var at = Times(_created[(nameof(Contract), id)].At, nowUtc, 1)[0];
                audit.Modified(nameof(Contract), id, null, at, references.PickStaff(random),
                    new AuditChange("Description", "Service specification attached.", "Service specification attached; outcomes framework updated."));
                await audit.FlushIfFullAsync(cancellationToken);
            }
        }

        // -------------------------------------------------------------- opportunities, lots and sealed bids

        public async Task<OpportunitiesMade> AddOpportunitiesAsync(List<Provider> providers, CancellationToken cancellationToken)
        {
            // Bids per lot: Poisson, with the mean that gives the volume's bids over the lots that take bids.
            var bidsPerLot = volume.Bids / (volume.Opportunities * 0.93 * 2.82);
            var generated = providers.Where(p => _providerUsers.ContainsKey(p.Id)).Select(p => p.Id).ToList();
            int open = 0, openWithMostLots = 0, mostLots = 0;
            for (var done = 0; done < volume.Opportunities; done += OpportunityBatch)
            {
                await using var db = target.NewContext();
                var batch = Enumerable.Range(0, Math.Min(OpportunityBatch, volume.Opportunities - done))
                    .Select(_ => NewOpportunity(random, references, nowUtc)).ToList();
                Timings.Lap("opportunities: built");
                db.Opportunities.AddRange(batch.Select(m => m.Opportunity));
                await writer.AssignKeysAsync(db, detectChanges: false, cancellationToken);
                Timings.Lap("opportunities: tracked and keys");
                var bids = new List<Bid>();
                foreach (var made in batch)
                {
                    _created[(nameof(Opportunity), made.Opportunity.Id)] = (made.Opportunity.CreatedAtUtc, references.Officers.Single(o => o.Id == made.Opportunity.AuthorUserId));
                    if (made.PublishedAt is { } published && made.BidDeadline is { } deadline)
                    {
                        bids.AddRange(Finish(db, made, published, deadline, bidsPerLot));
                    }

                    if (made.Opportunity.IsOpenForBids(nowUtc))
                    {
                        open++;
                        if (made.Opportunity.Lots.Count > mostLots)
                        {
                            (openWithMostLots, mostLots) = (made.Opportunity.Id, made.Opportunity.Lots.Count);
                        }
                    }
                }

                Timings.Lap("opportunities: bids and stages");
                db.AddRange(bids);
                await writer.AssignKeysAsync(db, detectChanges: true, cancellationToken);
                Timings.Lap("opportunities: bids tracked and keys");
                foreach (var bid in bids)
                {
                    _created[(nameof(Bid), bid.Id)] = (bid.CreatedAtUtc, _providerUsers[bid.ProviderId]);
                }

                AuditAdded(db);
                foreach (var made in batch)
                {
                    OpportunityHistory(made.Opportunity);
                }

                foreach (var bid in bids.Where(b => b.SubmittedAtUtc is not null))
                {
                    audit.Modified(nameof(Bid), bid.Id, null, bid.SubmittedAtUtc!.Value, _providerUsers[bid.ProviderId],
                        new AuditChange("Status", nameof(BidStatus.Draft), nameof(BidStatus.Submitted)),
                        new AuditChange("SubmittedAtUtc", null, AuditTrail.Format(bid.SubmittedAtUtc)),
                        new AuditChange("ReceiptReference", null, bid.ReceiptReference));
                }

                Timings.Lap("opportunities: audit");
                await writer.WriteAddedAsync(db, cancellationToken);
                Timings.Lap("opportunities: written");
                await audit.FlushIfFullAsync(cancellationToken);
                Timings.Lap("opportunities: audit flushed");
            }

            return new OpportunitiesMade(openWithMostLots, open);

            IEnumerable<Bid> Finish(DbContext db, MadeOpportunity made, DateTime published, DateTime deadline, double mean)
            {
                var opportunity = made.Opportunity;
                var cancelAt = published.AddDays(5);
                var closes = new[] { deadline, nowUtc, made.Stage == OpportunityStage.Cancelled ? cancelAt : deadline }.Min().AddHours(-1);
                var rules = opportunity.BidRules();
                var submittedBy = new Dictionary<int, List<int>>();
                var bidsStarted = new List<Bid>();
                foreach (var lot in opportunity.Lots)
                {
                    var bidders = new HashSet<int>();
                    // An awarded opportunity was awarded to someone who bid.
                    var wanted = made.Stage == OpportunityStage.Awarded && lot.Number == 1 ? Math.Max(1, Poisson(mean)) : Poisson(mean);
                    for (var n = wanted; n > 0; n--)
                    {
                        bidders.Add(_pools!.Skewed(random, generated));
                    }

                    foreach (var providerId in bidders)
                    {
                        var user = _providerUsers[providerId];
                        var span = (closes - published.AddHours(1)).TotalMinutes;
                        var started = published.AddHours(1).AddMinutes(span * 0.6 * random.NextDouble());
                        var saved = started.AddMinutes((closes - started).TotalMinutes * 0.5 * random.NextDouble());
                        var submitted = saved.AddMinutes((closes - saved).TotalMinutes * random.NextDouble());
                        var bid = opportunity.StartBid(lot.Id, providerId, user.Id, started);
                        var draft = made.Stage == OpportunityStage.Open && random.NextDouble() < 0.4;
                        bid.Save(BidFor(rules, lot, draft), rules, user.Id, saved);
                        if (!draft)
                        {
                            bid.Submit(rules, user.Id, submitted);
                            if (random.NextDouble() < 0.03 && (submittedBy.Count > 0 || made.Stage != OpportunityStage.Awarded))
                            {
                                bid.Withdraw(rules, submitted.AddMinutes((closes - submitted).TotalMinutes * random.NextDouble()));
                            }
                            else
                            {
                                (submittedBy.TryGetValue(lot.Id, out var list) ? list : submittedBy[lot.Id] = []).Add(providerId);
                            }
                        }

                        bidsStarted.Add(bid);
                    }
                }

                switch (made.Stage)
                {
                    case OpportunityStage.InEvaluation:
                        opportunity.StartEvaluation(deadline.AddDays(1));
                        break;
                    case OpportunityStage.Awarded:
                        opportunity.StartEvaluation(deadline.AddDays(1));
                        opportunity.Award(opportunity.Lots.ToDictionary(l => l.Id,
                                l => submittedBy.TryGetValue(l.Id, out var ids) ? (int?)Pick(random, ids) : null),
                            "Awarded after evaluation by the panel.", deadline.AddDays(30) < nowUtc ? deadline.AddDays(30) : nowUtc);
                        break;
                    case OpportunityStage.Cancelled:
                        opportunity.Cancel("Cancelled: the service is being redesigned with the people who use it.", cancelAt);
                        break;
                    case OpportunityStage.Open when opportunity.IsOpenForQuestions(published.AddHours(1)):
                        foreach (var (userId, providerId) in references.ProviderUsers.Where(_ => random.NextDouble() < 0.7))
                        {
                            db.Add(opportunity.RegisterInterest(providerId, userId, published.AddHours(1)));
                            var question = opportunity.Ask(providerId, userId, "Can a small organisation bid for one lot only, as part of a consortium?", published.AddHours(1));
                            if (random.NextDouble() < 0.5)
                            {
                                question.AnswerAndPublish(null, "Yes. Each lot is awarded separately; name the consortium's members in your bid.", references.Officer.Name, published.AddHours(2));
                            }

                            db.Add(question);
                        }

                        break;
                }

                return bidsStarted;
            }
        }

        /// <summary>A bid's content: a price for each year near the lot's value, an answer to each question, a commitment for each criterion.</summary>
        private BidContent BidFor(BidRules rules, Lot lot, bool draft)
        {
            var annual = (double)lot.AnnualValue * (0.85 + 0.25 * random.NextDouble());
            return new BidContent(
                Enumerable.Range(1, rules.PriceYears).Select(y => draft && y > 1 ? null : (decimal?)Pounds(annual * Math.Pow(1.025, y - 1))).ToList(),
                rules.Questions.Select((q, i) => draft && i > 0 ? null
                    : $"We have delivered this service in Leeds for {random.Next(2, 25)} years. Our staff live in the communities they serve, and people who use the service help us design it. We will meet every outcome in the specification and report on each one every quarter.").ToList(),
                rules.SocialValueCriteria.Select(_ => draft ? null : (decimal?)random.Next(0, 50) * 100).ToList(),
                []);
        }

        /// <summary>The saves an opportunity went through: drafting, approval and each stage after, by the procurement officer.</summary>
        private void OpportunityHistory(Opportunity opportunity)
        {
            var (created, by) = _created[(nameof(Opportunity), opportunity.Id)];
            var until = new[] { nowUtc, opportunity.PublishedAtUtc ?? nowUtc }.Min();
            var edits = random.Next(2, 8);
            foreach (var at in Times(created, until > created ? until : created.AddHours(1), edits))
            {
                audit.Modified(nameof(Opportunity), opportunity.Id, null, at, by,
                    new AuditChange("Description", opportunity.Title, opportunity.Description));
            }

            var status = OpportunityStatus.Draft;
            void Moved(OpportunityStatus to, DateTime? at)
            {
                if (at is { } when)
                {
                    audit.Modified(nameof(Opportunity), opportunity.Id, null, when, by, new AuditChange("Status", status.ToString(), to.ToString()));
                    status = to;
                }
            }

            if (opportunity.Status != OpportunityStatus.Draft)
            {
                Moved(OpportunityStatus.Approved, opportunity.PublishedAtUtc?.AddDays(-2) ?? nowUtc.AddDays(-1));
            }

            Moved(OpportunityStatus.Published, opportunity.PublishedAtUtc);
            if (opportunity.Status is OpportunityStatus.InEvaluation or OpportunityStatus.Awarded)
            {
                Moved(OpportunityStatus.InEvaluation, opportunity.BidDeadlineUtc?.AddDays(1));
            }

            if (opportunity.Status is OpportunityStatus.Awarded or OpportunityStatus.Cancelled)
            {
                Moved(opportunity.Status, new[] { nowUtc, (opportunity.BidDeadlineUtc ?? nowUtc).AddDays(30) }.Min());
            }
        }

        // -------------------------------------------------------------- shared

        /// <summary>The "added" audit row of every audited entity the context is about to write, at its root's creation, by its creator.</summary>
        private void AuditAdded(DbContext db)
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added))
            {
                foreach (var root in audit.RootsOf(entry))
                {
                    if (_created.TryGetValue(root, out var made))
                    {
                        audit.Added(entry, made.At, made.By);
                        break;
                    }
                }
            }
        }

        /// <summary><paramref name="count"/> moments between two instants, in order, in working hours.</summary>
        private List<DateTime> Times(DateTime from, DateTime to, int count)
        {
            var span = Math.Max(1, (to - from).TotalMinutes);
            var times = Enumerable.Range(0, count)
                .Select(_ => from.AddMinutes(span * random.NextDouble()))
                .Select(t => Working(t) is var working && working >= from && working <= to ? working : t)
                .ToList();
            times.Sort();
            return times;
        }

        /// <summary><paramref name="at"/>, or a moment in the 60 days before <paramref name="limit"/> if it is later.</summary>
        private DateTime Before(DateTime limit, DateTime at) => at < limit ? at : limit.AddMinutes(-random.Next(60, 60 * 24 * 60));

        /// <summary>The same day between 08:00 and 18:00 UTC: people work in the day.</summary>
        private DateTime Working(DateTime at) => at.Date.AddHours(8 + random.Next(0, 10)).AddMinutes(random.Next(0, 60)).AddSeconds(random.Next(0, 60));

        private int Poisson(double mean)
        {
            var limit = Math.Exp(-mean);
            var n = 0;
            for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
            {
                n++;
            }

            return n;
        }

        private static Guid NewGuid(Random random)
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes);
        }
    }

    // ------------------------------------------------------------------ providers

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

    private static MadeOpportunity NewOpportunity(Random random, References references, DateTime nowUtc)
    {
        // The procurement officer who runs it: the demo officer for some, one of the bench's officers for the rest.
        var officer = references.PickOfficer(random);
        var stage = random.NextDouble() switch
        {
            // A region runs a few hundred open at once (1.5%); most of the history is awarded.
            < 0.060 => OpportunityStage.Draft,
            < 0.080 => OpportunityStage.Approved,
            < 0.095 => OpportunityStage.Open,
            < 0.125 => OpportunityStage.Closed,
            < 0.170 => OpportunityStage.InEvaluation,
            < 0.920 => OpportunityStage.Awarded,
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
            OpportunityStage.Closed or OpportunityStage.InEvaluation => nowUtc.AddDays(-random.Next(46, 120)),
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
            area, references.Organisations[organisation], officer.Id, officer.Name, createdAt);

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
            return new MadeOpportunity(opportunity, stage, null, null);
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
            return new MadeOpportunity(opportunity, stage, null, null);
        }

        var approveAt = stage == OpportunityStage.Approved ? nowUtc.AddDays(-1) : published.AddDays(-2);
        var localBidders = opportunity.Lots.ToDictionary(l => l.Number, _ => 1);
        opportunity.SubmitForApproval(officer.Id, officer.Name, localBidders, approveAt.AddHours(-4));
        opportunity.Approve(references.Approver.Id, references.Approver.Name, opportunity.Lots.ToDictionary(l => l.Number, _ => 1), 500_000m, approveAt,
            opportunity.ValueMismatch() is null ? null : "The lots include the expected inflation; the estimate is being revised.");
        if (stage == OpportunityStage.Approved)
        {
            return new MadeOpportunity(opportunity, stage, null, null);
        }

        opportunity.Publish(officer.Id, officer.Name, published);
        if (random.NextDouble() < 0.3)
        {
            opportunity.PublishClarification("The TUPE information for the current services is now attached to the specification.",
                officer.Name, published.AddHours(1));
        }

        return new MadeOpportunity(opportunity, stage, published, bidDeadline);
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

        public required StaffUser Officer { get; init; }

        public required StaffUser Approver { get; init; }

        public required IReadOnlyList<(string UserId, int ProviderId)> ProviderUsers { get; init; }

        /// <summary>Everyone on the council and NHS side (the demo accounts and the bench accounts), who make the audited changes.</summary>
        public required IReadOnlyList<StaffUser> Staff { get; init; }

        public required string ProviderRoleId { get; init; }

        /// <summary>The demo procurement officer and the bench's.</summary>
        public required IReadOnlyList<StaffUser> Officers { get; init; }

        public StaffUser PickOfficer(Random random) => random.NextDouble() < 0.4 ? Officer : Officers[random.Next(Officers.Count)];

        /// <summary>A member of staff, weighted: a few people make most of the changes.</summary>
        public StaffUser PickStaff(Random random) => Staff[(int)(Staff.Count * Math.Pow(random.NextDouble(), 2))];

        public static async Task<References> LoadAsync(CommissioningDbContext db, CancellationToken cancellationToken)
        {
            var users = await db.Users.AsNoTracking().Where(u => u.Email != null).OrderBy(u => u.Email)
                .Select(u => new { u.Id, Email = u.Email!, u.DisplayName, u.ProviderId })
                .ToListAsync(cancellationToken);
            var byEmail = users.ToDictionary(u => u.Email);
            StaffUser User(string email) => byEmail.TryGetValue(email, out var u)
                ? new StaffUser(u.Id, u.Email, u.DisplayName)
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
                ProviderUsers = users.Where(u => u.ProviderId is not null).OrderBy(u => u.ProviderId)
                    .Select(u => (u.Id, u.ProviderId!.Value)).ToList(),
                Staff = users.Where(u => u.ProviderId is null && u.Email is not ("evaluator@example.org" or "admin@example.org"))
                    .Select(u => new StaffUser(u.Id, u.Email, u.DisplayName)).ToList(),
                Officers = users.Where(u => u.Email == "procurement@example.org" || u.Email.StartsWith("bench-procurement-", StringComparison.Ordinal))
                    .Select(u => new StaffUser(u.Id, u.Email, u.DisplayName)).ToList(),
                ProviderRoleId = await db.Roles.Where(r => r.Name == Roles.ProviderUser).Select(r => r.Id).SingleAsync(cancellationToken),
            };
        }
    }
}
