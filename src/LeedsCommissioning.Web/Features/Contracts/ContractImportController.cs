using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// Bulk import of an existing register from CSV (issue 4): upload, preview every row with a per-row error
/// report, then confirm. Nothing is imported unless every row is valid, and the import runs in one transaction.
/// <para>
/// Between preview and confirm the file travels back in a hidden field, protected (encrypted and signed) by
/// ASP.NET Core Data Protection, bound to the uploader and valid for two hours. Chosen over an ImportBatch table:
/// no schema change for three database providers, nothing to purge when a commissioner abandons a preview, and the
/// content cannot be altered between what was previewed and what is imported. The file is parsed and checked again
/// on confirm, so a contract added by someone else in between is still refused.
/// </para>
/// </summary>
[Route("contracts/import")]
[Authorize(Policies.ManageContracts)]
public sealed class ContractImportController(CommissioningDbContext db, AuditInterceptor audit, IDataProtectionProvider dataProtection) : Controller
{
    /// <summary>5 MB: a region's register of 10,000 contracts is about 2 MB in the template's columns (docs/benchmarks.md).</summary>
    public const int MaxFileBytes = 5_000_000;

    /// <summary>The preview's hidden field carries the file compressed, well under this (form values are limited to 4 MB by default).</summary>
    private const int MaxProtectedFieldLength = 8_000_000;

    /// <summary>Contracts saved together on confirm (<see cref="SaveInBatchesAsync"/>).</summary>
    private const int ImportBatchSize = 500;
    private static readonly TimeSpan UploadLifetime = TimeSpan.FromHours(2);

    [HttpGet("")]
    public IActionResult Import() => View(new ContractImportViewModel());

    [HttpPost("")]
    [RequestSizeLimit(MaxFileBytes + 100_000)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 100_000)]
    public async Task<IActionResult> Import(ContractImportViewModel model)
    {
        var error = model.File switch
        {
            null or { Length: 0 } => "Select a CSV file",
            { Length: > MaxFileBytes } => "The selected file must be smaller than 5 MB",
            _ when !model.File.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) => "The selected file must be a CSV file",
            _ => null,
        };
        if (error is not null)
        {
            ModelState.AddModelError(nameof(model.File), error);
            return View(model);
        }

        using var reader = new StreamReader(model.File!.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync();
        return await Preview(Path.GetFileName(model.File.FileName), text);
    }

    [HttpPost("confirm")]
    [RequestFormLimits(ValueLengthLimit = MaxProtectedFieldLength)]
    public async Task<IActionResult> Confirm(string? upload)
    {
        if (Unprotect(upload) is not { } file)
        {
            TempData["Error"] = "The preview has expired. Upload the file again.";
            return Redirect("/contracts/import");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var import = await ContractImport.LoadAsync(db);
        // Checked again as it is saved (the register may have changed since the preview), a batch at a time: the file's
        // contracts are never all held at once, and the file is read once (docs/benchmarks.md, the import). A problem found
        // on the way rolls back every batch saved before it, so nothing of the file is imported.
        var outcome = new ContractImport.ImportOutcome();
        var indexing = await ContractSearchIndex.DeferForNewContractsAsync(db);
        await SaveInBatchesAsync(import.Contracts(file.Content, outcome));
        if (outcome.Refused)
        {
            await transaction.RollbackAsync();
            return await Preview(file.FileName, file.Content);
        }

        await indexing.CompleteAsync();
        await transaction.CommitAsync();
        TempData["Success"] = $"{outcome.Count} contracts have been imported from {file.FileName}";
        return Redirect("/contracts");
    }

    /// <summary>
    /// Saves the contracts a batch at a time inside the caller's transaction, so the import stays all or nothing while the
    /// change tracker holds one batch rather than the whole file (docs/benchmarks.md, "What was changed: the import and
    /// memory"). Each batch is written by <see cref="PreparedInserts"/>: the same rows and the same audit entries as
    /// SaveChanges and the audit interceptor would write, through one INSERT per table prepared once for the whole file
    /// rather than a new statement for every row, which was most of the import's time ("Session 18: the import's bulk path").
    /// Nothing is changed after it is added, so the tracker does not look for changes.
    /// </summary>
    private async Task SaveInBatchesAsync(IEnumerable<Contract> contracts)
    {
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        using var inserts = new PreparedInserts(db, audit);
        try
        {
            foreach (var batch in contracts.Chunk(ImportBatchSize))
            {
                // The directory's providers were read untracked: the ones this batch names are attached as they are.
                db.Providers.AttachRange(batch.SelectMany(c => c.Providers).Select(p => p.Provider).Distinct());
                db.Contracts.AddRange(batch);
                await inserts.SaveAddedAsync();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    [HttpGet("template.csv")]
    public IActionResult Template()
    {
        var stream = typeof(ContractImportController).Assembly.GetManifestResourceStream("sample-contracts-import.csv")
            ?? throw new InvalidOperationException("The sample import file is not embedded.");
        return File(stream, "text/csv; charset=utf-8", "sample-contracts-import.csv");
    }

    private async Task<IActionResult> Preview(string fileName, string text)
    {
        var result = (await ContractImport.LoadAsync(db)).Read(text);
        return View("ImportPreview", new ImportPreviewViewModel(fileName, result, result.IsValid ? Protect(new UploadedFile(fileName, text)) : null));
    }

    /// <summary>v2: the file as its UTF-8 text rather than in JSON (v1), whose escaping of one 2 MB string rented a 33 MB buffer.</summary>
    private ITimeLimitedDataProtector Protector => dataProtection.CreateProtector("Contracts.Import.v2").ToTimeLimitedDataProtector();

    /// <summary>
    /// The file, bound to its uploader, compressed (a CSV shrinks about tenfold), then encrypted and signed. Written as
    /// length-prefixed UTF-8 strings, not JSON: escaping and unescaping a region's 2 MB file as one JSON string rented
    /// buffers of six times its size, which the shared array pool then kept (docs/benchmarks.md, the import's memory).
    /// </summary>
    private string Protect(UploadedFile file)
    {
        using var buffer = new MemoryStream();
        using (var zip = new BrotliStream(buffer, CompressionLevel.Fastest))
        using (var writer = new BinaryWriter(zip, Encoding.UTF8))
        {
            writer.Write(User.UserId());
            writer.Write(file.FileName);
            writer.Write(file.Content);
        }

        return WebEncoders.Base64UrlEncode(Protector.Protect(buffer.ToArray(), UploadLifetime));
    }

    private UploadedFile? Unprotect(string? upload)
    {
        if (string.IsNullOrEmpty(upload))
        {
            return null;
        }

        try
        {
            using var zip = new BrotliStream(new MemoryStream(Protector.Unprotect(WebEncoders.Base64UrlDecode(upload), out _)), CompressionMode.Decompress);
            using var reader = new BinaryReader(zip, Encoding.UTF8);
            var userId = reader.ReadString();
            var file = new UploadedFile(reader.ReadString(), reader.ReadString());
            return userId.Length > 0 && userId == User.UserId() ? file : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or InvalidDataException or EndOfStreamException or IOException)
        {
            return null;
        }
    }

    private sealed record UploadedFile(string FileName, string Content);
}
