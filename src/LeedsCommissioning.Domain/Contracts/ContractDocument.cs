using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>
/// A document's metadata; the bytes live in a document store under <see cref="StorageKey"/>
/// (issue 4: "stored safely, never executed, never served from wwwroot").
/// </summary>
public sealed class ContractDocument : IAuditable
{
    private ContractDocument() { }

    internal ContractDocument(
        DocumentKind kind, string fileName, string contentType, long sizeBytes, string storageKey,
        string? uploadedByUserId, string uploadedByName, DateTime uploadedAtUtc)
    {
        Kind = kind;
        FileName = Text.Required(Path.GetFileName(fileName ?? ""), 255, nameof(FileName), "Select a file", "File name");
        // PDF, Word and Excel only (issue 4); the upload checks the content too (OfficeDocument.Problem).
        if (!OfficeDocument.HasAllowedName(FileName))
        {
            throw new DomainException(OfficeDocument.WrongType, "File");
        }

        if (sizeBytes <= 0)
        {
            throw new DomainException("The selected file is empty", "File");
        }

        ContentType = Text.Required(contentType, 100, nameof(ContentType), "Select a file", "Content type");
        SizeBytes = sizeBytes;
        StorageKey = Text.Required(storageKey, 200, nameof(StorageKey), "The document has no storage key", "Storage key");
        UploadedByUserId = uploadedByUserId;
        UploadedByName = Text.Required(uploadedByName, 200, nameof(UploadedByName), "Say who uploaded the document", "Uploaded by");
        UploadedAtUtc = uploadedAtUtc.Kind == DateTimeKind.Utc ? uploadedAtUtc : uploadedAtUtc.ToUniversalTime();
    }

    public int Id { get; private set; }

    public int ContractId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public string StorageKey { get; private set; } = "";

    public string? UploadedByUserId { get; private set; }

    public string UploadedByName { get; private set; } = "";

    public DateTime UploadedAtUtc { get; private set; }
}
