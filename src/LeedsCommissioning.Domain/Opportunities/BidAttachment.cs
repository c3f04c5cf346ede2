using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>
/// A file attached to a bid: PDF, Word or Excel only, checked by its content as well as its name (<see cref="OfficeDocument"/>), and
/// stored in the database (<see cref="BidAttachmentContent"/>), never under wwwroot and never executed.
/// </summary>
public sealed class BidAttachment
{
    public const long MaximumBytes = 10 * 1024 * 1024;

    private BidAttachment() { }

    internal BidAttachment(string fileName, byte[] content, DateTime nowUtc)
    {
        var name = OfficeDocument.SafeName(fileName);
        if (OfficeDocument.Problem(name, content, MaximumBytes, "10MB") is { } problem)
        {
            throw new DomainException(problem, "Attachment");
        }

        FileName = name.Length > 200 ? name[^200..] : name;
        ContentType = OfficeDocument.ContentType(name);
        Length = content.Length;
        UploadedAtUtc = nowUtc;
        Content = new BidAttachmentContent(content);
    }

    public int Id { get; private set; }

    public int BidId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Length { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    public BidAttachmentContent? Content { get; private set; }
}
