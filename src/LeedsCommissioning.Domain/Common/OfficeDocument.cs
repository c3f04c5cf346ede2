using System.IO.Compression;

namespace LeedsCommissioning.Domain.Common;

/// <summary>
/// The one rule for files people upload (a contract's documents, a bid's attachments): PDF, Word or Excel, by name
/// AND by content. The content must be what the name says: a PDF starts <c>%PDF-</c>; an old Word or Excel file is
/// an OLE compound file; a .docx or .xlsx is a ZIP holding <c>[Content_Types].xml</c> and the Word (<c>word/</c>) or
/// Excel (<c>xl/</c>) parts. So an executable, a web page or any other ZIP renamed to one of the five names is refused.
/// The type served back comes from the (checked) name, never from what the browser claimed.
/// </summary>
public static class OfficeDocument
{
    /// <summary>The GOV.UK file upload pattern's wording for a file of the wrong type.</summary>
    public const string WrongType = "The selected file must be a PDF, Word or Excel file";

    public const string Empty = "The selected file is empty";

    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The names a file may end with, for the file input's <c>accept</c> and the checks.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. Types.Keys];

    /// <summary>The file input's <c>accept</c> attribute.</summary>
    public static string Accept { get; } = string.Join(',', Types.Keys);

    /// <summary>The name alone, without a folder a browser may send (old Internet Explorer sent <c>C:\...</c>).</summary>
    public static string SafeName(string fileName) => Path.GetFileName((fileName ?? "").Replace('\\', '/'));

    public static bool HasAllowedName(string fileName) => Types.ContainsKey(Path.GetExtension(SafeName(fileName)));

    /// <summary>The content type to serve the file with, from its name; <c>application/octet-stream</c> for any other name.</summary>
    public static string ContentType(string fileName) =>
        Types.TryGetValue(Path.GetExtension(SafeName(fileName)), out var type) ? type : "application/octet-stream";

    /// <summary>True when the bytes are a file of the kind the name says.</summary>
    public static bool ContentMatchesName(string fileName, ReadOnlySpan<byte> content) =>
        Path.GetExtension(SafeName(fileName)).ToLowerInvariant() switch
        {
            ".pdf" => content.StartsWith("%PDF-"u8),
            ".doc" or ".xls" => content.StartsWith(Ole),
            ".docx" => IsOpenXml(content, "word/"),
            ".xlsx" => IsOpenXml(content, "xl/"),
            _ => false,
        };

    /// <summary>The first problem with an upload as the GOV.UK pattern words it, or null when it is acceptable.</summary>
    public static string? Problem(string fileName, ReadOnlySpan<byte> content, long maximumBytes, string maximumText)
    {
        if (!HasAllowedName(fileName))
        {
            return WrongType;
        }

        if (content.IsEmpty)
        {
            return Empty;
        }

        if (content.Length > maximumBytes)
        {
            return $"The selected file must be smaller than {maximumText}";
        }

        return ContentMatchesName(fileName, content) ? null : WrongType;
    }

    private static bool IsOpenXml(ReadOnlySpan<byte> content, string partsFolder)
    {
        if (!content.StartsWith("PK\x03\x04"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null
                && zip.Entries.Any(e => e.FullName.StartsWith(partsFolder, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
