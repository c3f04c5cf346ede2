namespace LeedsCommissioning.Web.Features.Contracts;

public sealed class ContractImportViewModel
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Upload a CSV file")]
    public IFormFile? File { get; set; }
}
