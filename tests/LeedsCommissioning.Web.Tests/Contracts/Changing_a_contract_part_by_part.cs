using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

/// <summary>
/// Issue 19: a contract is changed a part at a time, each part on its own short form behind the Change link of its
/// summary card: details, value and funding, term and extensions, providers.
/// </summary>
public sealed class Changing_a_contract_part_by_part(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task each_part_has_a_change_link_to_its_own_short_form()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2019-014");

        var links = new[]
        {
            ((await commissioner.GetDocumentAsync($"/contracts/{id}")).GetElementById("details-card-change"), "change-details", "Change contract details"),
            ((await commissioner.GetDocumentAsync($"/contracts/{id}/funding")).GetElementById("value-card-change"), "change-value", "Change value and funding"),
            ((await commissioner.GetDocumentAsync($"/contracts/{id}/term")).GetElementById("term-card-change"), "change-term", "Change term and extensions"),
            ((await commissioner.GetDocumentAsync($"/contracts/{id}/providers")).GetElementById("providers-card-change"), "change-providers", "Change providers"),
        };

        foreach (var (link, path, heading) in links)
        {
            Assert.NotNull(link);
            Assert.Equal($"/contracts/{id}/{path}", link.GetAttribute("href"));
            Assert.StartsWith("Change", link.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Equal(heading, (await commissioner.GetDocumentAsync(link.GetAttribute("href")!)).Heading());
        }
    }

    [Fact]
    public async Task the_details_form_opens_with_the_contract_as_it_is_and_saves_a_new_title()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-CF-2019-007");
        var url = $"/contracts/{id}/change-details";
        var page = await commissioner.GetDocumentAsync(url);
        Assert.Equal("The Market Place: young people's mental health", page.Value("Title"));
        var fields = ContractForms.Fields(page, url);
        fields["Title"] = "The Market Place: young people's mental health and wellbeing";

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/contracts/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("The Market Place: young people's mental health and wellbeing",
            await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task the_details_form_reports_every_mistake_at_once_and_keeps_what_was_typed()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2019-014");
        var url = $"/contracts/{id}/change-details";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url);
        fields["Reference"] = "LCC/AH 2019 014!";
        fields["Title"] = "";
        fields["RequiredSmallShare"] = "thirty";

        var response = await commissioner.PostFormAsync(url, url, fields);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["Reference must only include letters, numbers, hyphens, slashes and spaces", "Enter the contract title",
             "Required share for small community organisations must be a number, like 30"],
            page.ErrorSummary());
        Assert.Equal("Enter the contract title", page.FieldError("Title"));
        Assert.Equal("LCC/AH 2019 014!", page.Value("Reference"));
        Assert.Equal("thirty", page.Value("RequiredSmallShare"));
        Assert.Equal("Live Well Leeds", await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task a_second_save_of_the_same_version_is_refused_with_who_and_when_and_keeps_what_was_typed()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var tom = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-017");
        var url = $"/contracts/{id}/change-details";
        var priyasForm = ContractForms.Fields(await priya.GetDocumentAsync(url), url);
        var tomsForm = ContractForms.Fields(await tom.GetDocumentAsync(url), url);

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
        Assert.Equal("Priya's new description of the carers' service.", page.GetElementById("Description")?.TextContent.Trim());

        // Having seen Tom's change, Priya may save again: her form now carries the current version.
        Assert.Equal(HttpStatusCode.Redirect, (await priya.PostFormAsync(url, url, ContractForms.Fields(page, url))).StatusCode);
        Assert.Equal("Priya's new description of the carers' service.",
            await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Description).SingleAsync()));
    }

    [Fact]
    public async Task a_value_change_with_its_funding_date_and_reason_is_recorded_and_shown_in_the_history()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-CF-2019-007");
        var url = $"/contracts/{id}/change-value";
        var page = await commissioner.GetDocumentAsync(url);
        Assert.Equal("450000.00", page.Value("AnnualValue"));
        Assert.Equal("250000.00", page.Value("Funding_0__AnnualAmount"));
        var fields = ContractForms.Fields(page, url).Because("More young people referred by schools since September", 1, 4, 2027);
        fields["AnnualValue"] = "500,000";
        fields["Funding[0].AnnualAmount"] = "300000";

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/contracts/{id}/funding", response.Headers.Location?.OriginalString);
        var contract = await factory.WithDbAsync(db => db.Contracts.AsNoTracking().Include(c => c.Providers).Include(c => c.Changes).SingleAsync(c => c.Id == id));
        Assert.Equal(500_000m, contract.AnnualValue);
        // 93 months at £450,000 and the last 3 at £500,000: the months before 1 April 2027 keep their value.
        Assert.Equal(3_612_500m, contract.WholeLifeValue);
        Assert.Equal(488_000m, contract.Providers.Single(p => p.Role == ProviderRole.Lead).AnnualShare);
        var change = Assert.Single(contract.Changes);
        Assert.Equal((ContractChangeKind.Value, new DateOnly(2027, 4, 1), "More young people referred by schools since September", "Priya Shah"),
            (change.Kind, change.EffectiveDate, change.Reason, change.RecordedByName));
        Assert.Equal((450_000m, 500_000m, 3_600_000m, 3_612_500m), (change.AnnualValueBefore, change.AnnualValueAfter, change.WholeLifeValueBefore, change.WholeLifeValueAfter));

        var banner = (await commissioner.GetDocumentAsync($"/contracts/{id}/funding")).SuccessBanner();
        Assert.Contains("Annual value changed from £450,000 to £500,000, from 1 April 2027", banner, StringComparison.Ordinal);
        var entry = Words((await commissioner.GetDocumentAsync($"/contracts/{id}/history")).QuerySelector("#history .app-history__entry")!.TextContent);
        Assert.Contains("Annual value changed from £450,000 to £500,000", entry, StringComparison.Ordinal);
        Assert.Contains("Takes effect: 1 April 2027", entry, StringComparison.Ordinal);
        Assert.Contains("Reason: More young people referred by schools since September", entry, StringComparison.Ordinal);
        Assert.Contains("By Priya Shah on 26 November 2026", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task funding_that_does_not_add_up_is_refused_saying_what_it_adds_up_to_and_what_it_must()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2019-014");
        var url = $"/contracts/{id}/change-value";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url).Because("More referrals", 1, 4, 2023);
        fields["AnnualValue"] = "1400000";

        var response = await commissioner.PostFormAsync(url, url, fields);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["The funding adds up to £1,300,000 (92.85%); it must add up to £1,400,000 (100%)"], page.ErrorSummary());
        Assert.Equal("The funding adds up to £1,300,000 (92.85%); it must add up to £1,400,000 (100%)", page.FieldError("Funding"));
        Assert.Equal("1400000", page.Value("AnnualValue"));
        Assert.Equal(1_300_000m, await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.AnnualValue).SingleAsync()));
    }

    [Fact]
    public async Task a_value_change_without_its_date_or_reason_is_refused_field_by_field_keeping_what_was_typed()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-CF-2019-007");
        var url = $"/contracts/{id}/change-value";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url);
        fields["AnnualValue"] = "£1,000.505";
        fields["EffectiveDate.Day"] = "31";
        fields["EffectiveDate.Month"] = "2";
        fields["EffectiveDate.Year"] = "2027";
        fields["Reason"] = "";

        var page = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, fields));

        Assert.Equal(
            ["New annual value must be in pounds and pence, with no more than 2 decimal places",
             "The date the change takes effect must be a real date, like 1 4 2027", "Enter the reason for the change"],
            page.ErrorSummary());
        Assert.Equal("Enter the reason for the change", page.FieldError("Reason"));
        Assert.Equal("£1,000.505", page.Value("AnnualValue"));
        Assert.Equal("31", page.Value("EffectiveDate_Day"));
        Assert.Empty(await factory.WithDbAsync(db => db.ContractChanges.Where(c => c.ContractId == id).ToListAsync()));
    }

    [Fact]
    public async Task a_value_change_effective_after_the_contract_ends_is_refused_beside_the_date()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-CF-2019-007");
        var url = $"/contracts/{id}/change-value";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url).Because("More referrals", 1, 7, 2027);
        fields["AnnualValue"] = "450000";
        fields["Funding[0].AnnualAmount"] = "240000";
        fields["Funding[1].AnnualAmount"] = "210000";

        var page = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, fields));

        Assert.Equal("The date the change takes effect must be between the start date, 1 July 2019, and the end date, 30 June 2027", page.FieldError("EffectiveDate"));
    }

    [Fact]
    public async Task a_change_to_the_funding_alone_makes_an_open_value_form_stale()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var tom = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");
        var url = $"/contracts/{id}/change-value";
        var priyasForm = ContractForms.Fields(await priya.GetDocumentAsync(url), url).Because("Split with the NHS", 1, 4, 2027);
        var tomsForm = ContractForms.Fields(await tom.GetDocumentAsync(url), url).Because("Better Care Fund pays from April", 1, 4, 2027);
        tomsForm["Funding[0].Stream"] = "BetterCareFund";
        Assert.Equal(HttpStatusCode.Redirect, (await tom.PostFormAsync(url, url, tomsForm)).StatusCode);
        priyasForm["Funding[0].AnnualAmount"] = "1000000";
        priyasForm["Funding[1].FunderOrganisationId"] = await factory.WithDbAsync(async db =>
            (await db.CommissioningOrganisations.Where(o => o.Code == "NHS-LEEDS").Select(o => o.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        priyasForm["Funding[1].Stream"] = "CcgBudget";
        priyasForm["Funding[1].AnnualAmount"] = "150000";

        var page = await PortalClient.ParseAsync(await priya.PostFormAsync(url, url, priyasForm));

        var message = Assert.Single(page.ErrorSummary());
        Assert.StartsWith("Tom Bennett changed this contract on ", message, StringComparison.Ordinal);
        Assert.Contains("funding contributions", message, StringComparison.Ordinal);
        Assert.Equal("150000", page.Value("Funding_1__AnnualAmount"));
    }

    [Fact]
    public async Task a_pending_extension_can_be_removed_and_a_new_one_added_as_a_recorded_term_change()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2026-021");
        var url = $"/contracts/{id}/change-term";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url).Because("The new service is let as 5 + 1 + 1", 1, 12, 2026);
        fields["RemoveExtensions"] = "1";
        fields["NewExtension.Months"] = "12";
        fields["NewExtension.DecideBy.Day"] = "30";
        fields["NewExtension.DecideBy.Month"] = "9";
        fields["NewExtension.DecideBy.Year"] = "2031";

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/contracts/{id}/term", response.Headers.Location?.OriginalString);
        var extensions = await factory.WithDbAsync(db => db.ContractExtensions.AsNoTracking().Where(e => e.ContractId == id).ToListAsync());
        Assert.Equal((1, 12, ExtensionStatus.Pending), extensions.Select(e => (e.Number, e.Months, e.Status)).Single());
        var change = await factory.WithDbAsync(db => db.ContractChanges.AsNoTracking().SingleAsync(c => c.ContractId == id));
        Assert.Equal((ContractChangeKind.Term, "The new service is let as 5 + 1 + 1"), (change.Kind, change.Reason));
        Assert.Equal((new DateOnly(2034, 3, 31), new DateOnly(2033, 3, 31)), (change.MaximumEndDateBefore, change.MaximumEndDateAfter));
    }

    [Fact]
    public async Task an_extension_decided_after_the_end_date_is_refused_beside_its_field()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2026-021");
        var url = $"/contracts/{id}/change-term";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url).Because("Another option", 1, 12, 2026);
        fields["NewExtension.Months"] = "12";
        fields["NewExtension.DecideBy.Day"] = "1";
        fields["NewExtension.DecideBy.Month"] = "1";
        fields["NewExtension.DecideBy.Year"] = "2040";

        var page = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, fields));

        Assert.StartsWith("The decide-by date must be before the current end date", page.FieldError("NewExtension_DecideBy"), StringComparison.Ordinal);
        Assert.Equal("12", page.Value("NewExtension_Months"));
    }

    [Fact]
    public async Task a_partners_share_is_changed_on_the_providers_form_and_the_lead_gets_the_rest()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");
        var url = $"/contracts/{id}/change-providers";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url);
        Assert.Equal("Partner", fields["Providers[1].Role"]);
        fields["Providers[1].AnnualShare"] = "150000";

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var providers = await factory.WithDbAsync(db => db.ContractProviders.AsNoTracking().Where(p => p.ContractId == id).ToListAsync());
        Assert.Equal(975_000m, providers.Single(p => p.Role == ProviderRole.Lead).AnnualShare);
    }

    [Fact]
    public async Task providers_without_a_lead_are_refused_keeping_the_rows()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2025-004");
        var url = $"/contracts/{id}/change-providers";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url);
        fields["Providers[0].Role"] = "Partner";
        fields["Providers[0].AnnualShare"] = "2000000";

        var page = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, fields));

        Assert.Equal(
            ["Select a lead provider: one provider must have the role Lead provider",
             "Partners' and subcontractors' shares add up to £2,165,000, which is £1,015,000 more than the annual value of £1,150,000"],
            page.ErrorSummary());
        Assert.Equal("2000000", page.Value("Providers_0__AnnualShare"));
    }

    /// <summary>
    /// Decided in session 17 (docs/security.md, "To do for issue 16"): a contract in any status may have no providers
    /// recorded, as an imported register may, so a live contract's providers can all be removed, and its page says so.
    /// </summary>
    [Fact]
    public async Task a_live_contracts_providers_can_all_be_removed_and_its_page_says_none_are_recorded()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        string[] usedHere = ["LCC-AH-2019-014", "LCC-AH-2025-004", "LCC-AH-2025-017", "LCC-AH-2026-021", "LCC-CF-2019-007"];
        var id = await factory.WithDbAsync(db => db.Contracts
            .Where(c => c.Status == ContractStatus.Live && c.Providers.Any() && !usedHere.Contains(c.Reference))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var url = $"/contracts/{id}/change-providers";
        var fields = ContractForms.Fields(await commissioner.GetDocumentAsync(url), url);
        foreach (var row in fields.Keys.Where(k => k.StartsWith("Providers[", StringComparison.Ordinal)).ToList())
        {
            fields.Remove(row);
        }

        var response = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ContractProviders.CountAsync(p => p.ContractId == id)));
        Assert.Equal(ContractStatus.Live, await factory.WithDbAsync(db => db.Contracts.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
        var page = await commissioner.GetDocumentAsync($"/contracts/{id}/providers");
        Assert.Contains("No providers have been recorded yet.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("change-details")]
    [InlineData("change-value")]
    [InlineData("change-term")]
    [InlineData("change-providers")]
    [InlineData("end")]
    public async Task a_contract_that_does_not_exist_is_not_found(string form)
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await commissioner.Http.GetAsync($"/contracts/999999/{form}")).StatusCode);
    }

    [Theory]
    [InlineData("procurement@example.org", "change-value")]
    [InlineData("provider@example.org", "change-details")]
    [InlineData("director@example.org", "end")]
    public async Task people_who_are_not_commissioners_are_refused(string email, string form)
    {
        var client = await PortalClient.SignedInAsync(factory, email);
        var id = await ContractForms.IdOfAsync(factory, "LCC-AH-2019-014");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/contracts/{id}/{form}")).StatusCode);
    }

    /// <summary>Text with its runs of white space as single spaces, as a person reads it.</summary>
    internal static string Words(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
