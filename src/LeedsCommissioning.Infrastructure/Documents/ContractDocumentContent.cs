namespace LeedsCommissioning.Infrastructure.Documents;

/// <summary>
/// The bytes of an uploaded contract document, keyed by the document's storage key. Kept in the
/// database (not on the web server's disk, never under wwwroot) so every instance behind a load
/// balancer serves the same files and a backup of the database holds them (issue 4: "stored safely,
/// never executed, never served from wwwroot"). Infrastructure only: the domain knows the metadata.
/// </summary>
public sealed class ContractDocumentContent
{
    private ContractDocumentContent() { }

    public ContractDocumentContent(string storageKey, byte[] content)
    {
        StorageKey = storageKey;
        Content = content;
    }

    public string StorageKey { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    /// <summary>A new random key: never derived from the uploaded file's name.</summary>
    public static string NewKey() => Guid.NewGuid().ToString("N");
}
