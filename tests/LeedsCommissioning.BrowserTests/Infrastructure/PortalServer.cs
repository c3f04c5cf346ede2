using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.BrowserTests.Infrastructure;

/// <summary>
/// The real app, exactly as the web tests start it (<see cref="PortalFactory"/>: its own copy of the seeded
/// template database, the FakeTimeProvider clock at <see cref="PortalFactory.Now"/>), but served by Kestrel on
/// a free loopback port so a real browser can reach it. WebApplicationFactory's UseKestrel(0) binds
/// http://127.0.0.1:0 and StartServer() starts it.
/// </summary>
public sealed class PortalServer : PortalFactory
{
    public PortalServer() => UseKestrel(0);

    /// <summary>Starts the server and returns its address, e.g. http://127.0.0.1:40123/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel is not listening on 127.0.0.1 (addresses: {string.Join(", ", addresses)})");
        KestrelAddress = new Uri(address.TrimEnd('/') + "/");
        return KestrelAddress;
    }
}
