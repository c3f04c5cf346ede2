using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Providers;

/// <summary>
/// A provider organisation: a charity, community interest company, company, NHS trust, public body
/// or consortium that delivers commissioned services. Provider users belong to exactly one.
/// </summary>
public sealed class Provider : IAuditable, IVersioned
{
    private Provider() { }

    public Provider(string name)
    {
        Rename(name);
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public int Version { get; private set; }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Enter the organisation's name", nameof(Name));
        }

        Name = name.Trim();
    }
}
