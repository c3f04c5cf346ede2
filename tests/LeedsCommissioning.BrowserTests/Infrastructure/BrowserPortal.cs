using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LeedsCommissioning.BrowserTests.Infrastructure;

/// <summary>Every browser test class shares one running portal and one Chromium, and runs one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPortal>
{
    public const string Name = "Browser";
}

/// <summary>
/// The fixture: the portal on Kestrel (<see cref="PortalServer"/>) and one headless Chromium, both started on
/// first use, so a machine without Chromium skips the tests without starting anything. Each test gets a fresh
/// browser context (its own cookies) through <see cref="StartJourneyAsync"/>.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private PortalServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The shared portal's clock (its FakeTimeProvider), for what a test computes from it: an authenticator code, say.</summary>
    public DateTimeOffset Now => _server?.Clock.GetUtcNow() ?? throw new InvalidOperationException("The portal has not started");

    /// <summary>
    /// A new browser context and page for <paramref name="who"/>, the prefix of its screenshots, <paramref name="width"/> CSS pixels
    /// wide, on the shared portal or on <paramref name="portal"/>, a test's own (<see cref="StartPrivatePortal"/>).
    /// </summary>
    public async Task<Journey> StartJourneyAsync(string who, int width = 1280, Uri? portal = null)
    {
        Chromium.RequireOrSkip();
        await EnsureStartedAsync();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (portal ?? BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var server = portal is null ? _server : null;
        return new Journey(context, page, who, server is null ? null : email => SecondFactor.NextCodeAsync(server.Services, email));
    }

    /// <summary>
    /// A portal of the test's own, for a journey that moves its clock on (the shared one stays at <see cref="PortalFactory.Now"/>):
    /// started once Chromium is known to be there; the test disposes it.
    /// </summary>
    public static PortalServer StartPrivatePortal()
    {
        Chromium.RequireOrSkip();
        var server = new PortalServer();
        server.Start();
        return server;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _startLock.Dispose();
    }

    private async Task EnsureStartedAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                return;
            }

            _server = new PortalServer();
            BaseAddress = _server.Start();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Headless = true,
                Args = Chromium.Args,
            });
        }
        finally
        {
            _startLock.Release();
        }
    }
}
