using Microsoft.Playwright;

namespace LeedsCommissioning.BrowserTests.Infrastructure;

/// <summary>
/// One person's visit in their own browser context. Every page they arrive on is screenshotted
/// (.ci/out/screenshots/&lt;who&gt;-&lt;page&gt;.png) and checked with axe-core before the test goes on.
/// </summary>
/// <param name="codeFor">The authenticator code to sign in with for an account that has two-factor authentication on (the demo administrator).</param>
public sealed class Journey(IBrowserContext context, IPage page, string who, Func<string, Task<string?>>? codeFor = null) : IAsyncDisposable
{
    public const string DemoPassword = "Leeds-Demo-2026!";

    public IPage Page { get; } = page;

    public string Who { get; } = who;

    public List<string> Visited { get; } = [];

    /// <summary>The absolute address of <paramref name="path"/> on the portal.</summary>
    public string Url(string path) => new Uri(new Uri(Page.Url), path).ToString();

    /// <summary>The page's only h1, trimmed.</summary>
    public async Task<string> HeadingAsync() => (await Page.Locator("h1").InnerTextAsync()).Trim();

    /// <summary>Types <paramref name="path"/> into the address bar, so to speak.</summary>
    public async Task<IResponse?> GoToAsync(string path, string pageName)
    {
        var response = await Page.GotoAsync(path);
        await ArrivedAsync(pageName);
        return response;
    }

    /// <summary>Clicks a link or a submit button and waits for the next page to load.</summary>
    public Task FollowAsync(ILocator linkOrButton, string pageName) => NavigateAsync(() => linkOrButton.ClickAsync(), pageName);

    /// <summary>Does something that loads a page (pressing Enter in a form, say) and waits for it.</summary>
    public async Task NavigateAsync(Func<Task> action, string pageName)
    {
        await NextPageAsync(Page, action);
        await ArrivedAsync(pageName);
    }

    /// <summary>
    /// Does <paramref name="action"/> and waits until the next document has loaded in <paramref name="page"/> (after
    /// any redirect): the page's load event, listened for before the action, so neither a fast answer nor the
    /// document still showing (already loaded) can be mistaken for it. A form's answer can take a while on a loaded
    /// machine; waiting for the POST's response alone is not enough (the old document is still there until the new
    /// one commits).
    /// </summary>
    public static async Task NextPageAsync(IPage page, Func<Task> action)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage p) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await action();
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.Load -= OnLoad;
        }
    }

    /// <summary>Screenshot first (so a failing page can still be looked at), then axe.</summary>
    public async Task ArrivedAsync(string pageName)
    {
        Visited.Add(pageName);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(Who, pageName), FullPage = true });
        await Axe.AssertNoViolationsAsync(Page, pageName);
    }

    /// <summary>
    /// The page as it is at 320 CSS pixels wide (docs/patterns.md "Reflow at 320 CSS pixels"): a full-page screenshot named
    /// "{page}-320", and no sideways scrolling; then back to 1280. (Managing_users, Publishing_an_opportunity and
    /// Changing_a_contracts_value keep copies of their own that could use this.)
    /// </summary>
    public async Task AtPhoneWidthAsync(string pageName)
    {
        await Page.SetViewportSizeAsync(320, 900);
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(Who, pageName + "-320"), FullPage = true });
            Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), $"{pageName} scrolls sideways at 320 px");
        }
        finally
        {
            await Page.SetViewportSizeAsync(1280, 900);
        }
    }

    /// <summary>
    /// Signs in from the sign-in page with the form filled in, and lands on the home page; for an account with
    /// two-factor authentication on, through the code page, as its owner would.
    /// </summary>
    public async Task SignInAsync(string email, string password = DemoPassword)
    {
        await Page.GetByLabel("Email address").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        if (codeFor is null || await codeFor(email) is not { } code)
        {
            await FollowAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }), "home");
            return;
        }

        await FollowAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }), "sign-in-code");
        await Page.GetByLabel("Code from your authenticator app").FillAsync(code);
        await FollowAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }), "home");
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
