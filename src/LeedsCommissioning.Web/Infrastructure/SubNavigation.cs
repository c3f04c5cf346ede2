namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// The pages of one record (a contract's overview, funding, term, providers, documents, history), as MOJ Frontend's
/// sub-navigation (<c>Features/Shared/_SubNavigation.cshtml</c>): one short page each instead of one long page, and on a
/// phone a list of links that wraps instead of tabs that stack every panel (docs/patterns.md).
/// </summary>
/// <param name="Label">The navigation's accessible name, e.g. "Contract pages".</param>
public sealed record SubNavigation(string Label, IReadOnlyList<SubNavigationItem> Items);

/// <param name="Id">The page's key, also used in the link's id ("subnav-funding").</param>
public sealed record SubNavigationItem(string Id, string Text, string Href, bool Current);
