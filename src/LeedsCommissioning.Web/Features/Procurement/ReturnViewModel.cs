using System.ComponentModel.DataAnnotations;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed class ReturnViewModel
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string AuthorName { get; set; } = "";

    /// <summary>The version the approver read: a withdrawn and changed opportunity is not returned unseen.</summary>
    public int Version { get; set; }

    [Display(Name = "What needs to change before it can be approved?")]
    public string? Reason { get; set; }
}
