using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Providers;

public sealed class Adding_and_changing_providers(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task a_commissioner_adds_a_provider_with_its_wards_contacts_and_cqc_location()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var form = await commissioner.GetDocumentAsync("/providers/new");
        var wards = await factory.WithDbAsync(db => db.Wards.Where(w => w.Name == "Armley" || w.Name == "Roundhay").ToListAsync());

        var response = await commissioner.SubmitAsync("/providers/new", ProviderForms.FieldsOf(form).With(new()
        {
            ["Name"] = "Wortley Good Neighbours",
            ["Type"] = "RegisteredCharity",
            ["CharityNumber"] = "1199001",
            ["AnnualIncome"] = "£48,250.50",
            ["IncomeYear"] = "2025",
            ["IsLeedsBased"] = "true",
            ["VettingStatus"] = "Vetted",
            ["VettingStatusDate.Day"] = "3",
            ["VettingStatusDate.Month"] = "9",
            ["VettingStatusDate.Year"] = "2025",
            ["WestNorthWestWardIds"] = wards.Single(w => w.Name == "Armley").Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NorthEastWardIds"] = wards.Single(w => w.Name == "Roundhay").Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Contacts[0].Name"] = "Robin Fairweather",
            ["Contacts[0].Role"] = "Coordinator",
            ["Contacts[0].Email"] = "robin@example.org",
            ["CqcLocations[0].Name"] = "Wortley Day Centre",
            ["CqcLocations[0].LocationId"] = "1-987654321",
            ["CqcLocations[0].Rating"] = "Good",
            ["CqcLocations[0].RatingDate.Day"] = "14",
            ["CqcLocations[0].RatingDate.Month"] = "3",
            ["CqcLocations[0].RatingDate.Year"] = "2025",
            ["Description"] = "Befriending for older people.",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Providers.AsNoTracking().Include(p => p.Wards).SingleAsync(p => p.Name == "Wortley Good Neighbours"));
        Assert.Equal($"/providers/{saved.Id}", response.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Equal(48_250.50m, saved.AnnualIncome);
        Assert.Equal(SizeBand.Small, saved.SizeBand);
        Assert.True(saved.IsSmallAndLocal);
        Assert.Equal(new DateOnly(2025, 9, 3), saved.VettingStatusDate);
        Assert.Equal(["Armley", "Roundhay"], saved.Wards.Select(w => w.Name).Order(StringComparer.Ordinal));
        Assert.Equal("robin@example.org", Assert.Single(saved.Contacts).Email);
        Assert.Equal(CqcRating.Good, Assert.Single(saved.CqcLocations).Rating);
        var page = await commissioner.GetDocumentAsync($"/providers/{saved.Id}");
        Assert.Equal("Wortley Good Neighbours has been added to the providers directory", page.SuccessBanner());
    }

    [Fact]
    public async Task bad_input_gets_a_message_for_each_field_and_keeps_what_was_typed()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var form = await commissioner.GetDocumentAsync("/providers/new");

        var response = await commissioner.SubmitAsync("/providers/new", ProviderForms.FieldsOf(form).With(new()
        {
            ["Name"] = "",
            ["CharityNumber"] = "12AB",
            ["CompanyNumber"] = "123",
            ["AnnualIncome"] = "-5",
            ["IncomeYear"] = "2031",
            ["VettingStatus"] = "Pending",
            ["VettingStatusDate.Day"] = "31",
            ["VettingStatusDate.Month"] = "2",
            ["VettingStatusDate.Year"] = "2026",
            ["Contacts[1].Name"] = "Casey Doyle",
            ["Contacts[1].Email"] = "casey-at-example.org",
            ["CqcLocations[0].Name"] = "Somewhere",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Equal("Enter the organisation's name", page.FieldError("Name"));
        Assert.Equal("Select the type of organisation", page.FieldError("Type"));
        Assert.Equal("Charity number must be 6 to 8 digits, like 1123456", page.FieldError("CharityNumber"));
        Assert.Equal("Company number must be 8 characters, like 04567890 or SC123456", page.FieldError("CompanyNumber"));
        Assert.Equal("Annual income must be £0 or more", page.FieldError("AnnualIncome"));
        Assert.Equal("Year the income was reported must be 2026 or earlier", page.FieldError("IncomeYear"));
        Assert.Equal("Select yes if the organisation is based in Leeds", page.FieldError("IsLeedsBased"));
        Assert.Equal("Date of the vetting status must be a real date", page.FieldError("VettingStatusDate"));
        Assert.Equal("Enter the email address of contact 2 in the correct format, like name@example.org", page.FieldError("Contacts_1__Email"));
        Assert.Equal("Enter the CQC location ID of location 1", page.FieldError("CqcLocations_0__LocationId"));
        Assert.Equal("Select the rating of CQC location 1", page.FieldError("CqcLocations_0__Rating"));
        Assert.Contains("Annual income must be £0 or more", page.ErrorSummary());
        Assert.Equal("-5", page.Value("AnnualIncome"));
        Assert.Equal("2031", page.Value("IncomeYear"));
        Assert.Equal("12AB", page.Value("CharityNumber"));
        Assert.Equal("31", page.Value("VettingStatusDate_Day"));
        Assert.Equal("Casey Doyle", page.Value("Contacts_1__Name"));
        Assert.Equal("casey-at-example.org", page.Value("Contacts_1__Email"));
        Assert.Equal("Somewhere", page.Value("CqcLocations_0__Name"));
        Assert.False(await factory.WithDbAsync(db => db.Providers.AnyAsync(p => p.Name == "")));
    }

    [Theory]
    [InlineData("12.345", "Annual income must be in pounds and pence, with no more than 2 decimal places")]
    [InlineData("lots", "Annual income must be an amount of money in pounds, like 1250000 or 1,250,000.50")]
    public async Task income_must_be_pounds_and_pence(string income, string message)
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var form = await commissioner.GetDocumentAsync("/providers/new");

        var response = await commissioner.SubmitAsync("/providers/new", ProviderForms.FieldsOf(form).With(new()
        {
            ["Name"] = "Any", ["Type"] = "Company", ["IsLeedsBased"] = "false", ["AnnualIncome"] = income, ["IncomeYear"] = "25",
        }));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError("AnnualIncome"));
        Assert.Equal("Year the income was reported must be 4 numbers, like 2025", page.FieldError("IncomeYear"));
    }

    [Fact]
    public async Task changing_a_providers_income_keeps_the_keep_it_local_figures_of_its_contracts_true()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await factory.ProviderIdAsync("Hunslet Hope Cafe");
        var before = await LiveWellLeedsSmallLocalShare();
        var form = await commissioner.GetDocumentAsync($"/providers/{id}/edit");
        Assert.Equal("73000.00", form.Value("AnnualIncome"));

        var response = await commissioner.SubmitAsync($"/providers/{id}/edit", ProviderForms.FieldsOf(form).With(new()
        {
            ["AnnualIncome"] = "2400000",
            ["IncomeYear"] = "2026",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var provider = await factory.WithDbAsync(db => db.Providers.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(SizeBand.Large, provider.SizeBand);
        Assert.Equal("Hunslet & Riverside", Assert.Single(await factory.WithDbAsync(db => db.Providers.Where(p => p.Id == id).SelectMany(p => p.Wards).Select(w => w.Name).ToListAsync())));
        Assert.NotEmpty(provider.Contacts);
        var after = await LiveWellLeedsSmallLocalShare();
        Assert.True(after < before, $"Keep it Local share went from {before} to {after}");
        var page = await commissioner.GetDocumentAsync($"/providers/{id}");
        Assert.Equal("Hunslet Hope Cafe has been updated", page.SuccessBanner());
    }

    [Fact]
    public async Task the_second_of_two_people_saving_the_same_provider_is_refused_with_who_and_when_and_keeps_what_they_typed()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var tom = await PortalClient.SignedInAsync(factory, "ccg@example.org");
        var id = await factory.ProviderIdAsync("Gipton Tea and Talk");
        var priyasForm = await priya.GetDocumentAsync($"/providers/{id}/edit");
        var tomsForm = await tom.GetDocumentAsync($"/providers/{id}/edit");

        var first = await priya.SubmitAsync($"/providers/{id}/edit", ProviderForms.FieldsOf(priyasForm).With(new() { ["Description"] = "Priya's description" }));
        var second = await tom.SubmitAsync($"/providers/{id}/edit", ProviderForms.FieldsOf(tomsForm).With(new()
        {
            ["Description"] = "Tom's description",
            ["AnnualIncome"] = "13000",
        }));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        var message = Assert.Single(page.ErrorSummary());
        Assert.StartsWith("Priya Shah changed this provider on 26 November 2026 at 10:00am, after you opened it. What changed: description.", message, StringComparison.Ordinal);
        Assert.Equal("Tom's description", page.GetElementById("Description")!.TextContent.Trim());
        Assert.Equal("13000", page.Value("AnnualIncome"));
        var saved = await factory.WithDbAsync(db => db.Providers.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("Priya's description", saved.Description);
        Assert.Equal(35_200m, saved.AnnualIncome);

        // Having seen the warning, Tom may save again on purpose: his form now carries the latest version.
        var again = await tom.SubmitAsync($"/providers/{id}/edit", ProviderForms.FieldsOf(page));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Tom's description", (await factory.WithDbAsync(db => db.Providers.AsNoTracking().SingleAsync(p => p.Id == id))).Description);
    }

    [Fact]
    public async Task a_change_to_a_contact_alone_counts_as_a_change_for_the_second_person()
    {
        var priya = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var admin = await PortalClient.SignedInAsync(factory, "admin@example.org");
        var id = await factory.ProviderIdAsync("Middleton Walking Friends");
        var priyasForm = await priya.GetDocumentAsync($"/providers/{id}/edit");
        var adminsForm = await admin.GetDocumentAsync($"/providers/{id}/edit");

        var first = await admin.SubmitAsync($"/providers/{id}/edit", ProviderForms.FieldsOf(adminsForm).With(new() { ["Contacts[0].Phone"] = "0113 496 0999" }));
        var second = await priya.SubmitAsync($"/providers/{id}/edit", ProviderForms.FieldsOf(priyasForm).With(new() { ["Description"] = "Walks" }));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("Alex Morgan changed this provider on 26 November 2026", Assert.Single((await PortalClient.ParseAsync(second)).ErrorSummary()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task only_commissioners_and_administrators_may_add_or_change_providers()
    {
        var procurement = await PortalClient.SignedInAsync(factory, "procurement@example.org");
        var id = await factory.ProviderIdAsync(DemoData.SmallProviderName);

        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.Http.GetAsync("/providers/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.Http.GetAsync($"/providers/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PortalClient.For(factory).Http.GetAsync($"/providers/{id}/edit")).StatusCode);
    }

    private Task<decimal> LiveWellLeedsSmallLocalShare() =>
        factory.WithDbAsync(db => db.Contracts.Where(c => c.Reference == "LCC-AH-2019-014").Select(c => c.SmallLocalShare).FirstAsync());
}
