using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>A dated change or clarification published to everyone after publication (issue 6).</summary>
public sealed class ClarificationNotice : IAuditable
{
    private ClarificationNotice() { }

    internal ClarificationNotice(int number, string text, string publishedBy, DateTime publishedAtUtc)
    {
        Number = number;
        Text = Common.Text.Required(text, 4000, "Text", "Enter the clarification", "Clarification");
        PublishedBy = publishedBy;
        PublishedAtUtc = publishedAtUtc;
    }

    public int Id { get; private set; }

    public int OpportunityId { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; } = "";

    public string PublishedBy { get; private set; } = "";

    public DateTime PublishedAtUtc { get; private set; }
}
