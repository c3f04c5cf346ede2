using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Tests.Exports;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Auditing;

/// <summary>
/// Issue 16: administrators search the audit trail by person, record and UK dates (/admin/audit), 50 entries a page, newest
/// first, and download what the search found. The entries are written straight to the trail (only ever added), each test
/// with a person or record of its own.
/// </summary>
public sealed class Searching_the_audit_trail(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Admin = "admin@example.org";

    [Fact]
    public async Task by_person_newest_first_fifty_a_page()
    {
        var person = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var start = new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);
        await AddAsync(Enumerable.Range(0, 60).Select(i => Entry(person, "Provider", $"{i + 1}", start.AddMinutes(i))));
        var admin = await PortalClient.SignedInAsync(factory, Admin);

        var first = await admin.GetDocumentAsync($"/admin/audit?Person={Uri.EscapeDataString(person.Email!)}");
        var second = await admin.GetDocumentAsync($"/admin/audit?Person={Uri.EscapeDataString(person.Email!)}&Page=2");

        Assert.Equal("60 changes found", first.QuerySelector("#results")!.TextContent.Trim());
        Assert.Equal(50, first.QuerySelectorAll(".app-history__entry").Length);
        Assert.Equal(10, second.QuerySelectorAll(".app-history__entry").Length);
        // Newest first, in UK time (1 June 2026 is summer time): 09:59 UTC is 10:59.
        Assert.Equal($"By {person.DisplayName} on 1 June 2026 at 10:59am", Meta(first)[0]);
        Assert.Equal("Provider changed: Provider 60", first.QuerySelector(".app-history__entry h3")!.TextContent.Trim());
        Assert.Equal($"By {person.DisplayName} on 1 June 2026 at 10:00am", Meta(second)[^1]);
        Assert.Equal(person.Email, first.Value("Person"));
    }

    [Fact]
    public async Task by_record_with_its_parts_and_a_link_to_it()
    {
        var person = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var at = new DateTime(2026, 7, 1, 9, 0, 0, DateTimeKind.Utc);
        var extension = Entry(person, "ContractExtension", "880017", at.AddMinutes(1));
        extension.ParentType = "Contract";
        extension.ParentKey = "880001";
        await AddAsync([Entry(person, "Contract", "880001", at), extension, Entry(person, "Contract", "880002", at.AddMinutes(2))]);
        var admin = await PortalClient.SignedInAsync(factory, Admin);

        var page = await admin.GetDocumentAsync("/admin/audit?RecordType=Contract&RecordId=880001");

        Assert.Equal("2 changes found", page.QuerySelector("#results")!.TextContent.Trim());
        var links = page.QuerySelectorAll(".app-history__entry h3 a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Contract extension 880017", "/contracts/880001/history"), ("Contract 880001", "/contracts/880001")], links);
        Assert.Equal("Contract", page.QuerySelector("#RecordType option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task by_uk_dates_including_both_days()
    {
        var person = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        await AddAsync(
        [
            // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in the UK (summer time): in.
            Entry(person, "Provider", "1", new DateTime(2026, 3, 31, 23, 30, 0, DateTimeKind.Utc)),
            Entry(person, "Provider", "2", new DateTime(2026, 4, 15, 12, 0, 0, DateTimeKind.Utc)),
            // 23:30 UTC on 30 April is 00:30 on 1 May in the UK: out.
            Entry(person, "Provider", "3", new DateTime(2026, 4, 30, 23, 30, 0, DateTimeKind.Utc)),
            Entry(person, "Provider", "4", new DateTime(2026, 3, 31, 22, 30, 0, DateTimeKind.Utc)),
        ]);
        var admin = await PortalClient.SignedInAsync(factory, Admin);

        var page = await admin.GetDocumentAsync(
            $"/admin/audit?PersonId={person.Id}&From.Day=1&From.Month=4&From.Year=2026&To.Day=30&To.Month=4&To.Year=2026");

        Assert.Equal("2 changes found", page.QuerySelector("#results")!.TextContent.Trim());
        Assert.Equal(["Provider 2", "Provider 1"], page.QuerySelectorAll(".app-history__entry h3").Select(h => h.TextContent.Trim().Split(": ")[^1]).ToList());
        Assert.Contains($"Changes made by {person.DisplayName}", page.QuerySelector("form[action='/admin/audit']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task bad_dates_and_a_record_without_its_id_are_explained_and_kept()
    {
        var admin = await PortalClient.SignedInAsync(factory, Admin);

        var response = await admin.Http.GetAsync(
            "/admin/audit?Person=nobody-at-all-xyz&RecordType=Contract&From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=1&To.Year=2026");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["No one's name or email address contains this: check the spelling", "Enter the record's id, like 42", "The from date must be a real date, like 1 4 2026"],
            page.ErrorSummary());
        Assert.Equal("31", page.Value("From_Day"));
        Assert.Equal("2026", page.Value("To_Year"));
        Assert.Equal("nobody-at-all-xyz", page.Value("Person"));
        Assert.Null(page.QuerySelector("#results"));

        var before = await admin.GetDocumentAsync("/admin/audit?From.Day=2&From.Month=4&From.Year=2026&To.Day=1&To.Month=4&To.Year=2026");
        Assert.Equal(["The to date must be the same as or after the from date"], before.ErrorSummary());
    }

    [Fact]
    public async Task the_download_holds_what_the_search_found()
    {
        var person = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var at = new DateTime(2026, 8, 3, 9, 0, 0, DateTimeKind.Utc);
        await AddAsync([Entry(person, "Provider", "7", at), Entry(person, "Provider", "8", at.AddHours(1))]);
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var query = $"?PersonId={person.Id}";

        var page = await admin.GetDocumentAsync("/admin/audit" + query);
        var (headings, rows) = await ExportFiles.CsvAsync(await admin.Http.GetAsync(page.GetElementById("download-csv")!.GetAttribute("href")));
        var workbook = await ExportFiles.XlsxAsync(await admin.Http.GetAsync(page.GetElementById("download-xlsx")!.GetAttribute("href")));

        Assert.Equal(["When", "Who", "Record", "What", "Detail", "Before", "After"], headings);
        Assert.Equal(
            [
                ["03/08/2026 11:00", person.DisplayName, "Provider 8", "Provider changed", "Name", "Old 8", "New 8"],
                ["03/08/2026 10:00", person.DisplayName, "Provider 7", "Provider changed", "Name", "Old 7", "New 7"],
            ],
            rows.Select(r => r.ToList()).ToList());
        Assert.Equal(3, workbook.Count);
        Assert.Equal("Provider 8", workbook[1][2]);
    }

    [Theory]
    [InlineData(Roles.CouncilCommissioner)]
    [InlineData(Roles.ProviderUser)]
    public async Task only_administrators_may_search_or_download(string role)
    {
        var user = await TestUsers.CreateAsync(factory, role);
        var client = await PortalClient.SignedInAsync(factory, user.Email!);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/audit/export.csv")).StatusCode);
    }

    private static List<string> Meta(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".app-history__meta").Select(p => p.TextContent.Trim()).ToList();

    private static AuditEntry Entry(ApplicationUser person, string type, string key, DateTime atUtc) => new()
    {
        OccurredAtUtc = atUtc,
        UserId = person.Id,
        UserName = person.Email!,
        EntityType = type,
        EntityKey = key,
        Action = AuditAction.Modified,
        Changes = $$"""[{"Property":"Name","Old":"Old {{key}}","New":"New {{key}}"}]""",
    };

    private Task AddAsync(IEnumerable<AuditEntry> entries) => factory.WithDbAsync(async db =>
    {
        db.AuditEntries.AddRange(entries);
        return await db.SaveChangesAsync();
    });
}
