using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>The app with a 2 KB upload limit, so an oversize file is cheap to make.</summary>
public sealed class SmallUploadLimitFactory : PortalFactory
{
    public const int Limit = 2048;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [new("Documents:MaxUploadBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}

public sealed class Contract_documents(SmallUploadLimitFactory factory) : IClassFixture<SmallUploadLimitFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task a_pdf_is_accepted_and_downloads_back_identical_as_an_attachment_that_is_never_sniffed()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);

        var response = await UploadAsync(commissioner, id, "Service specification.pdf", Pdf, "Specification");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await commissioner.GetDocumentAsync($"/contracts/{id}/documents");
        Assert.Equal("Service specification.pdf has been uploaded", page.SuccessBanner());
        var link = page.QuerySelectorAll("#document-list a").Single(a => a.TextContent == "Service specification.pdf").GetAttribute("href")!;
        var download = await commissioner.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("default-src 'none'; frame-ancestors 'none'; sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains((await commissioner.GetDocumentAsync($"/contracts/{id}/history")).QuerySelectorAll("#history .app-history__entry"),
            e => e.TextContent.Contains("Document added", StringComparison.Ordinal));
    }

    [Fact]
    public async Task an_exe_renamed_pdf_is_refused_with_a_message()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);
        var before = await DocumentCountAsync(id);

        var response = await UploadAsync(commissioner, id, "invoice.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04], "Other");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["The selected file must be a PDF, Word or Excel file"], page.ErrorSummary());
        Assert.Equal("The selected file must be a PDF, Word or Excel file", page.FieldError("File"));
        Assert.Equal("true", page.QuerySelector("input[name=Kind][value=Other]")?.HasAttribute("checked").ToString().ToLowerInvariant());
        Assert.Equal(before, await DocumentCountAsync(id));
    }

    [Fact]
    public async Task a_file_over_the_size_limit_or_of_another_type_or_missing_is_refused()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);
        var big = Pdf.Concat(new byte[SmallUploadLimitFactory.Limit]).ToArray();

        var oversize = await PortalClient.ParseAsync(await UploadAsync(commissioner, id, "big.pdf", big, "Contract"));
        var script = await PortalClient.ParseAsync(await UploadAsync(commissioner, id, "run.exe", [0x4D, 0x5A], "Contract"));
        var nothing = await PortalClient.ParseAsync(await UploadAsync(commissioner, id, null, null, null));

        Assert.Equal(["The selected file must be smaller than 2KB"], oversize.ErrorSummary());
        Assert.Equal(["The selected file must be a PDF, Word or Excel file"], script.ErrorSummary());
        Assert.Equal(["Select what kind of document it is", "Select a file"], nothing.ErrorSummary());
    }

    [Fact]
    public async Task word_and_excel_files_are_recognised_by_their_content()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);

        var before = await DocumentCountAsync(id);

        var docx = await UploadAsync(commissioner, id, "variation.docx", Opportunities.BidFiles.Zip("[Content_Types].xml", "word/document.xml"), "VariationLetter");
        var xls = await UploadAsync(commissioner, id, "budget.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], "Other");
        var fakeXlsx = await UploadAsync(commissioner, id, "budget.xlsx", Pdf, "Other");
        var zipAsDocx = await UploadAsync(commissioner, id, "letter.docx", Opportunities.BidFiles.Zip("readme.txt", "run.sh"), "Other");

        Assert.Equal(HttpStatusCode.Redirect, docx.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, xls.StatusCode);
        Assert.Equal(["The selected file must be a PDF, Word or Excel file"], (await PortalClient.ParseAsync(fakeXlsx)).ErrorSummary());
        Assert.Equal(["The selected file must be a PDF, Word or Excel file"], (await PortalClient.ParseAsync(zipAsDocx)).ErrorSummary());
        Assert.Equal(before + 2, await DocumentCountAsync(id));
        var documentId = await factory.WithDbAsync(db => db.ContractDocuments.Where(d => d.ContractId == id && d.FileName == "variation.docx").Select(d => d.Id).FirstAsync());
        var download = await commissioner.Http.GetAsync($"/contracts/{id}/documents/{documentId}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task a_commissioner_deletes_a_document_and_its_bytes_go_with_it()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);
        await UploadAsync(commissioner, id, "to delete.pdf", Pdf, "Other");
        var (documentId, key) = await factory.WithDbAsync(db => db.ContractDocuments.Where(d => d.ContractId == id && d.FileName == "to delete.pdf")
            .Select(d => new ValueTuple<int, string>(d.Id, d.StorageKey)).SingleAsync());

        var response = await commissioner.PostFormAsync($"/contracts/{id}", $"/contracts/{id}/documents/{documentId}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ContractDocuments.AnyAsync(d => d.Id == documentId)));
        Assert.False(await factory.WithDbAsync(db => db.ContractDocumentContents.AnyAsync(c => c.StorageKey == key)));
        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.Http.GetAsync($"/contracts/{id}/documents/{documentId}")).StatusCode);
        var history = (await commissioner.GetDocumentAsync($"/contracts/{id}/history")).QuerySelectorAll("#history .app-history__entry");
        Assert.Contains(history, e => e.TextContent.Contains("Document removed", StringComparison.Ordinal) && e.TextContent.Contains("to delete.pdf", StringComparison.Ordinal));
    }

    private Task<int> DocumentCountAsync(int id) => factory.WithDbAsync(db => db.ContractDocuments.CountAsync(d => d.ContractId == id));

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int id, string? fileName, byte[]? content, string? kind)
    {
        var url = $"/contracts/{id}/documents/upload";
        var form = await client.GetDocumentAsync(url);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (kind is not null)
        {
            body.Add(new StringContent(kind), "Kind");
        }

        if (fileName is not null && content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            body.Add(file, "File", fileName);
        }

        return await client.Http.PostAsync(url, body);
    }
}
