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

    /// <summary>
    /// As <see cref="GetAsync"/>, for figures that take minutes to compute (the open data checks make every release):
    /// waits at most <paramref name="wait"/> for them, and meanwhile answers with the figures last computed for the key at an
    /// older stamp (<c>Current</c> false), or with none. One computation per key at a time: while one runs, a request with a
    /// newer stamp is answered from it or from the last figures, and the next request after it is done starts the next.
    /// </summary>
    public async Task<(TValue Value, bool Current)?> GetWithinAsync(TKey key, TStamp stamp, Func<CommissioningDbContext, Task<TValue>> compute, TimeSpan wait)
    {
        Slot slot;
        lock (_lock)
        {
            _slots.TryGetValue(key, out var known);
            if (known is null || known.Figures.IsFaulted || known.Figures.IsCanceled
                || (known.Figures.IsCompleted && !EqualityComparer<TStamp>.Default.Equals(known.Stamp, stamp)))
            {
                var last = known is null ? null : known.Figures.IsCompletedSuccessfully ? new Done(known.Figures.Result) : known.Last;
                known = new Slot(stamp, Task.Run(() => ComputeAsync(compute)), last);
                _slots[key] = known;
            }

            slot = known;
        }

        await Task.WhenAny(slot.Figures, Task.Delay(wait));
        if (slot.Figures.IsCompleted)
        {
            return (await slot.Figures, EqualityComparer<TStamp>.Default.Equals(slot.Stamp, stamp));
        }

        return slot.Last is { } done ? (done.Value, false) : null;
    }

    private async Task<TValue> ComputeAsync(Func<CommissioningDbContext, Task<TValue>> compute)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await compute(scope.ServiceProvider.GetRequiredService<CommissioningDbContext>());
    }

    private sealed record Slot(TStamp Stamp, Task<TValue> Figures, Done? Last = null);

    private sealed record Done(TValue Value);
}
