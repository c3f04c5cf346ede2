using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
public sealed class ContractImportController(CommissioningDbContext db, IDataProtectionProvider dataProtection) : Controller
{
    /// <summary>5 MB: a region's register of 10,000 contracts is about 2 MB in the template's columns (docs/benchmarks.md).</summary>
    public const int MaxFileBytes = 5_000_000;

    /// <summary>The preview's hidden field carries the file compressed, well under this (form values are limited to 4 MB by default).</summary>
    private const int MaxProtectedFieldLength = 8_000_000;
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
        var result = import.Read(file.Content);
        if (!result.IsValid)
        {
            return await Preview(file.FileName, file.Content);
        }

        db.Contracts.AddRange(result.Rows.Select(r => r.Contract!));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Success"] = $"{result.Rows.Count} contracts have been imported from {file.FileName}";
        return Redirect("/contracts");
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

    private ITimeLimitedDataProtector Protector => dataProtection.CreateProtector("Contracts.Import.v1").ToTimeLimitedDataProtector();

    /// <summary>The file, bound to its uploader, compressed (a CSV shrinks about tenfold), then encrypted and signed.</summary>
    private string Protect(UploadedFile file)
    {
        using var buffer = new MemoryStream();
        using (var zip = new BrotliStream(buffer, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(zip, file with { UserId = UserId });
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
            var file = JsonSerializer.Deserialize<UploadedFile>(zip);
            return file?.UserId == UserId ? file : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or InvalidDataException or JsonException)
        {
            return null;
        }
    }

    private string? UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    private sealed record UploadedFile(string FileName, string Content, string? UserId = null);
}
