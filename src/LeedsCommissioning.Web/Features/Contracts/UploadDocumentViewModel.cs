using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed class UploadDocumentViewModel
{
    public int ContractId { get; set; }

    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public long MaxUploadBytes { get; set; }

    [Display(Name = "What kind of document is it?")]
    public DocumentKind? Kind { get; set; }

    [Display(Name = "Upload a file")]
    public IFormFile? File { get; set; }
}
