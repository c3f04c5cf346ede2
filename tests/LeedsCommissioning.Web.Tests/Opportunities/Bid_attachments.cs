using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// A provider attaches files to its bid on the open demo opportunity (BidsController.Upload): PDF, Word or
/// Excel only, checked by the file's first bytes as well as its name, under 10MB (BidAttachment.MaximumBytes).
/// </summary>
public sealed class Uploading_a_bid_attachment(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Answer = "Drop-ins in Gipton and Harehills, run with the local tenants' association.";

    [Fact]
    public async Task a_pdf_is_added_to_the_bid_and_the_provider_downloads_it_back_unchanged()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var response = await BidFiles.UploadAsync(provider, id, lotId, "Method statement.pdf", BidFiles.Pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/opportunities/{id}/lots/{lotId}/bid#attachments", response.Headers.Location?.OriginalString);
        var page = await provider.GetDocumentAsync($"/opportunities/{id}/lots/{lotId}/bid");
        Assert.Equal("Method statement.pdf has been added to your bid", page.SuccessBanner());
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Method statement.pdf").GetAttribute("href")!;
        var download = await provider.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(BidFiles.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("default-src 'none'; frame-ancestors 'none'; sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task a_zip_or_a_web_page_renamed_to_a_word_file_is_refused()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var before = await BidFiles.AttachmentCountAsync(factory, id, lotId, "small.provider@example.org");

        var zip = await PortalClient.ParseAsync(await BidFiles.UploadAsync(provider, id, lotId, "Accounts.docx", BidFiles.Zip("readme.txt", "run.sh")));
        var page = await PortalClient.ParseAsync(await BidFiles.UploadAsync(provider, id, lotId, "Accounts.doc", "<html><script>alert(1)</script></html>"u8.ToArray()));
        var word = await BidFiles.UploadAsync(provider, id, lotId, "Accounts.docx", BidFiles.Zip("[Content_Types].xml", "word/document.xml"));

        Assert.Equal(["The selected file must be a PDF, Word or Excel file"], zip.ErrorSummary());
        Assert.Equal(["The selected file must be a PDF, Word or Excel file"], page.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, word.StatusCode);
        Assert.Equal(before + 1, await BidFiles.AttachmentCountAsync(factory, id, lotId, "small.provider@example.org"));
    }

    [Fact]
    public async Task a_file_that_calls_itself_a_pdf_but_is_not_one_is_refused_and_the_saved_answers_stay()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var saved = await Demo.SubmitBidAsync(provider, id, lotId, Answer, command: "save");
        Assert.Equal($"/opportunities/{id}/lots/{lotId}/bid", saved.Headers.Location?.OriginalString);

        // An executable (MZ header) renamed to .pdf.
        var response = await BidFiles.UploadAsync(provider, id, lotId, "invoice.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal(["The selected file must be a PDF, Word or Excel file"], page.ErrorSummary());
        Assert.Equal("The selected file must be a PDF, Word or Excel file", page.FieldError("Attachment"));
        Assert.Equal(Answer, page.QuerySelector("textarea[name='Answers[0]']")?.TextContent.Trim());
        Assert.Equal(0, await BidFiles.AttachmentCountAsync(factory, id, lotId, "provider@example.org"));
    }

    [Fact]
    public async Task a_file_of_another_type_is_refused_by_its_name()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        // A real PDF, but named as a web page: the name is checked as well as the content.
        var response = await BidFiles.UploadAsync(provider, id, lotId, "pricing.html", BidFiles.Pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["The selected file must be a PDF, Word or Excel file"], page.ErrorSummary());
        Assert.Equal("The selected file must be a PDF, Word or Excel file", page.FieldError("Attachment"));
    }

    [Fact]
    public async Task a_file_over_10MB_is_refused_with_a_message_beside_the_field()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var saved = await Demo.SubmitBidAsync(provider, id, lotId, Answer, command: "save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var before = await BidFiles.AttachmentCountAsync(factory, id, lotId, "small.provider@example.org");
        var big = BidFiles.Pdf.Concat(new byte[BidAttachment.MaximumBytes + 1 - BidFiles.Pdf.Length]).ToArray();

        var response = await BidFiles.UploadAsync(provider, id, lotId, "Accounts.pdf", big);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["The selected file must be smaller than 10MB"], page.ErrorSummary());
        Assert.Equal("The selected file must be smaller than 10MB", page.FieldError("Attachment"));
        Assert.Equal(Answer, page.QuerySelector("textarea[name='Answers[0]']")?.TextContent.Trim());
        Assert.Equal(before, await BidFiles.AttachmentCountAsync(factory, id, lotId, "small.provider@example.org"));
    }

    /// <summary>
    /// Over the request's form limit (10MB + 1MB) the body is not read at all, so the anti-forgery check cannot
    /// find its token: the answer is the "could not handle that request" page (400), never a server error.
    /// </summary>
    [Fact]
    public async Task a_file_far_over_the_limit_is_refused_without_a_server_error()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        var before = await BidFiles.AttachmentCountAsync(factory, id, lotId, "small.provider@example.org");
        var huge = BidFiles.Pdf.Concat(new byte[12 * 1024 * 1024]).ToArray();

        var response = await BidFiles.UploadAsync(provider, id, lotId, "Everything.pdf", huge);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, the service could not handle that request", (await PortalClient.ParseAsync(response)).Heading());
        Assert.Equal(before, await BidFiles.AttachmentCountAsync(factory, id, lotId, "small.provider@example.org"));
    }

    [Fact]
    public async Task no_file_selected_is_an_error_not_a_crash()
    {
        var (id, lotId, _) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var provider = await PortalClient.SignedInAsync(factory, "small.provider@example.org");

        var response = await BidFiles.UploadAsync(provider, id, lotId, null, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select a file to upload"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }
}

/// <summary>
/// Who may download a bid's attachment, and when (sealed bids, issue 6): the provider that owns the bid at
/// any time; another provider never (404, as if there were no such file); staff who open bids only after the
/// deadline and the recorded opening (404 before, as SealedBids.OpenedForStaff yields nothing); an administrator never (403).
/// The test moves the factory's fake clock, so it has a class of its own.
/// </summary>
public sealed class Downloading_a_bid_attachment(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task only_the_owner_before_the_deadline_and_then_staff_who_open_bids_never_another_provider()
    {
        var (id, lotId, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var owner = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        Assert.Equal(HttpStatusCode.Redirect, (await BidFiles.UploadAsync(owner, id, lotId, "Letters of support.pdf", BidFiles.Pdf)).StatusCode);
        var submitted = await Demo.SubmitBidAsync(owner, id, lotId, "Befriending by neighbours who share a language.");
        Assert.Equal($"/opportunities/{id}/lots/{lotId}/bid/confirmation", submitted.Headers.Location?.OriginalString);
        var bidId = await factory.WithDbAsync(db => db.Set<Bid>()
            .Where(b => b.OpportunityId == id && b.LotId == lotId && b.Status == BidStatus.Submitted).Select(b => b.Id).SingleAsync());
        var attachmentId = await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.Id == bidId).SelectMany(b => b.Attachments).Select(a => a.Id).SingleAsync());
        var ownUrl = $"/opportunities/{id}/lots/{lotId}/bid/attachments/{attachmentId}";
        var staffUrl = $"/procurement/opportunities/{id}/bids/{bidId}/attachments/{attachmentId}";

        // Before the deadline.
        var ownBefore = await owner.Http.GetAsync(ownUrl);
        var other = await PortalClient.SignedInAsync(factory, "provider@example.org");
        var officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        Assert.Equal(HttpStatusCode.OK, ownBefore.StatusCode);
        Assert.Equal(BidFiles.Pdf, await ownBefore.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(ownUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.GetAsync(staffUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Http.GetAsync(staffUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.GetAsync(staffUrl)).StatusCode);

        // One second after the deadline (everyone signs in again: the sign-in cookies have expired by then).
        factory.Clock.SetUtcNow(new DateTimeOffset(deadline).AddSeconds(1));
        owner = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        other = await PortalClient.SignedInAsync(factory, "provider@example.org");
        officer = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var director = await PortalClient.SignedInAsync(factory, "director@example.org");
        admin = await PortalClient.SignedInAsync(factory, "admin@example.org");

        // Past the deadline, but sealed until the opening is recorded with a second person present (issue 13).
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Http.GetAsync(staffUrl)).StatusCode);
        await Evaluation.Evaluations.OpenAsync(factory, id);
        var (closedId, _, _) = await Demo.FindAsync(factory, Demo.ClosedTitle);
        await Evaluation.Evaluations.OpenAsync(factory, closedId);

        var byOfficer = await officer.Http.GetAsync(staffUrl);
        Assert.Equal(HttpStatusCode.OK, byOfficer.StatusCode);
        Assert.Equal(BidFiles.Pdf, await byOfficer.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", byOfficer.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(HttpStatusCode.OK, (await director.Http.GetAsync(staffUrl)).StatusCode);
        var opened = await officer.GetDocumentAsync($"/procurement/opportunities/{id}/bids/{bidId}");
        Assert.Equal(staffUrl, opened.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Letters of support.pdf", StringComparison.Ordinal)).GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Http.GetAsync(staffUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Http.GetAsync(ownUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(ownUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.GetAsync(staffUrl)).StatusCode);
        // The attachment asked for through another (opened) bid, of the closed demo opportunity, is not found.
        var closedBidId = await factory.WithDbAsync(db => db.Set<Bid>().Where(b => b.OpportunityId == closedId).OrderBy(b => b.Id).Select(b => b.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.OK, (await officer.Http.GetAsync($"/procurement/opportunities/{closedId}/bids/{closedBidId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Http.GetAsync($"/procurement/opportunities/{closedId}/bids/{closedBidId}/attachments/{attachmentId}")).StatusCode);
    }
}

internal static class BidFiles
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A ZIP of the given entries: with <c>[Content_Types].xml</c> and <c>word/</c> or <c>xl/</c> parts, the shape of a .docx or .xlsx.</summary>
    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Posts the bid page's upload form (multipart, with the page's anti-forgery token); no file when <paramref name="fileName"/> is null.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int id, int lotId, string? fileName, byte[]? content)
    {
        var form = await client.GetDocumentAsync($"/opportunities/{id}/lots/{lotId}/bid");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (fileName is not null && content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            body.Add(file, "Attachment", fileName);
        }

        return await client.Http.PostAsync($"/opportunities/{id}/lots/{lotId}/bid/attachments", body);
    }

    public static Task<int> AttachmentCountAsync(PortalFactory factory, int id, int lotId, string email) =>
        factory.WithDbAsync(async db =>
        {
            var providerId = await db.Users.Where(u => u.Email == email).Select(u => u.ProviderId).SingleAsync();
            return await db.Set<Bid>().Where(b => b.OpportunityId == id && b.LotId == lotId && b.ProviderId == providerId)
                .SelectMany(b => b.Attachments).CountAsync();
        });
}
