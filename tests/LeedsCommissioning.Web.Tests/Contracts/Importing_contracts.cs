using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Features.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

public sealed class Importing_contracts(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Header =
        "Reference,Title,Description,Service area,Commissioning organisation,Responsible commissioner,Agreement type,Payment mechanism," +
        "Procurement route,Status,Start date,Initial end date,Annual value,Lead provider,Partners,Subcontractors,Funding,Extensions";

    internal static string SampleFile => File.ReadAllText(Path.Combine(Repository.Root, "docs", "sample-contracts-import.csv"));

    [Fact]
    public async Task the_sample_file_previews_every_row_then_imports_them_all()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var before = await CountContracts();
        var rows = SampleFile.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;

        var preview = await Upload(commissioner, SampleFile);

        Assert.Equal($"Check {rows} contracts before you import them", preview.Heading());
        Assert.Equal(rows, preview.QuerySelectorAll("#rows tbody tr").Length);
        Assert.Empty(preview.QuerySelectorAll(".app-import-error"));
        Assert.Equal(before, await CountContracts());
        var button = preview.QuerySelector("form[action='/contracts/import/confirm'] button")!;
        Assert.Equal($"Import {rows} contracts", button.TextContent.Trim());

        var response = await Confirm(commissioner, preview);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/contracts", response.Headers.Location?.OriginalString);
        Assert.Equal(before + rows, await CountContracts());
        var crisis = await factory.WithDbAsync(db => db.Contracts.AsNoTracking()
            .Include(c => c.Providers).ThenInclude(p => p.Provider).Include(c => c.Funding).Include(c => c.Extensions)
            .SingleAsync(c => c.Reference == "NHS-LDS-2025-008"));
        Assert.Equal(ContractStatus.Live, crisis.Status);
        Assert.Equal("Tom Bennett", crisis.ResponsibleCommissionerName);
        Assert.Equal(420_000m - 60_000m - 12_000m - 9_500m, crisis.Providers.Single(p => p.Role == ProviderRole.Lead).AnnualShare);
        Assert.Equal(420_000m, crisis.Funding.Sum(f => f.AnnualAmount));
        Assert.Equal(24, crisis.Extensions.Single().Months);
        Assert.Equal(ContractStatus.Ended, await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-PH-2019-040").Select(c => c.Status).SingleAsync()));
    }

    /// <summary>A region's register is about 10,000 contracts, some 2 MB in the template's columns (issue 12).</summary>
    [Fact]
    public async Task a_region_of_ten_thousand_contracts_imports_in_one_go()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var before = await CountContracts();
        var rows = Enumerable.Range(1, 10_000).Select(n =>
            $"LCC-AH-2027-R{n:00000},Community support {n},Support groups and drop-ins for local people across the city (row {n}).,Support in the community,"
            + $"LCC-AH,Priya Shah,Grant,Block,Grant round,Live,01/04/2027,31/03/2030,{10_000 + n},Leeds Mind,,,LCC-AH | LCC budget | {10_000 + n},");
        var file = string.Join("\n", rows.Prepend(Header));
        Assert.True(Encoding.UTF8.GetByteCount(file) > 2_000_000, "the file is larger than the old 1 MB limit");

        var preview = await Upload(commissioner, file);

        Assert.Equal("Check 10000 contracts before you import them", preview.Heading());
        Assert.Equal(ImportPreviewViewModel.RowsListed, preview.QuerySelectorAll("#rows tbody tr").Length);
        Assert.Equal("The first 100 rows: all 10,000 rows were checked", preview.GetElementById("rows-listed")?.TextContent.Trim());
        Assert.Equal(
            ["Contracts in the file 10,000", "Annual value, added up £150,005,000", "Commissioned by Leeds City Council: Adults and Health (10,000)", "Status Live (10,000)"],
            preview.QuerySelectorAll("#file-totals .govuk-summary-list__row").Select(r => string.Join(' ', r.Children.SelectMany(c => c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))));
        var response = await Confirm(commissioner, preview);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 10_000, await CountContracts());
        Assert.Equal(20_000m, await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-AH-2027-R10000").Select(c => c.AnnualValue).SingleAsync()));
    }

    /// <summary>Confirm saves 500 contracts at a time (docs/benchmarks.md): 501 rows cross a batch, with the same provider in both.</summary>
    [Fact]
    public async Task every_imported_contract_and_its_providers_and_funding_are_in_the_audit_trail_as_added_by_the_importer()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var mind = await factory.WithDbAsync(db => db.Providers.AsNoTracking().Where(p => p.Name == "Leeds Mind").Select(p => new { p.Id, p.Version }).SingleAsync());
        var providerEntries = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Provider"));
        var rows = Enumerable.Range(1, 501).Select(n =>
            $"LCC-AH-2027-A{n:000},Peer support {n},,Support in the community,LCC-AH,,Grant,Block,Grant round,Live,01/04/2027,31/03/2030,{20_000 + n},"
            + $"Leeds Mind,Touchstone: 5000,,LCC-AH | LCC budget | {20_000 + n},");

        var response = await Confirm(commissioner, await Upload(commissioner, string.Join("\n", rows.Prepend(Header))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contracts = await factory.WithDbAsync(db => db.Contracts.AsNoTracking().Where(c => c.Reference.StartsWith("LCC-AH-2027-A"))
            .Select(c => new { Key = c.Id.ToString(), Parts = c.Providers.Count + c.Funding.Count }).ToListAsync());
        Assert.Equal(501, contracts.Count);
        var keys = contracts.Select(c => c.Key).ToList();
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == "Contract" && keys.Contains(a.EntityKey)) || (a.ParentType == "Contract" && keys.Contains(a.ParentKey!)))
            .ToListAsync());
        Assert.All(entries, e => Assert.Equal(("commissioner@example.org", AuditAction.Added), (e.UserName, e.Action)));
        Assert.Equal(keys.Order(), entries.Where(e => e.EntityType == "Contract").Select(e => e.EntityKey).Order());
        Assert.All(entries.Where(e => e.EntityType == "Contract"), e => Assert.Contains("{\"Property\":\"Reference\",\"Old\":null,\"New\":\"LCC-AH-2027-A", e.Changes, StringComparison.Ordinal));
        foreach (var contract in contracts)
        {
            var parts = entries.Where(e => e.ParentKey == contract.Key).ToList();
            Assert.Equal(3, contract.Parts);
            Assert.Equal(["ContractProvider", "ContractProvider", "FundingContribution"], parts.Select(e => e.EntityType).Order());
        }

        // The directory's providers were only referred to: neither changed nor audited.
        Assert.Equal(mind.Version, await factory.WithDbAsync(db => db.Providers.Where(p => p.Id == mind.Id).Select(p => p.Version).SingleAsync()));
        Assert.Equal(providerEntries, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Provider")));
    }

    /// <summary>
    /// On SQLite the import indexes its contracts for the register's search once, at its end, rather than row by row
    /// (ContractSearchIndex, docs/benchmarks.md): each is found by its title and by every provider's name, and once the
    /// import is over a provider added to a contract is indexed at once again.
    /// </summary>
    [Fact]
    public async Task imported_contracts_are_found_by_title_and_by_each_providers_name_and_the_search_keeps_up_after()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var touchstone = await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=touchstone");
        string[] imported = ["LCC-AH-2027-K01", "LCC-AH-2027-K02", "LCC-AH-2027-K03"];
        var rows = imported.Select((reference, n) =>
            $"{reference},Kingfisher befriending {n + 1},,Support in the community,LCC-AH,,Grant,Block,Grant round,Live,01/04/2027,31/03/2030,20000,"
            + "Leeds Mind,Touchstone: 5000,,LCC-AH | LCC budget | 20000,");

        var response = await Confirm(commissioner, await Upload(commissioner, string.Join("\n", rows.Prepend(Header))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(imported, (await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=kingfisher+befriending")).Order());
        Assert.Equal(touchstone.Concat(imported).Order(), (await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=touchstone")).Order());
        Assert.DoesNotContain("LCC-AH-2027-K01", await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=wellbeing+collective"));

        var contractId = await factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-AH-2027-K01").Select(c => c.Id).SingleAsync());
        var providerId = await ContractTestData.ProviderIdAsync(factory, DemoData.SmallProviderName);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"ContractProviders\" (\"ContractId\", \"ProviderId\", \"Role\", \"AnnualShare\") VALUES ({contractId}, {providerId}, {nameof(ProviderRole.Subcontractor)}, {1000m})"));

        Assert.Contains("LCC-AH-2027-K01", await Searching_and_filtering_the_register.AllPagesAsync(commissioner, "/contracts?search=wellbeing+collective"));
    }

    [Fact]
    public async Task a_file_with_bad_rows_reports_each_problem_by_row_and_column_and_writes_nothing()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var before = await CountContracts();
        var file = string.Join("\n",
            Header,
            "LCC-AH-2027-201,Good row,,Support in the community,LCC-AH,Priya Shah,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000,Leeds Mind,,,LCC-AH | LCC budget | 10000,",
            "LCC-AH-2027-202,Unknown provider,,Support in the community,LCC-AH,,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000,Leeds Mindful,,,,",
            "LCC-AH-2027-203,Unknown organisation,,Support in the community,LCC-XX,,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000,Leeds Mind,,,,",
            "LCC-AH-2027-204,Impossible date,,Support in the community,LCC-AH,,Grant,Block,Grant round,,31/02/2027,31/03/2030,10000,Leeds Mind,,,,",
            "LCC-AH-2027-205,Money with three decimals,,Support in the community,LCC-AH,,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000.005,Leeds Mind,,,,",
            "LCC-AH-2027-206,Funding short,,Support in the community,LCC-AH,,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000,Leeds Mind,,,LCC-AH | LCC budget | 9000,",
            "LCC-AH-2027-201,Duplicate in the file,,Support in the community,LCC-AH,,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000,Leeds Mind,,,,",
            "LCC-AH-2019-014,Already in the register,,Support in the community,LCC-AH,,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000,Leeds Mind,,,,",
            "LCC-AH-2027-209,End before start,,Support in the community,LCC-AH,,Grant,Block,Grant round,,01/04/2027,31/03/2026,10000,Leeds Mind,,,,",
            "LCC-AH-2027-210,Shares beyond the value,,Support in the community,LCC-AH,,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000,Leeds Mind,Touchstone: 12000,,,");

        var preview = await Upload(commissioner, file);

        Assert.Equal("There are problems with contracts.csv", preview.Heading());
        var problems = preview.QuerySelectorAll("#problems tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(["3", "Lead provider", "“Leeds Mindful” is not in the providers directory: check the spelling or add the provider first"], problems);
        Assert.Contains(problems, p => p[0] == "4" && p[1] == "Commissioning organisation" && p[2].StartsWith("“LCC-XX” is not a commissioning organisation", StringComparison.Ordinal));
        Assert.Contains(["5", "Start date", "“31/02/2027” is not a real date: use day/month/year, like 31/03/2027"], problems);
        Assert.Contains(["6", "Annual value", "Annual value must be in pounds and pence, with no more than 2 decimal places"], problems);
        Assert.Contains(["7", "Funding", "The funding adds up to £9,000 (90%); it must add up to £10,000 (100%)"], problems);
        Assert.Contains(["8", "Reference", "LCC-AH-2027-201 is also on row 2: each contract can be in the file once"], problems);
        Assert.Contains(["9", "Reference", "There is already a contract with the reference LCC-AH-2019-014 in the register"], problems);
        Assert.Contains(["10", "Initial end date", "The end date must be after the start date"], problems);
        Assert.Contains(problems, p => p[0] == "11" && p[1] == "Partners" && p[2].StartsWith("Partners' and subcontractors' annual shares must not add up to more than the annual value", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p[0] == "2");
        Assert.Equal(10, preview.QuerySelectorAll("#rows tbody tr").Length);
        Assert.Null(preview.QuerySelector("form[action='/contracts/import/confirm']"));
        Assert.Equal(before, await CountContracts());
    }

    [Fact]
    public async Task a_long_file_lists_its_first_hundred_rows_and_every_later_row_with_a_problem()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var rows = Enumerable.Range(1, 150).Select(n =>
            $"LCC-AH-2027-L{n:000},Lunch club {n},,Support in the community,LCC-AH,,Grant,Block,Grant round,Live,01/04/2027,31/03/2030,{(n == 140 ? "lots" : "5000")},Leeds Mind,,,LCC-AH | LCC budget | 5000,");

        var preview = await Upload(commissioner, string.Join("\n", rows.Prepend(Header)));

        Assert.Equal("There are problems with contracts.csv", preview.Heading());
        var listed = preview.QuerySelectorAll("#rows tbody tr").Select(r => r.Id).ToList();
        Assert.Equal(Enumerable.Range(2, 100).Select(n => $"row-{n}").Append("row-141"), listed);
        Assert.Equal("The first 100 rows and every row with a problem: all 150 rows were checked", preview.GetElementById("rows-listed")?.TextContent.Trim());
        Assert.Contains(preview.QuerySelectorAll("#problems tbody tr"), r => r.QuerySelector("td")?.TextContent.Trim() == "141");
    }

    [Fact]
    public async Task a_reference_imported_by_someone_else_after_the_preview_is_refused_on_confirm()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var tom = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var file = Header + "\nLCC-AH-2027-301,Peer support,,Support in the community,LCC-AH,,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000,Leeds Mind,,,,";
        var priyasPreview = await Upload(priya, file);
        Assert.Equal(HttpStatusCode.Redirect, (await Confirm(tom, await Upload(tom, file))).StatusCode);
        var before = await CountContracts();

        var response = await Confirm(priya, priyasPreview);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("There is already a contract with the reference LCC-AH-2027-301 in the register", page.GetElementById("problems")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountContracts());
    }

    /// <summary>
    /// The confirmation checks each row as it saves it, 500 at a time: a problem found in the second batch rolls back the first,
    /// its audit entries and its search index with it.
    /// </summary>
    [Fact]
    public async Task a_problem_found_on_confirm_past_the_first_batch_imports_nothing_of_the_file()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var tom = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var rows = Enumerable.Range(1, 600).Select(n =>
            $"LCC-AH-2027-B{n:000},Zephyr befriending {n},,Support in the community,LCC-AH,,Grant,Block,Grant round,Live,01/04/2027,31/03/2030,{30_000 + n},"
            + $"Leeds Mind,,,LCC-AH | LCC budget | {30_000 + n},").ToList();
        var priyasPreview = await Upload(priya, string.Join("\n", rows.Prepend(Header)));
        Assert.Equal(HttpStatusCode.Redirect, (await Confirm(tom, await Upload(tom, Header + "\n" + rows[549]))).StatusCode);
        var (contracts, audit) = await factory.WithDbAsync(async db => (await db.Contracts.CountAsync(), await db.AuditEntries.CountAsync()));

        var response = await Confirm(priya, priyasPreview);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("There is already a contract with the reference LCC-AH-2027-B550 in the register", page.GetElementById("problems")?.TextContent, StringComparison.Ordinal);
        Assert.Equal((contracts, audit), await factory.WithDbAsync(async db => (await db.Contracts.CountAsync(), await db.AuditEntries.CountAsync())));
        // Only Tom's one contract is found: the rows saved in the first batch left nothing in the search index either.
        var search = await priya.GetDocumentAsync("/contracts?search=Zephyr");
        Assert.StartsWith("1 contract", search.GetElementById("totals")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_tampered_or_someone_elses_preview_is_not_imported()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var tom = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var preview = await Upload(priya, Header + "\nLCC-AH-2027-401,Peer support,,Support in the community,LCC-AH,,Grant,Block,Grant round,,01/04/2027,31/03/2030,10000,Leeds Mind,,,,");
        var before = await CountContracts();

        var asTom = await Confirm(tom, preview);
        var tampered = await tom.PostFormAsync("/contracts/import", "/contracts/import/confirm", new() { ["upload"] = "not-a-protected-payload" });

        Assert.Equal("/contracts/import", asTom.Headers.Location?.OriginalString);
        Assert.Equal("/contracts/import", tampered.Headers.Location?.OriginalString);
        Assert.Equal(before, await CountContracts());
    }

    [Fact]
    public async Task a_file_without_the_required_columns_is_refused()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var preview = await Upload(commissioner, "Name,Value\nSomething,10\n");

        Assert.Contains("The header row has no column called “Reference”", preview.GetElementById("problems")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_template_downloads_as_the_sample_file()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        var response = await commissioner.Http.GetAsync("/contracts/import/template.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SampleFile, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("procurement@example.org")]
    [InlineData("provider@example.org")]
    [InlineData("admin@example.org")]
    public async Task people_who_are_not_commissioners_are_refused(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/contracts/import")).StatusCode);
    }

    private Task<int> CountContracts() => factory.WithDbAsync(db => db.Contracts.CountAsync());

    /// <summary>Uploads <paramref name="csv"/> on the import page as the client; the preview it answers with.</summary>
    internal static async Task<IDocument> Upload(PortalClient client, string csv)
    {
        var form = await client.GetDocumentAsync("/contracts/import");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "File", "contracts.csv");
        var response = await client.Http.PostAsync("/contracts/import", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    private static Task<HttpResponseMessage> Confirm(PortalClient client, IDocument preview)
    {
        var upload = preview.QuerySelector("input[name=upload]")?.GetAttribute("value") ?? throw new InvalidOperationException("The preview offers no import");
        return client.PostFormAsync("/contracts/import", "/contracts/import/confirm", new() { ["upload"] = upload });
    }

}
