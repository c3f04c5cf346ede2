using System.IO.Compression;
using System.Text;
using LeedsCommissioning.Domain.Common;

namespace LeedsCommissioning.Domain.Tests.Common;

/// <summary>
/// The one rule for uploaded files (<see cref="OfficeDocument"/>), used by a contract's documents and a bid's
/// attachments: the content must be what the name says, so a renamed executable, web page or ZIP is refused.
/// </summary>
public sealed class Uploaded_files
{
    [Theory]
    [InlineData("Method statement.pdf", "pdf")]
    [InlineData("Accounts.XLS", "ole")]
    [InlineData("Letter.doc", "ole")]
    [InlineData("Variation.docx", "docx")]
    [InlineData("Budget.xlsx", "xlsx")]
    public void a_real_file_of_each_kind_is_accepted_under_its_own_name(string name, string kind)
    {
        Assert.Null(OfficeDocument.Problem(name, Files.Of(kind), 1024 * 1024, "1MB"));
    }

    [Theory]
    [InlineData("invoice.pdf", "exe")]
    [InlineData("invoice.pdf", "html")]
    [InlineData("invoice.pdf", "docx")]
    [InlineData("letter.docx", "zip")]
    [InlineData("letter.docx", "xlsx")]
    [InlineData("budget.xlsx", "docx")]
    [InlineData("budget.xlsx", "truncated zip")]
    [InlineData("budget.xls", "pdf")]
    [InlineData("letter.doc", "html")]
    public void content_that_is_not_what_the_name_says_is_refused(string name, string kind)
    {
        Assert.Equal("The selected file must be a PDF, Word or Excel file", OfficeDocument.Problem(name, Files.Of(kind), 1024 * 1024, "1MB"));
    }

    [Theory]
    [InlineData("run.exe")]
    [InlineData("page.html")]
    [InlineData("notes.pdf.exe")]
    [InlineData("no-extension")]
    public void other_names_are_refused_whatever_the_content(string name)
    {
        Assert.Equal("The selected file must be a PDF, Word or Excel file", OfficeDocument.Problem(name, Files.Pdf, 1024 * 1024, "1MB"));
    }

    [Fact]
    public void an_empty_or_oversize_file_is_refused_with_the_patterns_wording()
    {
        Assert.Equal("The selected file is empty", OfficeDocument.Problem("a.pdf", [], 1024, "1KB"));
        var big = new byte[1025];
        Files.Pdf.CopyTo(big, 0);
        Assert.Equal("The selected file must be smaller than 1KB", OfficeDocument.Problem("a.pdf", big, 1024, "1KB"));
    }

    [Theory]
    [InlineData("a.pdf", "application/pdf")]
    [InlineData("A.DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("a.xls", "application/vnd.ms-excel")]
    [InlineData("a.html", "application/octet-stream")]
    [InlineData(@"C:\Users\me\Desktop\a.doc", "application/msword")]
    public void the_type_served_comes_from_the_name(string name, string type)
    {
        Assert.Equal(type, OfficeDocument.ContentType(name));
    }

    [Fact]
    public void a_folder_a_browser_sends_with_the_name_is_dropped()
    {
        Assert.Equal("a.doc", OfficeDocument.SafeName(@"C:\Users\me\Desktop\a.doc"));
        Assert.Equal("a.doc", OfficeDocument.SafeName("../../a.doc"));
    }
}

/// <summary>Small but real files of each kind, and impostors.</summary>
internal static class Files
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Of(string kind) => kind switch
    {
        "pdf" => Pdf,
        "ole" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        "docx" => Zip("[Content_Types].xml", "word/document.xml"),
        "xlsx" => Zip("[Content_Types].xml", "xl/workbook.xml"),
        "zip" => Zip("readme.txt", "app/run.sh"),
        "truncated zip" => Zip("[Content_Types].xml", "xl/workbook.xml")[..10],
        "exe" => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04],
        "html" => "<html><script>alert(1)</script></html>"u8.ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
