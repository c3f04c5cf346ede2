using LeedsCommissioning.Infrastructure.Data;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Figures an instance computed from the database, kept for each of a small, fixed set of keys (the dashboard's
/// filters, say) against the stamp they were computed at: the data versions they read (<see cref="DataVersion"/>,
/// which the database raises on every change, whoever makes it) and the UK date when a rule depends on today. A
/// request whose stamp differs computes them again and replaces them, so nothing older than the data another
/// instance has saved is ever shown, and one set per key is kept: memory is bounded by the number of keys.
/// <para>
/// Requests that miss together wait for the same computation (after a change every user's next request would
/// otherwise start one), which runs with a DbContext of its own and not the request's cancellation; a computation
/// that fails is not kept. <c>stillGood</c> lets a caller drop figures that time has made wrong between two data
/// changes (a bid deadline passing).
/// </para>
/// </summary>
public class KeptPerVersion<TKey, TStamp, TValue>(IServiceScopeFactory scopes)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Slot> _slots = [];

    public async Task<TValue> GetAsync(TKey key, TStamp stamp, Func<CommissioningDbContext, Task<TValue>> compute, Func<TValue, bool>? stillGood = null)
    {
        Task<TValue> figures;
        lock (_lock)
        {
            if (!_slots.TryGetValue(key, out var slot) || !EqualityComparer<TStamp>.Default.Equals(slot.Stamp, stamp)
                || slot.Figures.IsFaulted || slot.Figures.IsCanceled)
            {
                slot = new Slot(stamp, Task.Run(() => ComputeAsync(compute)));
                _slots[key] = slot;
            }

            figures = slot.Figures;
        }

        var value = await figures;
        if (stillGood is null || stillGood(value))
        {
            return value;
        }

        lock (_lock)
        {
            if (_slots.TryGetValue(key, out var slot) && slot.Figures == figures)
            {
                _slots[key] = new Slot(stamp, Task.Run(() => ComputeAsync(compute)));
            }

            figures = _slots[key].Figures;
        }

        return await figures;
    }

    private async Task<TValue> ComputeAsync(Func<CommissioningDbContext, Task<TValue>> compute)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await compute(scope.ServiceProvider.GetRequiredService<CommissioningDbContext>());
    }

    private sealed record Slot(TStamp Stamp, Task<TValue> Figures);
}
