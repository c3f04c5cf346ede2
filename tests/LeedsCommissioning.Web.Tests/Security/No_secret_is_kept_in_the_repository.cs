using System.Text.Json;
using System.Text.RegularExpressions;
using LeedsCommissioning.Web.Tests.Infrastructure;

namespace LeedsCommissioning.Web.Tests.Security;

/// <summary>
/// Issue 16: secrets are never in the repository; connection strings, the SMTP password, the GOV.UK Notify key and the
/// Data Protection certificate's password come from the environment or user secrets (docs/operations.md, "Settings";
/// docs/security.md). Checked on the files a deployment reads: every appsettings file, the compose file, the Dockerfile
/// and deploy/.
/// </summary>
public sealed partial class No_secret_is_kept_in_the_repository
{
    [Fact]
    public void no_settings_file_holds_a_password_a_key_or_a_connection_string_with_a_password()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "appsettings*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        var found = new List<string>();
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            foreach (var (path, value) in Leaves(json.RootElement, ""))
            {
                var secretName = SecretName().IsMatch(path.Split(':')[^1]);
                var connectionWithPassword = path.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase) && PasswordInConnection().IsMatch(value);
                if ((secretName && value.Length > 0) || connectionWithPassword)
                {
                    found.Add($"{Path.GetRelativePath(Repository.Root, file)}: {path}");
                }
            }
        }

        Assert.Empty(found);
    }

    [Fact]
    public void the_container_files_take_every_password_from_the_environment_with_no_default()
    {
        var files = new[] { "compose.yaml", "Dockerfile" }.Select(f => Path.Combine(Repository.Root, f))
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "deploy"), "*", SearchOption.AllDirectories))
            .Where(File.Exists)
            .ToList();
        Assert.Contains(files, f => f.EndsWith("compose.yaml", StringComparison.Ordinal));

        var found = new List<string>();
        foreach (var file in files)
        {
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                if (line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                // A secret's variable may be required (${X} or ${X:?message}), never given a default (${X:-value}).
                var defaulted = Variable().Matches(line).Any(v => SecretName().IsMatch(v.Groups["name"].Value) && v.Groups["default"].Success);
                // Once the variables are taken out, no password is left written in the line.
                var written = PasswordWritten().IsMatch(Variable().Replace(line, ""));
                if (defaulted || written)
                {
                    found.Add($"{Path.GetRelativePath(Repository.Root, file)}:{number}: {line.Trim()}");
                }
            }
        }

        Assert.Empty(found);
    }

    private static IEnumerable<(string Path, string Value)> Leaves(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Leaves(p.Value, path.Length == 0 ? p.Name : $"{path}:{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => Leaves(e, $"{path}:{i}")),
        JsonValueKind.String => [(path, element.GetString()!)],
        _ => [],
    };

    [GeneratedRegex("(password|passwd|secret|apikey|api_key|token)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"(password|pwd)\s*=\s*[^;\s]", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordInConnection();

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<default>:?-[^}]*)?(:?\?[^}]*)?\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"(password|secret|apikey)[A-Za-z_]*\s*[=:]\s*[""']?[^\s""';]", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordWritten();
}
