using System.Globalization;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// How much regional data to generate (issue 12): for N contracts, N/20 providers, N/5 opportunities (1 to 6 lots
/// each), about 0.6 N bids, 20 N audit rows and the contracts' monitoring (about 5 quarterly returns a contract).
/// </summary>
/// <param name="RegisterOnly">
/// Only what the contracts register reads: the providers and the contracts with their providers, funding and
/// extensions, each with the audit row of its creation; no opportunities, bids, histories or monitoring. The growth
/// table measures the register's search at 10,000, 100,000 and 1,000,000 contracts on such databases: like for like
/// at every volume. On SQLite the 1,000,000 one is ten copies of the 100,000 one's rows, made in SQL in minutes
/// (<see cref="RegisterCopies"/>), where generating it row by row takes hours.
/// </param>
public sealed record Volume(int Contracts, int Providers, int Opportunities, int Bids, long AuditRows, bool RegisterOnly = false)
{
    public static Volume ForContracts(int contracts) =>
        contracts < 20
            ? throw new ArgumentOutOfRangeException(nameof(contracts), contracts, "At least 20 contracts (one provider for every 20).")
            : new(contracts, contracts / 20, contracts / 5, contracts * 6 / 10, contracts * 20L);

    /// <summary>The register's data alone at this volume (<see cref="RegisterOnly"/>).</summary>
    public static Volume RegisterForContracts(int contracts) =>
        ForContracts(contracts) with { Opportunities = 0, Bids = 0, AuditRows = 0, RegisterOnly = true };

    public override string ToString() => RegisterOnly
        ? string.Create(CultureInfo.InvariantCulture, $"{Contracts:N0} contracts and {Providers:N0} providers (the register's data only)")
        : string.Create(CultureInfo.InvariantCulture,
            $"{Contracts:N0} contracts, {Providers:N0} providers, {Opportunities:N0} opportunities, about {Bids:N0} bids, {AuditRows:N0} audit rows");
}

/// <summary>An account the load can sign in as (password <see cref="Portal.DemoPassword"/>).</summary>
public sealed record BenchAccount(string Email, string Role);

/// <summary>
/// What <see cref="RegionalData.PrepareAsync"/> made (or found already made): rows per table, the accounts to
/// sign in as, and ids worth requesting.
/// </summary>
/// <param name="Reused">True when the database already held this volume from this generator version.</param>
/// <param name="Rows">Rows the generator wrote, by table (on top of the demo data).</param>
/// <param name="ContractWithLongHistory">A contract with one of the longest audit histories (hundreds of entries).</param>
/// <param name="TypicalContract">A live contract with a few providers and a history of about a dozen entries.</param>
/// <param name="OpenOpportunityWithMostLots">The open opportunity with the most lots (for the Keep it Local panel).</param>
/// <param name="Elapsed">How long generating took (zero when reused).</param>
public sealed record PreparedData(
    string Database,
    Volume Volume,
    bool Reused,
    IReadOnlyDictionary<string, long> Rows,
    IReadOnlyList<BenchAccount> Accounts,
    int ContractWithLongHistory,
    int TypicalContract,
    int OpenOpportunityWithMostLots,
    int OpenOpportunities,
    TimeSpan Elapsed)
{
    public long RowsOf(string table) => Rows.TryGetValue(table, out var n) ? n : 0;
}
