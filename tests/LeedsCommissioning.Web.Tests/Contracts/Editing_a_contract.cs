using System.Net;
using AngleSharp.Dom;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

public sealed class Editing_a_contract(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task the_form_opens_with_the_contract_as_it_is()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-AH-2019-014");

        var page = await commissioner.GetDocumentAsync($"/contracts/{id}/edit");

        Assert.Equal("Change LCC-AH-2019-014", page.Heading());
        Assert.Equal("Live Well Leeds", page.Value("Title"));
        Assert.Equal("1300000.00", page.Value("AnnualValue"));
        Assert.Equal("1 4 2019", $"{page.Value("StartDate_Day")} {page.Value("StartDate_Month")} {page.Value("StartDate_Year")}");
        Assert.Equal("800000.00", page.Value("Funding_0__AnnualAmount"));
        Assert.Contains("£", page.GetElementById("Providers_0_LeadShare")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_commissioner_changes_the_value_with_its_funding_and_a_partners_share()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-CF-2019-007");
        var url = $"/contracts/{id}/edit";
        var fields = Fields(await commissioner.GetDocumentAsync(url));
        fields["Title"] = "The Market Place: young people's mental health and wellbeing";
        fields["AnnualValue"] = "500000";
        fields["Funding[0].AnnualAmount"] = "300000";
        fields["Providers[1].AnnualShare"] = "20000";

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/contracts/{id}", response.Headers.Location?.OriginalString);
        var contract = await factory.WithDbAsync(db => db.Contracts.AsNoTracking().Include(c => c.Providers).Include(c => c.Funding).SingleAsync(c => c.Id == id));
        Assert.Equal("The Market Place: young people's mental health and wellbeing", contract.Title);
        Assert.Equal(500_000m, contract.AnnualValue);
        Assert.Equal(500_000m, contract.Funding.Sum(f => f.AnnualAmount));
        Assert.Equal(480_000m, contract.Providers.Single(p => p.Role == ProviderRole.Lead).AnnualShare);
        Assert.Equal(ContractStatus.InExtension, contract.Status);
    }

    [Fact]
    public async Task a_second_save_of_the_same_version_is_refused_with_who_and_when_and_keeps_what_was_typed()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var tom = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var id = await IdOf("LCC-AH-2025-017");
        var url = $"/contracts/{id}/edit";
        var priyasForm = Fields(await priya.GetDocumentAsync(url));
        var tomsForm = Fields(await tom.GetDocumentAsync(url));

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        tomsForm["Title"] = "Support for adult and young adult carers";
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PostFormAsync(url, url, tomsForm)).StatusCode);
        priyasForm["Description"] = "Priya's new description of the carers' service.";
        var response = await priya.PostFormAsync(url, url, priyasForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var message = Assert.Single(page.ErrorSummary());
        Assert.StartsWith("Tom Bennett changed this contract on 26 November 2026 at 10:05am, after you opened it. What changed: ", message, StringComparison.Ordinal);
        Assert.Contains("title", message, StringComparison.Ordinal);
        Assert.EndsWith("Your changes have not been saved. Everything you entered is still below: check their changes, then save again to keep yours.", message, StringComparison.Ordinal);
        Assert.Contains("Tom Bennett changed the title from “Support for adult carers (2026 to 2031)” to “Support for adult and young adult carers”",
            page.GetElementById("conflict")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Priya's new description of the carers' service.", page.GetElementById("Description")?.TextContent.Trim());
        var saved = await factory.WithDbAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal("Support for adult and young adult carers", saved.Title);
        Assert.NotEqual("Priya's new description of the carers' service.", saved.Description);

        // Having seen Tom's change, Priya may save again: her form now carries the current version.
        var again = Fields(page);
        Assert.Equal(HttpStatusCode.Redirect, (await priya.PostFormAsync(url, url, again)).StatusCode);
        Assert.Equal("Priya's new description of the carers' service.",
            await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Description).SingleAsync()));
    }

    [Fact]
    public async Task a_change_to_the_funding_alone_also_makes_an_open_form_stale()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var tom = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var id = await IdOf("LCC-AH-2025-004");
        var url = $"/contracts/{id}/edit";
        var priyasForm = Fields(await priya.GetDocumentAsync(url));
        var tomsForm = Fields(await tom.GetDocumentAsync(url));
        tomsForm["Funding[0].Stream"] = "BetterCareFund";
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PostFormAsync(url, url, tomsForm)).StatusCode);

        var response = await priya.PostFormAsync(url, url, priyasForm);

        var page = await PortalClient.ParseAsync(response);
        var message = Assert.Single(page.ErrorSummary());
        Assert.StartsWith("Tom Bennett changed this contract on ", message, StringComparison.Ordinal);
        Assert.Contains("funding contributions", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_pending_extension_can_be_removed_and_a_new_one_added()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-AH-2026-021");
        var url = $"/contracts/{id}/edit";
        var fields = Fields(await commissioner.GetDocumentAsync(url));
        fields["RemoveExtensions"] = "1";
        fields["NewExtensions[0].Months"] = "12";
        fields["NewExtensions[0].DecideBy.Day"] = "30";
        fields["NewExtensions[0].DecideBy.Month"] = "9";
        fields["NewExtensions[0].DecideBy.Year"] = "2031";

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var extensions = await factory.WithDbAsync(db => db.ContractExtensions.AsNoTracking().Where(e => e.ContractId == id).ToListAsync());
        Assert.Equal((1, 12, ExtensionStatus.Pending), extensions.Select(e => (e.Number, e.Months, e.Status)).Single());
    }

    [Fact]
    public async Task an_extension_decided_after_the_end_date_is_refused_beside_its_field()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await IdOf("LCC-AH-2026-021");
        var url = $"/contracts/{id}/edit";
        var fields = Fields(await commissioner.GetDocumentAsync(url));
        fields["NewExtensions[0].Months"] = "12";
        fields["NewExtensions[0].DecideBy.Day"] = "1";
        fields["NewExtensions[0].DecideBy.Month"] = "1";
        fields["NewExtensions[0].DecideBy.Year"] = "2040";

        var page = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, fields));

        Assert.StartsWith("The decide-by date must be before the current end date", page.FieldError("NewExtensions_0__DecideBy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_contract_that_does_not_exist_is_not_found()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.Http.GetAsync("/contracts/999999/edit")).StatusCode);
    }

    [Theory]
    [InlineData("procurement@example.org")]
    [InlineData("provider@example.org")]
    public async Task people_who_are_not_commissioners_are_refused(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        var id = await IdOf("LCC-AH-2019-014");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/contracts/{id}/edit")).StatusCode);
    }

    private Task<int> IdOf(string reference) =>
        factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());

    /// <summary>The form's fields as a browser would post them unchanged (checked radios and checkboxes, selected options).</summary>
    internal static Dictionary<string, string> Fields(IDocument page)
    {
        var form = page.QuerySelector("form[action$='/edit'], form[action='/contracts/new']")!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || input.HasAttribute("disabled"))
            {
                continue;
            }

            var type = input.GetAttribute("type");
            if (type is "radio" or "checkbox" && !input.HasAttribute("checked"))
            {
                continue;
            }

            fields[name] = input.LocalName switch
            {
                "textarea" => input.TextContent.TrimStart('\n'),
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? "",
                _ => input.GetAttribute("value") ?? "",
            };
        }

        return fields;
    }
}
