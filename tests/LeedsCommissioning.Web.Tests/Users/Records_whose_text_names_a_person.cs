using System.Text.Json;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Web.Features.Users;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Users;

/// <summary>
/// Issue 16, what erasure does not reach (docs/security.md "Personal data"): a name typed into a record's text, with nothing
/// to say whose it is. From a person's page, and from their erasure's confirmation, an administrator finds the records whose
/// typed text holds the person's name or e-mail address, with a link to each, to review with the record's owner; after the
/// erasure they type what to look for. The person's download lists the same records.
/// </summary>
public sealed class Records_whose_text_names_a_person(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Admin = "admin@example.org";

    [Fact]
    public async Task the_records_whose_typed_text_holds_their_name_or_address_are_listed_with_links_and_the_field()
    {
        var (person, name) = await NamedAsync();
        var (described, waiver, theirs) = await TypedAsync(person, name);
        var admin = await PortalClient.SignedInAsync(factory, Admin);

        var details = await admin.GetDocumentAsync($"/admin/users/{person.Id}");
        var page = await admin.GetDocumentAsync(details.GetElementById("find-named-in-text")!.GetAttribute("href")!);

        Assert.Equal("Records whose text names them", page.Heading());
        Assert.Equal("2 records name them", page.GetElementById("results")?.TextContent.Trim());
        Assert.Equal($"Looked for: \u201c{name}\u201d or \u201c{person.Email}\u201d, in any case.", page.GetElementById("looked-for")?.TextContent.Trim());
        Assert.Equal(
            new[] { ($"Contract {described}", $"/contracts/{described}", "description"), ($"CPR waiver {waiver}", $"/waivers/{waiver}", "background, legal review by") }.Order(),
            Rows(page).Select(r => (r.Text, r.Href ?? "", r.Field)).Order());
        // A name erasure replaces itself (a responsible commissioner beside their id) is not listed as typed text.
        Assert.DoesNotContain(Rows(page), r => r.Href == $"/contracts/{theirs}");
    }

    [Fact]
    public async Task the_erasure_confirmation_links_to_them_and_after_it_the_administrator_types_what_to_look_for()
    {
        var (person, name) = await NamedAsync();
        var (described, _, _) = await TypedAsync(person, name);
        var admin = await PortalClient.SignedInAsync(factory, Admin);
        var confirm = await admin.GetDocumentAsync($"/admin/users/{person.Id}/erase");
        Assert.Equal($"/admin/users/{person.Id}/named-in-text", confirm.QuerySelector("#named-in-text a")?.GetAttribute("href"));

        var url = $"/admin/users/{person.Id}/erase";
        await admin.PostFormAsync(url, url, new() { ["Reason"] = "Right to erasure request." });
        var after = await admin.GetDocumentAsync($"/admin/users/{person.Id}/named-in-text");

        Assert.Equal("Enter what to look for.", after.GetElementById("results")?.TextContent.Trim());
        Assert.Contains("Their personal data has been erased", after.GetElementById("LookFor-hint")?.TextContent, StringComparison.Ordinal);
        var typed = await admin.GetDocumentAsync($"/admin/users/{person.Id}/named-in-text?LookFor={Uri.EscapeDataString(name.ToUpperInvariant())}");
        Assert.Contains(($"Contract {described}", $"/contracts/{described}", "description"), Rows(typed));
        Assert.Equal(name.ToUpperInvariant(), typed.Value("LookFor"));
    }

    [Theory]
    [InlineData("Er", "Enter at least 3 characters of a name or email address to look for")]
    [InlineData("%%%", null)]
    [InlineData("___", null)]
    public async Task short_text_is_refused_and_wildcards_are_looked_for_as_written(string lookFor, string? error)
    {
        var (person, _) = await NamedAsync();
        var admin = await PortalClient.SignedInAsync(factory, Admin);

        var page = await admin.GetDocumentAsync($"/admin/users/{person.Id}/named-in-text?LookFor={Uri.EscapeDataString(lookFor)}");

        if (error is not null)
        {
            Assert.Equal([error], page.ErrorSummary());
            Assert.Equal(lookFor, page.Value("LookFor"));
            Assert.Null(page.GetElementById("mentions"));
        }
        else
        {
            // Unescaped, % and _ would match every text of three characters or more.
            Assert.Equal("No record's text names them", page.GetElementById("results")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task their_download_lists_the_records_whose_text_names_them()
    {
        var (person, name) = await NamedAsync();
        var (described, waiver, _) = await TypedAsync(person, name);
        var admin = await PortalClient.SignedInAsync(factory, Admin);

        using var json = JsonDocument.Parse(await admin.Http.GetStringAsync($"/admin/users/{person.Id}/personal-data.json"));

        Assert.Equal(
            new[] { ("CPR waiver", waiver.ToString(), "Background, Legal review by"), ("Contract", described.ToString(), "Description") }.Order(),
            json.RootElement.GetProperty("recordsWhoseTextNamesThem").EnumerateArray()
                .Select(m => (m.GetProperty("record").GetString()!, m.GetProperty("key").GetString()!,
                    string.Join(", ", m.GetProperty("fields").EnumerateArray().Select(f => f.GetString())))).Order());
        Assert.False(json.RootElement.GetProperty("moreRecordsNameThem").GetBoolean());
    }

    private static List<(string Text, string? Href, string Field)> Rows(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#mentions tbody tr")
            .Select(r => (r.Children[0].TextContent.Trim(), r.Children[0].QuerySelector("a")?.GetAttribute("href"), r.Children[1].TextContent.Trim()))
            .ToList();

    /// <summary>A new commissioner with a name of their own, so only the records a test types it into name them.</summary>
    private async Task<(ApplicationUser Person, string Name)> NamedAsync()
    {
        var name = $"Nia Named {Guid.NewGuid():N}"[..20];
        return (await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner, displayName: name), name);
    }

    /// <summary>
    /// Their name typed in lower case into a contract's description, their address into a waiver's background and their name
    /// as its legal reviewer; and a second contract with them as its responsible commissioner (beside their id).
    /// </summary>
    private Task<(int Described, int Waiver, int Theirs)> TypedAsync(ApplicationUser person, string name) => factory.WithDbAsync(async db =>
    {
        var contracts = await db.Contracts.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync();
        var waiver = await db.CprWaivers.OrderBy(w => w.Id).Select(w => w.Id).FirstAsync();
        await db.Contracts.Where(c => c.Id == contracts[0])
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Description, $"Agreed with {name.ToLowerInvariant()} at the review."));
        await db.Contracts.Where(c => c.Id == contracts[1])
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ResponsibleCommissionerId, person.Id).SetProperty(c => c.ResponsibleCommissionerName, name));
        await db.CprWaivers.Where(w => w.Id == waiver)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Background, $"Raised by {person.Email} in March.").SetProperty(w => w.LegalReviewBy, name));
        return (contracts[0], waiver, contracts[1]);
    });
}
