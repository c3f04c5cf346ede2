namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Pages whose HTML the cache tag helper keeps (the register's and the monitoring list's results, the dashboard, the
/// public opportunities list), each under a key that names everything the HTML depends on (the page's
/// <c>RenderedKey</c>), in one store bounded in <see cref="WebApplicationSetup"/> (docs/benchmarks.md).
/// </summary>
public static class RenderedHtml
{
    /// <summary>How long kept HTML stays once nobody asks for it.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
}
