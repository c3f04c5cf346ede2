using System.Net;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LeedsCommissioning.Web.Tests.Waivers.WaiverTestData;

namespace LeedsCommissioning.Web.Tests.Waivers;

// One collection: the waiver classes start their apps one after another, not all at once on a busy machine.
[Collection("Waivers")]
public sealed class Deciding_and_correcting_a_waiver(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Submitted = "Dementia peer support pilot";

    [Fact]
    public async Task the_director_approves_a_submitted_waiver_with_reasons()
    {
        var id = await SubmittedWaiverAsync(factory, "To be approved");
        var client = await PortalClient.SignedInAsync(factory, Director);

        var response = await client.PostFormAsync($"/waivers/{id}/decide", $"/waivers/{id}/decide",
            new() { ["Outcome"] = "approve", ["Reasons"] = "Small, local and time-limited.", ["Version"] = (await Load(factory, id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var waiver = await Load(factory, id);
        Assert.Equal(WaiverStatus.Approved, waiver.Status);
        Assert.Equal(DecisionOutcome.Approved, waiver.Decision.Outcome);
        Assert.Equal(new DateOnly(2026, 11, 26), waiver.Decision.OutcomeOn);
        Assert.Equal("Helen Carter", waiver.Decision.DecisionMakerName);
        Assert.Null(waiver.Decision.CallInEndsOn);
    }

    [Fact]
    public async Task approval_can_create_the_contract_in_the_register_linked_both_ways()
    {
        var id = await SubmittedWaiverAsync(factory, "Approved with a contract");
        var client = await PortalClient.SignedInAsync(factory, Director);

        var response = await client.PostFormAsync($"/waivers/{id}/decide", $"/waivers/{id}/decide", new()
        {
            ["Outcome"] = "approve", ["Reasons"] = "Specialist supplier.", ["Version"] = (await Load(factory, id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CreateContract"] = "true", ["ServiceArea"] = "SupportToLiveIndependently",
            ["ContractStart.Day"] = "1", ["ContractStart.Month"] = "12", ["ContractStart.Year"] = "2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var waiver = await Load(factory, id);
        var contract = await factory.WithDbAsync(db => db.Contracts.Include(c => c.LeadProvider).SingleAsync(c => c.CprWaiverId == id));
        Assert.Equal(contract.Id, waiver.ContractId);
        Assert.Equal(LeedsCommissioning.Domain.Contracts.ContractAwardRoute.DirectAwardCprWaiver, contract.ProcurementRoute);
        Assert.Equal(new DateOnly(2026, 12, 1), contract.StartDate);
        Assert.Equal(new DateOnly(2027, 11, 30), contract.InitialEndDate);
        Assert.Equal(12_500m, contract.AnnualValue);
        Assert.Equal("Leeds Test Supplier CIC", contract.LeadProvider!.Name);
        var page = await client.GetDocumentAsync($"/waivers/{id}");
        Assert.Contains(contract.Reference, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_ndti_waiver_is_linked_to_its_contract()
    {
        var id = await NdtiId(factory);

        var contract = await factory.WithDbAsync(db => db.Contracts.SingleAsync(c => c.Reference == "LCC-AH-2019-031"));

        Assert.Equal(id, contract.CprWaiverId);
        Assert.Equal(contract.Id, (await Load(factory, id)).ContractId);
    }

    [Fact]
    public async Task a_decision_needs_an_outcome_and_reasons()
    {
        var id = await SubmittedWaiverAsync(factory, "To be decided");
        var client = await PortalClient.SignedInAsync(factory, Director);

        var page = await PortalClient.ParseAsync(await client.PostFormAsync($"/waivers/{id}/decide", $"/waivers/{id}/decide", new()));

        Assert.Equal(["Select whether you approve or refuse the waiver", "Enter the reasons for your decision"], page.ErrorSummary());
    }

    [Theory]
    [InlineData(Procurement)]
    [InlineData(Commissioner)]
    [InlineData(Admin)]
    [InlineData(Provider)]
    public async Task only_decision_makers_may_decide(string email)
    {
        var id = await IdOf(factory, Submitted);
        var client = await PortalClient.SignedInAsync(factory, email);

        await AssertForbidden(client, await client.Http.GetAsync($"/waivers/{id}/decide"));
        await AssertForbidden(client, await client.PostAsync($"/waivers/{id}/decide", [new("Outcome", "approve")]));
    }

    [Fact]
    public async Task the_director_refuses_a_submitted_waiver()
    {
        var id = await SubmittedWaiverAsync(factory, "To be refused");
        var client = await PortalClient.SignedInAsync(factory, Director);

        var response = await client.PostFormAsync($"/waivers/{id}/decide", $"/waivers/{id}/decide",
            new() { ["Outcome"] = "refuse", ["Reasons"] = "Competition is practicable.", ["Version"] = (await Load(factory, id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(WaiverStatus.Refused, (await Load(factory, id)).Status);
    }

    [Fact]
    public async Task a_decided_waiver_cannot_be_decided_again()
    {
        var id = await NdtiId(factory);
        var client = await PortalClient.SignedInAsync(factory, Director);

        var response = await client.Http.GetAsync($"/waivers/{id}/decide");

        Assert.Equal($"/waivers/{id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task a_correction_is_a_new_version_and_the_decided_one_is_kept()
    {
        var id = await IdOf(factory, "Community equipment servicing");
        var client = await PortalClient.SignedInAsync(factory, Procurement);

        var response = await client.PostFormAsync($"/waivers/{id}", $"/waivers/{id}/new-version", new());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var newId = int.Parse(response.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
        var next = await Load(factory, newId);
        var old = await Load(factory, id);
        Assert.Equal(2, next.VersionNumber);
        Assert.Equal(id, next.PreviousVersionId);
        Assert.Equal(WaiverStatus.Draft, next.Status);
        Assert.Equal(WaiverStatus.Refused, old.Status);
        Assert.True(old.IsSuperseded);
        var page = await client.GetDocumentAsync($"/waivers/{newId}");
        Assert.Contains("Version 1", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_demo_data_has_a_corrected_second_version()
    {
        var id = await IdOf(factory, "Alcohol liaison in A&E");
        var client = await PortalClient.SignedInAsync(factory, Commissioner);

        var page = await client.GetDocumentAsync($"/waivers/{id}");

        Assert.Contains("A newer version of this waiver exists", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Version 2");
    }

    [Fact]
    public async Task providers_cannot_see_the_register()
    {
        var client = await PortalClient.SignedInAsync(factory, Provider);

        await AssertForbidden(client, await client.Http.GetAsync("/waivers"));
        await AssertForbidden(client, await client.Http.GetAsync($"/waivers/{await NdtiId(factory)}/report.pdf"));
    }
}
