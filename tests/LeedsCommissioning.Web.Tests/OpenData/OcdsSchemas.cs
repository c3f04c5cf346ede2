using System.Text.Json.Nodes;
using NJsonSchema;

namespace LeedsCommissioning.Web.Tests.OpenData;

/// <summary>
/// The vendored OCDS 1.1 schemas (docs/ocds/schema, copied next to the tests), put together for NJsonSchema, which reads
/// their draft-04: the lots extension applied to the release schema as a JSON Merge Patch (RFC 7386), then the release
/// schema placed inside each package schema where the package refers to it by URL, so nothing is fetched from the network.
/// The record package refers to OCDS 1.2's record schema, which is not vendored: a record here is checked for its ocid and
/// its releases, and each release and compiled release against the release schema.
/// </summary>
public static class OcdsSchemas
{
    private static readonly Lazy<Task<JsonSchema>> ReleasePackage = new(() => BuildAsync("release-package-schema.json", records: false));
    private static readonly Lazy<Task<JsonSchema>> RecordPackage = new(() => BuildAsync("record-package-schema.json", records: true));

    public static Task<JsonSchema> ReleasePackageAsync() => ReleasePackage.Value;

    public static Task<JsonSchema> RecordPackageAsync() => RecordPackage.Value;

    /// <summary>Each validation error as "path: kind", for a readable failure: the innermost ones (NJsonSchema nests an array item's errors).</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(Task<JsonSchema> schema, string json) =>
        [.. Leaves((await schema).Validate(json)).Select(e => $"{e.Path}: {e.Kind} {e.Property}").Distinct()];

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Leaves(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child && child.Errors.Count > 0
            ? Leaves(child.Errors.SelectMany(c => c.Value))
            : [e]);

    private static JsonObject Load(string path) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "OcdsSchema", path)))!.AsObject();

    private static async Task<JsonSchema> BuildAsync(string packageFile, bool records)
    {
        var release = Load("release-schema.json");
        MergePatch(release, Load(Path.Combine("lots-extension", "release-schema.json")));
        var package = Load(packageFile);
        var definitions = (JsonObject)release["definitions"]!.DeepClone();
        release.Remove("definitions");
        release.Remove("id");
        release.Remove("$schema");
        definitions["Release"] = release;
        package["definitions"] = definitions;
        var properties = package["properties"]!.AsObject();
        if (records)
        {
            properties["records"]!["items"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("ocid", "releases"),
                ["properties"] = new JsonObject
                {
                    ["ocid"] = new JsonObject { ["type"] = "string" },
                    ["releases"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["$ref"] = "#/definitions/Release" } },
                    ["compiledRelease"] = new JsonObject { ["$ref"] = "#/definitions/Release" },
                },
            };
        }
        else
        {
            properties["releases"]!["items"] = new JsonObject { ["$ref"] = "#/definitions/Release" };
        }

        return await JsonSchema.FromJsonAsync(package.ToJsonString());
    }

    /// <summary>RFC 7386: objects merge member by member, null removes, anything else replaces.</summary>
    private static void MergePatch(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject patchObject && target[key] is JsonObject targetObject)
            {
                MergePatch(targetObject, patchObject);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }
}
