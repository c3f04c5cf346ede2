using LeedsCommissioning.Infrastructure.Data;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Figures an instance computed from the database, kept for each key (the dashboard's filters, a person) against the
/// stamp they were computed at: the data versions they read (<see cref="DataVersion"/>, which the database raises on
/// every change, whoever makes it) and the UK date when a rule depends on today. A request whose stamp differs computes
/// them again and replaces them, so nothing older than the data another instance has saved is ever shown, and one set
/// per key is kept.
/// <para>
/// Memory is bounded by the keys: a small, fixed set of them (the dashboard's filters) needs no other bound; keys that
/// grow with the users (one per person) are given a <see cref="KeptBound"/>, which drops the least recently used key
/// beyond its capacity and any key unused for its lifetime.
/// </para>
/// <para>
/// Requests that miss together wait for the same computation (after a change every user's next request would
/// otherwise start one), which runs in a scope of its own (its own DbContext) and not the request's cancellation; a
/// computation that fails is not kept. <c>stillGood</c> lets a caller drop figures that time has made wrong between two
/// data changes (a bid deadline passing).
/// </para>
/// </summary>
public class KeptPerVersion<TKey, TStamp, TValue>(IServiceScopeFactory scopes, KeptBound? bound = null)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _slots = [];

    /// <summary>The keys, most recently used first (the last is the first dropped when a bound is reached).</summary>
    private readonly LinkedList<Entry> _recent = [];

    /// <summary>How many keys are kept now (those unused for the bound's lifetime are dropped first).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                DropUnused(bound?.Clock.GetUtcNow() ?? default);
                return _slots.Count;
            }
        }
    }

    public Task<TValue> GetAsync(TKey key, TStamp stamp, Func<CommissioningDbContext, Task<TValue>> compute, Func<TValue, bool>? stillGood = null) =>
        GetFromScopeAsync(key, stamp, services => compute(services.GetRequiredService<CommissioningDbContext>()), stillGood);

    /// <summary>As <c>GetAsync</c>, for figures that need more of their scope's services than its DbContext (authorisation, say).</summary>
    public async Task<TValue> GetFromScopeAsync(TKey key, TStamp stamp, Func<IServiceProvider, Task<TValue>> compute, Func<TValue, bool>? stillGood = null)
    {
        Task<TValue> figures;
        lock (_lock)
        {
            var slot = Find(key);
            if (slot is null || !EqualityComparer<TStamp>.Default.Equals(slot.Stamp, stamp) || slot.Figures.IsFaulted || slot.Figures.IsCanceled)
            {
                slot = Keep(key, new Slot(stamp, Task.Run(() => ComputeAsync(compute))));
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
            var slot = Find(key);
            if (slot is null || slot.Figures == figures)
            {
                slot = Keep(key, new Slot(stamp, Task.Run(() => ComputeAsync(compute))));
            }

            figures = slot.Figures;
        }

        return await figures;
    }

    /// <summary>
    /// As <see cref="GetAsync(TKey, TStamp, Func{CommissioningDbContext, Task{TValue}}, Func{TValue, bool}?)"/>, for figures
    /// that take minutes to compute (the open data checks make every release): waits at most <paramref name="wait"/> for them,
    /// and meanwhile answers with the figures last computed for the key at an older stamp (<c>Current</c> false), or with none.
    /// One computation per key at a time: while one runs, a request with a newer stamp is answered from it or from the last
    /// figures, and the next request after it is done starts the next.
    /// </summary>
    public async Task<(TValue Value, bool Current)?> GetWithinAsync(TKey key, TStamp stamp, Func<CommissioningDbContext, Task<TValue>> compute, TimeSpan wait)
    {
        Slot slot;
        lock (_lock)
        {
            var known = Find(key);
            if (known is null || known.Figures.IsFaulted || known.Figures.IsCanceled
                || (known.Figures.IsCompleted && !EqualityComparer<TStamp>.Default.Equals(known.Stamp, stamp)))
            {
                var last = known is null ? null : known.Figures.IsCompletedSuccessfully ? new Done(known.Figures.Result) : known.Last;
                known = Keep(key, new Slot(stamp,
                    Task.Run(() => ComputeAsync(services => compute(services.GetRequiredService<CommissioningDbContext>()))), last));
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

    /// <summary>The key's slot, marked as used now; null if it is not kept (or was unused for the bound's lifetime). Under the lock.</summary>
    private Slot? Find(TKey key)
    {
        var now = bound?.Clock.GetUtcNow() ?? default;
        DropUnused(now);
        if (!_slots.TryGetValue(key, out var node))
        {
            return null;
        }

        node.Value.LastUsed = now;
        _recent.Remove(node);
        _recent.AddFirst(node);
        return node.Value.Slot;
    }

    /// <summary>Keeps <paramref name="slot"/> for the key, used now, and drops the least recently used beyond the capacity. Under the lock.</summary>
    private Slot Keep(TKey key, Slot slot)
    {
        if (_slots.TryGetValue(key, out var node))
        {
            node.Value.Slot = slot;
            return slot;
        }

        var entry = new Entry(key, slot) { LastUsed = bound?.Clock.GetUtcNow() ?? default };
        _slots[key] = _recent.AddFirst(entry);
        while (bound is not null && _slots.Count > bound.Capacity)
        {
            Drop(_recent.Last!);
        }

        return slot;
    }

    private void DropUnused(DateTimeOffset now)
    {
        if (bound is null)
        {
            return;
        }

        while (_recent.Last is { } oldest && now - oldest.Value.LastUsed >= bound.Lifetime)
        {
            Drop(oldest);
        }
    }

    private void Drop(LinkedListNode<Entry> node)
    {
        _recent.Remove(node);
        _slots.Remove(node.Value.Key);
    }

    private async Task<TValue> ComputeAsync(Func<IServiceProvider, Task<TValue>> compute)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await compute(scope.ServiceProvider);
    }

    private sealed record Slot(TStamp Stamp, Task<TValue> Figures, Done? Last = null);

    private sealed record Done(TValue Value);

    private sealed class Entry(TKey key, Slot slot)
    {
        public TKey Key { get; } = key;

        public Slot Slot { get; set; } = slot;

        public DateTimeOffset LastUsed { get; set; }
    }
}

/// <summary>
/// How much a <see cref="KeptPerVersion{TKey, TStamp, TValue}"/> whose keys grow with the users keeps: at most
/// <paramref name="Capacity"/> keys (the least recently used is dropped to make room), each dropped once unused for
/// <paramref name="Lifetime"/> by <paramref name="Clock"/> (the app's TimeProvider, so a test's fake clock moves it).
/// </summary>
public sealed record KeptBound(int Capacity, TimeSpan Lifetime, TimeProvider Clock)
{
    public int Capacity { get; } = Capacity > 0 ? Capacity : throw new ArgumentOutOfRangeException(nameof(Capacity), "Keep at least one key.");
}
