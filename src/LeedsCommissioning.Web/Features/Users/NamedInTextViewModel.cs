namespace LeedsCommissioning.Web.Features.Users;

/// <summary>The records whose typed text names a person (<see cref="NamedInText"/>), from their page and the erasure's.</summary>
public sealed class NamedInTextViewModel
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>True once their personal data is erased: their name is gone, so the administrator types what to look for.</summary>
    public bool Erased { get; init; }

    /// <summary>What the administrator typed to look for instead of the person's name and e-mail address (kept in the form).</summary>
    public string? LookFor { get; set; }

    /// <summary>What was looked for: the typed text, or the person's name and e-mail address; empty when nothing was.</summary>
    public IReadOnlyList<string> LookedFor { get; init; } = [];

    public IReadOnlyList<NamedInText.Mention> Mentions { get; init; } = [];

    /// <summary>More records than <see cref="NamedInText.MostListed"/> name them.</summary>
    public bool More { get; init; }
}
