namespace LeedsCommissioning.Web.Tests.Infrastructure;

/// <summary>The repository the tests run from, for the files in it a test reads (docs/, samples).</summary>
public static class Repository
{
    /// <summary>The folder holding global.json, found by walking up from the test assembly.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "global.json")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
