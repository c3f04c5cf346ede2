namespace LeedsCommissioning.Web.Features.Bids;

public sealed class YourBidsViewModel
{
    public IReadOnlyList<YourBidsRow> Rows { get; set; } = [];

    public DateTime NowUtc { get; set; }
}
