namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>The bytes of an attachment, in a table of their own so lists never load them.</summary>
public sealed class BidAttachmentContent
{
    private BidAttachmentContent() { }

    public BidAttachmentContent(byte[] data) => Data = data;

    public int BidAttachmentId { get; private set; }

    public byte[] Data { get; private set; } = [];
}
