using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.Tests.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Decommissioning;

/// <summary>
/// Issue 14: "The same check applies when an extension is declined or a contract's value is reduced anywhere in the
/// portal": the Compact for Leeds asks when and how third-sector organisations were told, and why when it is short.
/// </summary>
public sealed class The_Compact_across_the_portal(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task declining_an_extension_with_a_charity_on_the_contract_needs_the_reason_for_short_notice()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        // Leeds domestic violence and abuse service: a 24-month extension to decide by 31 March 2027, ending 30 September 2027;
        // Leeds Women's Aid and Behind Closed Doors are charities, so notice is due by 30 March 2027.
        var id = await ContractTestData.IdOfAsync(factory, "LCC-CHE-2022-004");
        var url = $"/contracts/{id}/extensions/1/decline";
        var form = await commissioner.GetDocumentAsync(url);
        Assert.Contains("Behind Closed Doors", form.GetElementById("compact-warning")!.TextContent, StringComparison.Ordinal);
        var fields = new Dictionary<string, string>
        {
            ["DecidedOn.Day"] = "26", ["DecidedOn.Month"] = "11", ["DecidedOn.Year"] = "2026",
            ["CompactGivenOn.Day"] = "2", ["CompactGivenOn.Month"] = "4", ["CompactGivenOn.Year"] = "2026",
        };

        var noHow = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, fields));
        fields["CompactGivenOn.Day"] = "";
        fields["CompactGivenOn.Month"] = "";
        fields["CompactGivenOn.Year"] = "";
        var inTime = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(["Enter how notice was given"], noHow.ErrorSummary());
        Assert.Equal("2", noHow.Value("CompactGivenOn_Day"));
        // Not yet told, but 30 March 2027 has not passed: the notice is not short, so no reason is needed.
        Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);
        Assert.Equal(ExtensionStatus.Declined, await factory.WithDbAsync(db => db.ContractExtensions.Where(e => e.ContractId == id && e.Number == 1).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task declining_an_extension_after_the_notice_by_day_needs_the_reason_and_keeps_it()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ShortExtensionContractAsync();
        var url = $"/contracts/{id}/extensions/1/decline";
        var fields = new Dictionary<string, string> { ["DecidedOn.Day"] = "26", ["DecidedOn.Month"] = "11", ["DecidedOn.Year"] = "2026" };

        var refused = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, fields));
        fields["CompactShortNoticeReason"] = "The grant programme closes";
        var saved = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(["Enter why Leeds Mind gets less than six months' notice (the Compact for Leeds)"], refused.ErrorSummary());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("The grant programme closes", await factory.WithDbAsync(db => db.ContractExtensions.Where(e => e.ContractId == id).Select(e => e.CompactShortNoticeReason).SingleAsync()));
    }

    [Fact]
    public async Task reducing_the_value_of_a_contract_led_by_a_charity_needs_the_reason_for_short_notice()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        // Independent advocacy hub: Advonet (a charity) leads, funded by Adults and Health alone.
        var id = await ContractTestData.IdOfAsync(factory, "LCC-AH-2025-004");
        var contract = await factory.WithDbAsync(db => db.Contracts.AsNoTracking().Include(c => c.Funding).SingleAsync(c => c.Id == id));
        var cut = contract.AnnualValue - 50_000m;
        var url = $"/contracts/{id}/change-value";
        var fields = new Dictionary<string, string>
        {
            ["AnnualValue"] = cut.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ["EffectiveDate.Day"] = "1", ["EffectiveDate.Month"] = "1", ["EffectiveDate.Year"] = "2027",
            ["Reason"] = "In-year budget reduction",
            ["CompactGivenOn.Day"] = "25", ["CompactGivenOn.Month"] = "11", ["CompactGivenOn.Year"] = "2026",
            ["CompactHow"] = "Meeting and letter",
        };
        for (var i = 0; i < contract.Funding.Count; i++)
        {
            var line = contract.Funding.OrderByDescending(f => f.AnnualAmount).ElementAt(i);
            fields[$"Funding[{i}].FunderOrganisationId"] = line.FunderOrganisationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            fields[$"Funding[{i}].Stream"] = line.Stream.ToString();
            fields[$"Funding[{i}].AnnualAmount"] = (i == 0 ? line.AnnualAmount - 50_000m : line.AnnualAmount).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        }

        var refused = await PortalClient.ParseAsync(await commissioner.PostFormAsync(url, url, fields));
        fields["CompactShortNoticeReason"] = "The council's in-year savings";
        var saved = await commissioner.PostFormAsync(url, url, fields);

        Assert.Equal(["Enter why Advonet gets less than six months' notice (the Compact for Leeds)"], refused.ErrorSummary());
        Assert.Equal("Meeting and letter", refused.Value("CompactHow"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var change = await factory.WithDbAsync(db => db.ContractChanges.Where(c => c.ContractId == id).OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal((cut, new DateOnly(2026, 11, 25), "The council's in-year savings"), (change.AnnualValueAfter, change.CompactNoticeGivenOn, change.CompactShortNoticeReason));
    }

    /// <summary>A live council contract led by the charity Leeds Mind, ending 31 March 2027 with a 12-month extension to decide by 31 January 2027.</summary>
    private async Task<int> ShortExtensionContractAsync() => await factory.WithDbAsync(async db =>
    {
        var mind = await db.Providers.SingleAsync(p => p.Name == "Leeds Mind");
        var organisation = await db.CommissioningOrganisations.Where(o => o.Code == "LCC-AH").Select(o => o.Id).SingleAsync();
        var contract = new Contract("LCC-AH-2024-099", "Peer support for mental health", Domain.Reference.ServiceArea.SupportInTheCommunity, organisation,
            AgreementType.Grant, PaymentMechanism.Block, ContractAwardRoute.GrantRound, new DateOnly(2024, 4, 1), new DateOnly(2027, 3, 31), 60_000m);
        contract.SetProviders([new ContractProviderLine(mind, ProviderRole.Lead)]);
        contract.SetFunding([FundingLine.FromOrganisation(organisation, FundingStream.LccBudget, 60_000m)]);
        foreach (var step in new[] { ContractStatus.Procuring, ContractStatus.Awarded, ContractStatus.Mobilising, ContractStatus.Live })
        {
            contract.Advance(step);
        }

        contract.AddExtension(12, new DateOnly(2027, 1, 31));
        db.Contracts.Add(contract);
        await db.SaveChangesAsync();
        return contract.Id;
    });
}
