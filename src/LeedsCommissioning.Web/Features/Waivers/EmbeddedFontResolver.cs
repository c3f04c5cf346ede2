using PdfSharp.Fonts;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>
/// PDFsharp on Linux finds no fonts of its own: this serves Liberation Sans 2.1 (SIL Open Font License 1.1,
/// from Debian's fonts-liberation2; metric-compatible with Arial, the portal's font) embedded in this
/// assembly, so the PDF renders the same on any machine with only the .NET runtime.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "Liberation Sans";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "LiberationSans-Bold" : "LiberationSans-Regular");

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream($"Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
