using System.Globalization;
using LeedsCommissioning.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// Files people upload and download: a contract's documents and a bid's attachments. What a file must be is the
/// domain's <see cref="OfficeDocument"/>; this reads the upload and serves the stored bytes back, so every upload
/// and every download behaves the same way.
/// </summary>
public static class Uploads
{
    /// <summary>
    /// The upload's bytes, or the GOV.UK-worded problem with it (type by name and content, empty, too big). A file
    /// over the limit is refused by its declared length without being read.
    /// </summary>
    public static async Task<(byte[]? Content, string? Problem)> ReadAsync(IFormFile file, long maximumBytes)
    {
        if (!OfficeDocument.HasAllowedName(file.FileName))
        {
            return (null, OfficeDocument.WrongType);
        }

        if (file.Length > maximumBytes)
        {
            return (null, $"The selected file must be smaller than {SizeText(maximumBytes)}");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        var content = buffer.ToArray();
        var problem = OfficeDocument.Problem(file.FileName, content, maximumBytes, SizeText(maximumBytes));
        return problem is null ? (content, null) : (null, problem);
    }

    /// <summary>
    /// A stored file, as a download: always <c>Content-Disposition: attachment</c> with the stored name, the type
    /// from the name (never what the uploader's browser claimed), <c>nosniff</c>, and a sandboxing policy in case a
    /// browser shows it anyway.
    /// </summary>
    public static FileContentResult StoredFile(this ControllerBase controller, byte[] content, string fileName)
    {
        controller.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        controller.Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; frame-ancestors 'none'; sandbox";
        return controller.File(content, OfficeDocument.ContentType(fileName), OfficeDocument.SafeName(fileName));
    }

    /// <summary>A size as the GOV.UK file upload pattern writes it ("10MB", "2KB", "1.5MB"), in messages, hints and lists of files.</summary>
    public static string SizeText(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => (bytes / 1024m).ToString("0", CultureInfo.InvariantCulture) + "KB",
        _ => (bytes / 1024m / 1024m).ToString("0.#", CultureInfo.InvariantCulture) + "MB",
    };
}
