using System.ComponentModel.DataAnnotations;

namespace LeedsCommissioning.Web.Features.Procurement;

public sealed class CancelViewModel
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    [Display(Name = "Why is the opportunity being cancelled?")]
    public string? Reason { get; set; }
}
