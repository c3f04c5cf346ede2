using System.Globalization;
using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LeedsCommissioning.Web.Tests.Waivers.WaiverTestData;

namespace LeedsCommissioning.Web.Tests.Waivers;

/// <summary>
/// Two people on the same waiver: the second save, submission or decision is refused, naming who saved it and
/// when (the waiver's latest audit entry, in UK time), and keeping what the second person typed. And an approved
/// waiver without a contract can have it created later.
/// </summary>
[Collection("Waivers")]
public sealed class Two_people_at_once_and_a_contract_later(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // PortalFactory.Now is 26 November 2026, 10:00 UTC: 10:00am in UK winter time.
    private const string When = "26 November 2026 at 10:00am";

    [Fact]
    public async Task the_second_save_of_a_draft_names_who_saved_it_and_when_and_keeps_what_was_typed()
    {
        var id = await DraftAsync("Shared draft: home care top-up");
        var grace = await PortalClient.SignedInAsync(factory, Procurement);
        var priya = await PortalClient.SignedInAsync(factory, Commissioner);
        var graceForm = await grace.GetDocumentAsync($"/waivers/{id}/edit");
        var priyaForm = await priya.GetDocumentAsync($"/waivers/{id}/edit");
        Assert.Equal(graceForm.Value("Version"), priyaForm.Value("Version"));
        var loaded = graceForm.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var first = await priya.PostFormAsync($"/waivers/{id}/edit", $"/waivers/{id}/edit", new()
        {
            ["Version"] = loaded, ["Subject"] = "Shared draft: home care top-up", ["ReportOf"] = "Commissioning Manager, Adults and Health",
        });
        var second = await grace.PostFormAsync($"/waivers/{id}/edit", $"/waivers/{id}/edit", new()
        {
            ["Version"] = loaded, ["Subject"] = "Shared draft: home care top-up in Seacroft",
            ["BudgetSource"] = "Adults and Health home care budget", ["Value"] = "18,250",
        });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        var message = Assert.Single(page.ErrorSummary());
        Assert.StartsWith($"Priya Shah changed this waiver on {When}, after you opened it. What changed: report of.", message, StringComparison.Ordinal);
        Assert.Contains(When, message, StringComparison.Ordinal);
        Assert.Equal("Shared draft: home care top-up in Seacroft", page.Value("Subject"));
        Assert.Equal("Adults and Health home care budget", page.Value("BudgetSource"));
        Assert.Equal("18,250", page.Value("Value"));

        var saved = await Load(factory, id);
        Assert.Equal("Shared draft: home care top-up", saved.Subject);
        Assert.Equal("Commissioning Manager, Adults and Health", saved.ReportOf);
        Assert.Null(saved.BudgetSource);

        // The form now carries the latest version: saving again deliberately replaces the other person's changes.
        var again = await grace.PostFormAsync($"/waivers/{id}/edit", $"/waivers/{id}/edit", new()
        {
            ["Version"] = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Subject"] = "Shared draft: home care top-up in Seacroft", ["BudgetSource"] = "Adults and Health home care budget",
        });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Shared draft: home care top-up in Seacroft", (await Load(factory, id)).Subject);
    }

    [Fact]
    public async Task a_stale_submission_names_who_saved_the_waiver_and_when()
    {
        var id = await CompleteDraftAsync("Submitted after a colleague's edit");
        var grace = await PortalClient.SignedInAsync(factory, Procurement);
        var priya = await PortalClient.SignedInAsync(factory, Commissioner);
        var submitPage = await grace.GetDocumentAsync($"/waivers/{id}/submit");
        var loaded = submitPage.QuerySelector("input[name=version]")!.GetAttribute("value")!;
        var form = CompleteForm("Submitted after a colleague's edit", int.Parse(loaded, CultureInfo.InvariantCulture));
        form["Summary"] = "Priya's summary";
        Assert.Equal(HttpStatusCode.Redirect, (await priya.PostFormAsync($"/waivers/{id}/edit", $"/waivers/{id}/edit", form)).StatusCode);

        var response = await grace.PostFormAsync($"/waivers/{id}/submit", $"/waivers/{id}/submit", new() { ["version"] = loaded });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(WaiverStatus.Draft, (await Load(factory, id)).Status);
        var details = await grace.GetDocumentAsync($"/waivers/{id}");
        var banner = details.QuerySelector(".govuk-error-summary, .govuk-notification-banner")!.TextContent;
        Assert.Contains("Priya Shah changed this waiver", banner, StringComparison.Ordinal);
        Assert.Contains(When, banner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_stale_decision_names_who_decided_and_keeps_the_reasons()
    {
        var id = await SubmittedWaiverAsync(factory, "Decided in two tabs");
        var firstTab = await PortalClient.SignedInAsync(factory, Director);
        var secondTab = await PortalClient.SignedInAsync(factory, Director);
        var loaded = (await secondTab.GetDocumentAsync($"/waivers/{id}/decide")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var first = await firstTab.PostFormAsync($"/waivers/{id}/decide", $"/waivers/{id}/decide", new()
        {
            ["Version"] = loaded, ["Outcome"] = "refuse", ["Reasons"] = "A competitive quotation is practicable.",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var response = await secondTab.PostAsync($"/waivers/{id}/decide", new Dictionary<string, string>
        {
            ["Version"] = loaded, ["Outcome"] = "approve", ["Reasons"] = "Only provider with the accredited workforce in Seacroft.",
            ["__RequestVerificationToken"] = (await secondTab.GetDocumentAsync($"/waivers/{id}")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var message = Assert.Single(page.ErrorSummary());
        Assert.StartsWith("Helen Carter changed this waiver", message, StringComparison.Ordinal);
        Assert.Contains(When, message, StringComparison.Ordinal);
        Assert.Equal("Only provider with the accredited workforce in Seacroft.", page.QuerySelector("textarea[name=Reasons]")!.TextContent.Trim());
        Assert.Equal(WaiverStatus.Refused, (await Load(factory, id)).Status);
    }

    [Fact]
    public async Task an_approved_waiver_without_a_contract_can_have_it_created_later()
    {
        var id = await SubmittedWaiverAsync(factory, "Contract created later");
        var director = await PortalClient.SignedInAsync(factory, Director);
        await director.PostFormAsync($"/waivers/{id}/decide", $"/waivers/{id}/decide", new()
        {
            ["Outcome"] = "approve", ["Reasons"] = "Specialist supplier.", ["CreateContract"] = "false",
            ["Version"] = (await Load(factory, id)).Version.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Null((await Load(factory, id)).ContractId);
        var priya = await PortalClient.SignedInAsync(factory, Commissioner);
        var details = await priya.GetDocumentAsync($"/waivers/{id}");
        Assert.NotNull(details.QuerySelector($"a[href='/waivers/{id}/create-contract']"));

        var empty = await PortalClient.ParseAsync(await priya.PostFormAsync($"/waivers/{id}/create-contract", $"/waivers/{id}/create-contract",
            new() { ["Version"] = (await Load(factory, id)).Version.ToString(CultureInfo.InvariantCulture) }));
        Assert.Equal(["Select the service area of the contract", "Enter the contract start date as a real date, like 1 4 2027"], empty.ErrorSummary());

        var response = await priya.PostFormAsync($"/waivers/{id}/create-contract", $"/waivers/{id}/create-contract", new()
        {
            ["Version"] = (await Load(factory, id)).Version.ToString(CultureInfo.InvariantCulture), ["ServiceArea"] = "SupportToLiveIndependently",
            ["ContractStart.Day"] = "1", ["ContractStart.Month"] = "1", ["ContractStart.Year"] = "2027",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var waiver = await Load(factory, id);
        var contract = await factory.WithDbAsync(db => db.Contracts.SingleAsync(c => c.CprWaiverId == id));
        Assert.Equal(contract.Id, waiver.ContractId);
        Assert.Equal(ContractAwardRoute.DirectAwardCprWaiver, contract.ProcurementRoute);
        Assert.Equal(new DateOnly(2027, 1, 1), contract.StartDate);
        var after = await priya.GetDocumentAsync($"/waivers/{id}");
        Assert.NotNull(after.QuerySelector($"a[href='/contracts/{contract.Id}']"));
        Assert.Null(after.QuerySelector($"a[href='/waivers/{id}/create-contract']"));

        // A second contract is refused.
        var twice = await priya.PostFormAsync($"/waivers/{id}", $"/waivers/{id}/create-contract", new()
        {
            ["Version"] = (await Load(factory, id)).Version.ToString(CultureInfo.InvariantCulture), ["ServiceArea"] = "SupportToLiveIndependently",
            ["ContractStart.Day"] = "1", ["ContractStart.Month"] = "1", ["ContractStart.Year"] = "2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Contracts.CountAsync(c => c.CprWaiverId == id)));
    }

    [Fact]
    public async Task a_contract_cannot_be_created_from_a_waiver_that_is_not_approved()
    {
        var id = await SubmittedWaiverAsync(factory, "Not yet decided");
        var grace = await PortalClient.SignedInAsync(factory, Procurement);

        var response = await grace.Http.GetAsync($"/waivers/{id}/create-contract");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await Load(factory, id)).ContractId);
    }

    [Theory]
    [InlineData(Director)]
    [InlineData(Provider)]
    public async Task only_procurement_officers_and_commissioners_may_create_the_contract_later(string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        await AssertForbidden(client, await client.Http.GetAsync($"/waivers/{await NdtiId(factory)}/create-contract"));
    }

    private async Task<int> DraftAsync(string subject)
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var created = await client.PostFormAsync("/waivers/new", "/waivers/new", new() { ["Subject"] = subject });
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[2], CultureInfo.InvariantCulture);
    }

    private async Task<int> CompleteDraftAsync(string subject)
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var created = await client.PostFormAsync("/waivers/new", "/waivers/new", CompleteForm(subject));
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[2], CultureInfo.InvariantCulture);
    }
}
