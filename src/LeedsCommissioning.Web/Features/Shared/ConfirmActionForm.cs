namespace LeedsCommissioning.Web.Features.Shared;

/// <summary>
/// What a confirmation page posts: the version of the record it showed and the reason typed. Bound as one object so
/// the fields keep their names ("Version", "Reason") in ModelState, and the error summary links to the reason field.
/// </summary>
public sealed class ConfirmActionForm
{
    public int? Version { get; set; }

    public string? Reason { get; set; }
}
