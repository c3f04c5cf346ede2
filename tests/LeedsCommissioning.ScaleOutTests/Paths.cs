using System.Reflection;

namespace LeedsCommissioning.ScaleOutTests;

/// <summary>Where the built portal is (written into this assembly by the .csproj, for the same Configuration).</summary>
internal static class Paths
{
    public static string WebDll => Metadata("WebDll");

    public static string WebProjectDirectory => Metadata("WebProjectDirectory");

    private static string Metadata(string key) =>
        typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"No {key} in the test assembly");
}
