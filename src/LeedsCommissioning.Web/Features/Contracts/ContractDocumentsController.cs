using System.Security.Claims;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Documents;
using LeedsCommissioning.Web.Infrastructure;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Contracts;

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

        byte[]? content = null;
        if (await ModelState.ValidateAsync(validator, model))
        {
            (content, var problem) = await Uploads.ReadAsync(model.File!, options.Value.MaxUploadBytes);
            if (problem is not null)
            {
                ModelState.AddModelError(nameof(model.File), problem);
            }
        }

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var key = ContractDocumentContent.NewKey();
        try
        {
            var document = contract.AddDocument(model.Kind!.Value, model.File!.FileName, OfficeDocument.ContentType(model.File.FileName),
                model.File.Length, key, User.FindFirstValue(System.Security.Claims.ClaimTypes.NameIdentifier), User.DisplayName(), clock.GetUtcNow().UtcDateTime);
            db.ContractDocumentContents.Add(new ContractDocumentContent(key, content!));
            await db.SaveChangesAsync();
            TempData["Success"] = $"{document.FileName} has been uploaded";
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(model.File), ex.Message);
            return View(model);
        }

        return Redirect($"/contracts/{id}/documents");
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

        return this.StoredFile(content, document.FileName);
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
        return Redirect($"/contracts/{id}/documents");
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
