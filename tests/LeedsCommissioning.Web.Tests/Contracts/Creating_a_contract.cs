using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Contracts;

public sealed class Creating_a_contract(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_commissioner_adds_a_contract_with_its_providers_funding_and_extension()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var fields = await ContractFormFields.NewAsync(factory, "lcc-ah-2027-101");

        var response = await commissioner.PostFormAsync("/contracts/new", "/contracts/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contract = await factory.WithDbAsync(db => db.Contracts.AsNoTracking()
            .Include(c => c.Providers).ThenInclude(p => p.Provider).Include(c => c.Funding).Include(c => c.Extensions)
            .SingleAsync(c => c.Reference == "LCC-AH-2027-101"));
        Assert.Equal($"/contracts/{contract.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Men's mental health peer support", contract.Title);
        Assert.Equal(ContractStatus.Planned, contract.Status);
        Assert.Equal(120_000m, contract.AnnualValue);
        Assert.Equal("Priya Shah", contract.ResponsibleCommissionerName);
        Assert.Equal(new DateOnly(2030, 3, 31), contract.InitialEndDate);
        Assert.Equal(
            [("Leeds Mind", ProviderRole.Lead, 90_000m), ("Touchstone", ProviderRole.Partner, 30_000m)],
            contract.Providers.OrderBy(p => p.Role).Select(p => (p.Provider.Name, p.Role, p.AnnualShare)));
        Assert.Equal([40_000m, 80_000m], contract.Funding.Select(f => f.AnnualAmount).Order());
        Assert.Equal((24, new DateOnly(2029, 9, 30), ExtensionStatus.Pending), contract.Extensions.Select(e => (e.Months, e.DecideBy, e.Status)).Single());
    }

    [Fact]
    public async Task a_planned_contract_may_be_saved_without_funding()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var fields = (await ContractFormFields.NewAsync(factory, "LCC-AH-2027-102")).With(
            ("Funding[0].FunderOrganisationId", null), ("Funding[0].Stream", null), ("Funding[0].AnnualAmount", null),
            ("Funding[1].FunderOrganisationId", null), ("Funding[1].Stream", null), ("Funding[1].AnnualAmount", null));

        var response = await commissioner.PostFormAsync("/contracts/new", "/contracts/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.FundingContributions.CountAsync(f => db.Contracts.Any(c => c.Id == f.ContractId && c.Reference == "LCC-AH-2027-102"))));
    }

    [Theory]
    [InlineData("InitialEndDate.Year", "2027", "InitialEndDate", "The end date must be after the start date")]
    [InlineData("StartDate.Day", "31", "StartDate", null)]
    [InlineData("AnnualValue", "120000.005", "AnnualValue", "Annual value must be in pounds and pence, with no more than 2 decimal places")]
    [InlineData("AnnualValue", "-5", "AnnualValue", "Annual value must be £0 or more")]
    [InlineData("Providers[1].AnnualShare", "-1", "Providers_1__AnnualShare", "Annual share of Touchstone must be £0 or more")]
    [InlineData("Providers[1].AnnualShare", "30000.123", "Providers_1__AnnualShare", "Annual share of Touchstone must be in pounds and pence, with no more than 2 decimal places")]
    public async Task a_wrong_value_is_named_beside_its_field_and_in_the_summary(string key, string value, string id, string? message)
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var fields = (await ContractFormFields.NewAsync(factory, "LCC-AH-2027-110")).With((key, value));
        if (key == "StartDate.Day")
        {
            fields = fields.With(("StartDate.Month", "2"));
            message = "The start date must be a real date, like 1 4 2027";
        }

        var page = await PostInvalid(commissioner, fields);

        Assert.Equal(message, page.FieldError(id));
        Assert.Contains(message!, page.ErrorSummary());
        Assert.False(await factory.WithDbAsync(db => db.Contracts.AnyAsync(c => c.Reference == "LCC-AH-2027-110")));
    }

    [Fact]
    public async Task funding_that_does_not_add_up_is_refused_saying_what_it_adds_up_to_and_what_it_must()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var fields = (await ContractFormFields.NewAsync(factory, "LCC-AH-2027-111")).With(("AnnualValue", "170000"));

        var page = await PostInvalid(commissioner, fields);

        const string expected = "The funding adds up to £120,000 (70.58%); it must add up to £170,000 (100%)";
        Assert.Equal(expected, page.FieldError("Funding"));
        Assert.Contains(expected, page.ErrorSummary());
    }

    [Fact]
    public async Task partners_and_subcontractors_shares_beyond_the_annual_value_are_refused()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var fields = (await ContractFormFields.NewAsync(factory, "LCC-AH-2027-112")).With(
            ("Providers[2].ProviderId", await factory.WithDbAsync(db => ContractFormFields.ProviderAsync(db, "Leeds Mencap"))),
            ("Providers[2].Role", "Subcontractor"), ("Providers[2].AnnualShare", "100000"));

        var page = await PostInvalid(commissioner, fields);

        Assert.Equal(
            "Partners' and subcontractors' shares add up to £130,000, which is £10,000 more than the annual value of £120,000",
            page.FieldError("Providers"));
    }

    [Fact]
    public async Task the_same_provider_twice_is_refused()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var fields = await ContractFormFields.NewAsync(factory, "LCC-AH-2027-113");
        fields = fields.With(("Providers[1].ProviderId", fields["Providers[0].ProviderId"]));

        var page = await PostInvalid(commissioner, fields);

        Assert.Equal("Leeds Mind is already provider 1: a provider can appear only once on a contract", page.FieldError("Providers_1__ProviderId"));
    }

    [Fact]
    public async Task a_reference_already_in_the_register_is_refused()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var fields = await ContractFormFields.NewAsync(factory, "lcc-ah-2019-014");

        var page = await PostInvalid(commissioner, fields);

        Assert.Equal("There is already a contract with the reference LCC-AH-2019-014: enter a different reference", page.FieldError("Reference"));
    }

    [Fact]
    public async Task what_was_typed_stays_in_the_form_after_a_refused_post()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var fields = (await ContractFormFields.NewAsync(factory, "LCC-AH-2027-114")).With(
            ("StartDate.Day", "31"), ("StartDate.Month", "2"), ("AnnualValue", "£120,000.005"));

        var page = await PostInvalid(commissioner, fields);

        Assert.Equal("LCC-AH-2027-114", page.Value("Reference"));
        Assert.Equal("Men's mental health peer support", page.Value("Title"));
        Assert.Equal("Peer support groups for men in east Leeds.", page.GetElementById("Description")?.TextContent.Trim());
        Assert.Equal("31 2 2027", $"{page.Value("StartDate_Day")} {page.Value("StartDate_Month")} {page.Value("StartDate_Year")}");
        Assert.Equal("£120,000.005", page.Value("AnnualValue"));
        Assert.Equal("30000", page.Value("Providers_1__AnnualShare"));
        Assert.Equal(fields["Providers[1].ProviderId"], page.QuerySelector("#Providers_1__ProviderId option[selected]")?.GetAttribute("value"));
        Assert.Equal("Grant", page.QuerySelector("input[name=AgreementType][checked]")?.GetAttribute("value"));
        Assert.Equal("80000", page.Value("Funding_0__AnnualAmount"));
        Assert.Equal("24", page.Value("NewExtensions_0__Months"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task add_another_provider_shows_more_rows_and_keeps_what_was_typed()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var fields = (await ContractFormFields.NewAsync(factory, "LCC-AH-2027-115")).With(("Add", "provider"));

        var response = await commissioner.PostFormAsync("/contracts/new", "/contracts/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Empty(page.ErrorSummary());
        Assert.Equal(8, page.QuerySelectorAll("select[name$='.ProviderId']").Length);
        Assert.Equal("30000", page.Value("Providers_1__AnnualShare"));
        Assert.Contains("£90,000", page.GetElementById("Providers_0_LeadShare")?.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Contracts.AnyAsync(c => c.Reference == "LCC-AH-2027-115")));
    }

    [Theory]
    [InlineData("procurement@example.org")]
    [InlineData("director@example.org")]
    [InlineData("provider@example.org")]
    public async Task people_who_are_not_commissioners_are_refused(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        var response = await client.Http.GetAsync("/contracts/new");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<AngleSharp.Dom.IDocument> PostInvalid(PortalClient client, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync("/contracts/new", "/contracts/new", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }
}
