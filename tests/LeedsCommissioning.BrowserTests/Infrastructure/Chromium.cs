namespace LeedsCommissioning.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium, which Playwright drives (Playwright cannot download its own browsers here): its headless shell
/// (apt package chromium-headless-shell) when it is installed, as Playwright itself uses for headless runs, or else the
/// full browser (apt package chromium), whose headless mode is the whole browser without a window and costs about twice
/// the CPU per page (docs/testing.md, "Which Chromium"). A newcomer's machine with only the .NET SDK skips the browser
/// tests; CI (CI=true) must run them.
/// </summary>
public static class Chromium
{
    public const string BrowserPath = "/usr/bin/chromium";

    public const string HeadlessShellPath = "/usr/bin/chromium-headless-shell";

    /// <summary>The Chromium the tests launch: the headless shell if installed, else the browser.</summary>
    public static string ExecutablePath => File.Exists(HeadlessShellPath) ? HeadlessShellPath : BrowserPath;

    /// <summary>CI runs as root, so no sandbox; the rest keeps Chromium off the network and quiet.</summary>
    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling [SkippableFact] when Chromium is missing outside CI; fails it in CI.</summary>
    public static void RequireOrSkip()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        if (IsCi)
        {
            throw new InvalidOperationException(
                $"Neither {HeadlessShellPath} nor {BrowserPath} is there and CI=true: the browser tests must run in CI " +
                "(apt-get install -y chromium-headless-shell chromium).");
        }

        Skip.If(true,
            $"Browser tests need Chromium at {HeadlessShellPath} or {BrowserPath} (Debian: apt-get install chromium-headless-shell chromium). " +
            "Skipped because neither is installed and CI is not \"true\".");
    }
}
