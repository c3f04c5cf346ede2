using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// The register's figures that take a pass over many contracts (the totals of a filtered set, the funder and
/// organisation choices, the first pages of a filter's rows), kept per version of the register's data, so they are computed once per change instead of
/// on every request (docs/benchmarks.md, "What was changed: the register and the directory").
/// <para>
/// The version is a counter in the database (table RegisterVersion, migration RegisterSearch) that triggers raise on
/// every insert, update and delete of contracts, their providers and funding, providers and commissioning
/// organisations, whoever makes the change: this app, another instance of it, an import or a script. Each request
/// reads it (one row by its key) and uses only figures computed at that version, so an instance never shows
/// figures older than the data another instance has saved. What is kept here is a copy, never the truth, and is
/// bounded (<see cref="Capacity"/> entries, each dropped after <see cref="Lifetime"/> unused).
/// </para>
/// <para>
/// The contract page's facts (<see cref="ContractPageReads.FactsAsync"/>: the contract's columns, its commissioning
/// organisation, lead provider, funding total and Keep it Local amount; and its renewal line, from the renewal plans
/// and pending extensions, which raise the same version: migration RenewalsInRegisterVersion) read only those tables, so they are kept
/// the same way, per day as well, one entry per contract and version, apart from the register's figures so that opening many
/// contracts never pushes the register's pages out (<see cref="ContractCapacity"/> entries; docs/benchmarks.md, "What
/// was changed: the contract page (session 7)").
/// </para>
/// </summary>
public sealed class RegisterFigures(IServiceScopeFactory scopes) : IDisposable
{
    public const int Capacity = 1_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>How many contracts' page facts are kept (a few hundred bytes each).</summary>
    public const int ContractCapacity = 2_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    private readonly MemoryCache _contracts = new(new MemoryCacheOptions { SizeLimit = ContractCapacity });

    /// <summary>The current version of the register's data (<see cref="DataVersion"/>).</summary>
    public static Task<long> VersionAsync(CommissioningDbContext db, CancellationToken cancellationToken = default) =>
        DataVersion.ReadAsync(db, DataVersion.Register, cancellationToken);

    /// <summary>
    /// The figures named <paramref name="key"/> at <paramref name="version"/>: kept ones, or computed now by
    /// <paramref name="compute"/> with a DbContext of its own. Requests that miss together wait for the same
    /// computation instead of each starting one (after a change, every user's next page would otherwise recompute
    /// the same totals at once); a computation that fails is not kept.
    /// </summary>
    public Task<T> GetOrAddAsync<T>(long version, string key, Func<CommissioningDbContext, Task<T>> compute) =>
        GetOrAdd(_cache, (version, key), compute);

    /// <summary>
    /// What the contract page shows of contract <paramref name="contractId"/> at <paramref name="version"/> on
    /// <paramref name="today"/> (its renewal line's due dates and overdue tag move with the day), kept or computed now, as
    /// <see cref="GetOrAddAsync{T}"/>.
    /// </summary>
    public Task<T> GetOrAddContractAsync<T>(long version, int contractId, DateOnly today, Func<CommissioningDbContext, Task<T>> compute) =>
        GetOrAdd(_contracts, (version, contractId, today), compute);

    private Task<T> GetOrAdd<T>(MemoryCache cache, object entryKey, Func<CommissioningDbContext, Task<T>> compute)
    {
        if (cache.TryGetValue(entryKey, out var kept) && kept is Task<T> figures)
        {
            return figures;
        }

        lock (cache)
        {
            if (cache.TryGetValue(entryKey, out kept) && kept is Task<T> started)
            {
                return started;
            }

            figures = ComputeAsync(compute);
            cache.Set(entryKey, figures, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Lifetime });
        }

        _ = figures.ContinueWith(t => cache.Remove(entryKey), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return figures;
    }

    private async Task<T> ComputeAsync<T>(Func<CommissioningDbContext, Task<T>> compute)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await compute(scope.ServiceProvider.GetRequiredService<CommissioningDbContext>());
    }

    public void Dispose()
    {
        _cache.Dispose();
        _contracts.Dispose();
    }
}
