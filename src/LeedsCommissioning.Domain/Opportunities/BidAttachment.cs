using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// A file attached to a bid: PDF, Word or Excel only, checked by its first bytes as well as its name, and
/// stored in the database (<see cref="BidAttachmentContent"/>), never under wwwroot and never executed.
/// </summary>
public sealed class BidAttachment
{
    public const long MaximumBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> AllowedExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx"];

    private BidAttachment() { }

    internal BidAttachment(string fileName, string contentType, long length, DateTime nowUtc)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (!AllowedExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            throw new DomainException("The selected file must be a PDF, Word or Excel file", "Attachment");
        }

        if (length == 0)
        {
            throw new DomainException("The selected file is empty", "Attachment");
        }

        if (length > MaximumBytes)
        {
            throw new DomainException("The selected file must be smaller than 10MB", "Attachment");
        }

        FileName = name.Length > 200 ? name[^200..] : name;
        ContentType = contentType;
        Length = length;
        UploadedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int BidId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Length { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    public BidAttachmentContent? Content { get; set; }

    /// <summary>True when the first bytes are those of a PDF, an OLE (old Office) or a ZIP (new Office) file.</summary>
    public static bool LooksLikeAllowedFile(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF"u8)
        || head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })
        || head.StartsWith("PK\x03\x04"u8);
}
