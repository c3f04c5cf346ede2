using LeedsCommissioning.Web.TagHelpers.GovUk;

namespace LeedsCommissioning.Web.Features.Audit;

/// <summary>
/// What an administrator searches the audit trail for (GET /admin/audit, and its downloads): who did it (name or e-mail address,
/// or part of it; or one person's id, from their user page), which record (its type and id, both or neither), and between
/// which UK dates (both optional, inclusive).
/// </summary>
public sealed class AuditFilter
{
    public string? Person { get; set; }

    /// <summary>One person exactly, by their account's id: the link from a user's page.</summary>
    public string? PersonId { get; set; }

    public string? RecordType { get; set; }

    public string? RecordId { get; set; }

    public DateInputModel From { get; set; } = new();

    public DateInputModel To { get; set; } = new();

    public int Page { get; set; } = 1;

    /// <summary>The filters as a query string ("?person=…&amp;…"), for the pages' links and the downloads.</summary>
    public string Query(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        Add("Person", Person);
        Add("PersonId", PersonId);
        Add("RecordType", RecordType);
        Add("RecordId", RecordId);
        Add("From.Day", From.Day);
        Add("From.Month", From.Month);
        Add("From.Year", From.Year);
        Add("To.Day", To.Day);
        Add("To.Month", To.Month);
        Add("To.Year", To.Year);
        if (page is > 1)
        {
            parts.Add($"Page={page}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
