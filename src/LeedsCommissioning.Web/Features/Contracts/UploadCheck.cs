using LeedsCommissioning.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Contracts;

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
