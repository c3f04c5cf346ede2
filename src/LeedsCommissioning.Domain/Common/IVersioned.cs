namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// An editable aggregate with an optimistic-concurrency version. The infrastructure increments
/// <see cref="Version"/> on every save and refuses a save whose version is stale.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
