using System.Text.RegularExpressions;

namespace LeedsCommissioning.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots of every page a journey visits, for people to look at: .ci/out/screenshots/.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), ".ci", "out", "screenshots")).FullName;

    public static string PathFor(string who, string page) => Path.Combine(Folder, $"{Slug(who)}-{Slug(page)}.png");

    private static string Slug(string text) => Regex.Replace(text.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

    /// <summary>The folder holding LeedsCommissioning.sln, found by walking up from the test assembly.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LeedsCommissioning.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"LeedsCommissioning.sln not found above {AppContext.BaseDirectory}");
    }
}
