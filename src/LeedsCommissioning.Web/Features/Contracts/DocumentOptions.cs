namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>Settings for contract documents ("Documents" section of configuration).</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>Largest file accepted, in bytes (issue 4: "size limit"; seeded at 10 MB).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}
