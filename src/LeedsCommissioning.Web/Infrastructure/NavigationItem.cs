namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>One area of the portal: its name, its list page and the policy that lets a person use it.</summary>
/// <param name="Section">
/// The service navigation link it shares with the other areas of its section ("Contracts": the register, the pipeline,
/// monitoring, decommissioning), or null for a link of its own. See <see cref="Navigation"/>.
/// </param>
public sealed record NavigationItem(string Text, string Href, string? Policy, string? Section = null);

/// <summary>
/// A link in the service navigation: one area, or a section of several whose pages are listed in the section's
/// sub-navigation (<see cref="Pages"/>, two or more).
/// </summary>
public sealed record NavigationLink(string Text, string Href, IReadOnlyList<NavigationItem> Pages)
{
    /// <summary>True when <paramref name="path"/> is one of the link's pages or below one.</summary>
    public bool IsActive(PathString path) => Pages.Any(p => Navigation.IsActive(p, path));

    /// <summary>The section's pages as a sub-navigation, when it has more than one; null for a link of its own.</summary>
    public SubNavigation? SectionNavigation(PathString path) => Pages.Count < 2
        ? null
        : new SubNavigation($"{Text} section", Pages
            .Select(p => new SubNavigationItem(p.Href.Trim('/').Replace('/', '-'), p.Text, p.Href,
                string.Equals(path.Value?.TrimEnd('/'), p.Href, StringComparison.OrdinalIgnoreCase)))
            .ToList());
}
