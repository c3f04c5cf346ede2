using LeedsCommissioning.BrowserTests.Infrastructure;
using LeedsCommissioning.Web.Tests.Security;
using Microsoft.Playwright;

namespace LeedsCommissioning.BrowserTests.Reflow;

/// <summary>
/// The reflow test's own portal (a database of its own, because the authorisation matrix's route values make
/// records: bids, an upload, an opportunity in evaluation, an application) and its own Chromium, both started
/// on first use. The records are those the matrix test requests its endpoints with
/// (<see cref="Every_endpoint_declares_who_may_use_it.RouteValues"/>), so every page is seen in a state that
/// renders it, not as a 404.
/// </summary>
public sealed class PhonePortal : IAsyncLifetime
{
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private PortalServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri? _baseAddress;

    public PortalServer Server => _server ?? throw new InvalidOperationException("Call StartAsync first.");

    public IReadOnlyDictionary<string, string> RouteValues { get; private set; } = new Dictionary<string, string>();

    /// <summary>A new browser context whose viewport is <paramref name="width"/> by <paramref name="height"/> CSS pixels.</summary>
    public async Task<IPage> NewPageAsync(int width, int height)
    {
        Chromium.RequireOrSkip();
        await StartAsync();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _baseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
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

    private async Task StartAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                return;
            }

            _server = new PortalServer();
            _baseAddress = _server.Start();
            RouteValues = await Every_endpoint_declares_who_may_use_it.RouteValues(_server);
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
