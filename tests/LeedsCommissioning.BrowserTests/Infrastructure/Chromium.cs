namespace LeedsCommissioning.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium, which Playwright drives (Playwright cannot download its own browsers here).
/// A newcomer's machine with only the .NET SDK skips the browser tests; CI (CI=true) must run them.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

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
                $"{ExecutablePath} is missing and CI=true: the browser tests must run in CI (apt-get install -y chromium).");
        }

        Skip.If(true,
            $"Browser tests need Chromium at {ExecutablePath} (Debian: apt-get install chromium). " +
            "Skipped because it is not installed and CI is not \"true\".");
    }
}
