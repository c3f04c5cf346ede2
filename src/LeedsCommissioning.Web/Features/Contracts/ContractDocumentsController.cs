using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Documents;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>Settings for contract documents ("Documents" section of configuration).</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>Largest file accepted, in bytes (issue 4: "size limit"; seeded at 10 MB).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}

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

public sealed class UploadDocumentValidator : AbstractValidator<UploadDocumentViewModel>
{
    public UploadDocumentValidator()
    {
        RuleFor(m => m.Kind).NotNull().WithMessage("Select what kind of document it is")
            .IsInEnum().WithMessage("Select what kind of document it is");
        RuleFor(m => m.File).NotNull().WithMessage("Select a file");
        RuleFor(m => m.File!.FileName).MaximumLength(255).WithMessage("The file name must be 255 characters or fewer")
            .When(m => m.File is not null);
    }
}

/// <summary>
/// Contract documents (issue 4: specification, contract, variation letters; PDF, Word, Excel only;
/// size limit; stored safely, never executed, never served from wwwroot). The bytes live in the
/// database (ContractDocumentContents); downloads are attachments that browsers may not sniff.
/// </summary>
[Route("contracts/{id:int}/documents")]
public sealed class ContractDocumentsController(CommissioningDbContext db, TimeProvider clock, IOptions<DocumentOptions> options) : Controller
{
    /// <summary>The outer bound on the request; the configured limit is checked on the file itself.</summary>
    private const long RequestLimit = 64L * 1024 * 1024;

    [HttpGet("upload")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> Upload(int id)
    {
        var model = await Describe(id, new UploadDocumentViewModel());
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("upload")]
    [Authorize(Policies.ManageContracts)]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(int id, UploadDocumentViewModel model, [FromServices] IValidator<UploadDocumentViewModel> validator)
    {
        var contract = await db.Contracts.Include(c => c.Documents).SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null || await Describe(id, model) is null)
        {
            return NotFound();
        }

        if (await ModelState.ValidateAsync(validator, model) && await UploadCheck.ProblemAsync(model.File!, options.Value.MaxUploadBytes) is { } problem)
        {
            ModelState.AddModelError(nameof(model.File), problem);
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var key = ContractDocumentContent.NewKey();
        try
        {
            var document = contract.AddDocument(model.Kind!.Value, model.File!.FileName, UploadCheck.ContentType(model.File.FileName),
                model.File.Length, key, User.FindFirstValue(System.Security.Claims.ClaimTypes.NameIdentifier), User.DisplayName(), clock.GetUtcNow().UtcDateTime);
            db.ContractDocumentContents.Add(new ContractDocumentContent(key, await UploadCheck.ReadAsync(model.File)));
            await db.SaveChangesAsync();
            TempData["Success"] = $"{document.FileName} has been uploaded";
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(model.File), ex.Message);
            return View(model);
        }

        return Redirect($"/contracts/{id}#documents");
    }

    /// <summary>Staff, and provider users for their own contracts' documents (others get 404).</summary>
    [HttpGet("{documentId:int}")]
    [Authorize(Policies.ViewContract)]
    public async Task<IActionResult> Download(int id, int documentId)
    {
        var document = await db.Contracts.AsNoTracking().VisibleTo(User).Where(c => c.Id == id)
            .SelectMany(c => c.Documents).Where(d => d.Id == documentId)
            .Select(d => new { d.FileName, d.ContentType, d.StorageKey }).SingleOrDefaultAsync();
        var content = document is null ? null
            : await db.ContractDocumentContents.AsNoTracking().Where(c => c.StorageKey == document.StorageKey).Select(c => c.Content).SingleOrDefaultAsync();
        if (document is null || content is null)
        {
            return NotFound();
        }

        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        return File(content, document.ContentType, document.FileName);
    }

    [HttpPost("{documentId:int}/delete")]
    [Authorize(Policies.ManageContracts)]
    public async Task<IActionResult> Delete(int id, int documentId)
    {
        var contract = await db.Contracts.Include(c => c.Documents).SingleOrDefaultAsync(c => c.Id == id);
        if (contract is null || contract.Documents.All(d => d.Id != documentId))
        {
            return NotFound();
        }

        var document = contract.RemoveDocument(documentId);
        // The bytes go in the same save (and transaction) as the metadata.
        db.ContractDocumentContents.Remove(new ContractDocumentContent(document.StorageKey, []));
        await db.SaveChangesAsync();
        TempData["Success"] = $"{document.FileName} has been deleted";
        return Redirect($"/contracts/{id}#documents");
    }

    private async Task<UploadDocumentViewModel?> Describe(int id, UploadDocumentViewModel model)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Reference, c.Title }).SingleOrDefaultAsync();
        if (contract is null)
        {
            return null;
        }

        model.ContractId = id;
        model.Reference = contract.Reference;
        model.Title = contract.Title;
        model.MaxUploadBytes = options.Value.MaxUploadBytes;
        return model;
    }
}

/// <summary>What an uploaded file must be: PDF, Word or Excel by name AND by content, and not too big.</summary>
public static class UploadCheck
{
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>A GOV.UK-worded message when the file is refused, or null when it is acceptable.</summary>
    public static async Task<string?> ProblemAsync(IFormFile file, long maxBytes)
    {
        if (file.Length == 0)
        {
            return "The selected file is empty";
        }

        if (file.Length > maxBytes)
        {
            return $"The selected file must be smaller than {ContractPageViewModel.FileSize(maxBytes)}";
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!ContractDocument.AllowedExtensions.Contains(extension))
        {
            return "The selected file must be a PDF, Word or Excel document";
        }

        var head = new byte[8];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        var signature = extension switch
        {
            ".pdf" => Pdf,
            ".docx" or ".xlsx" => Zip,
            _ => Ole,
        };
        return read >= signature.Length && head.AsSpan(0, signature.Length).SequenceEqual(signature)
            ? null
            : "The selected file must be a PDF, Word or Excel document";
    }

    /// <summary>The content type served back, from the (checked) extension: never the type the browser claimed.</summary>
    public static string ContentType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".doc" => "application/msword",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xls" => "application/vnd.ms-excel",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    public static async Task<byte[]> ReadAsync(IFormFile file)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
