namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>The GOV.UK pagination component's data: current page, page count and how to link a page.</summary>
public sealed record PaginationModel(int Page, int PageCount, Func<int, string> Href)
{
    /// <summary>Pages to show: first, last, and the current one with its neighbours; null marks an ellipsis.</summary>
    public IEnumerable<int?> Items()
    {
        int? previous = null;
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - Page) <= 1)
            {
                if (previous is { } last && p - last > 1)
                {
                    yield return null;
                }

                yield return p;
                previous = p;
            }
        }
    }
}
