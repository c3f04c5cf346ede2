using System.Net;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Monitoring;

/// <summary>
/// A monitoring plan's quality page asks two yes/no questions (the Quality Management Framework, CQC regulation). A
/// submission that answers neither is refused with the GOV.UK messages, keeps what was typed and saves nothing: it
/// used to be read as "no" to both and saved (found by the phone walk's axe pass, which submits every form empty).
/// </summary>
public sealed class Answering_the_quality_questions(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task both_questions_must_be_answered_before_anything_is_saved()
    {
        var id = await MonitoringTestData.LiveWellLeedsAsync(factory);
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var form = $"/monitoring/contracts/{id}/plan/quality";
        var before = await factory.WithDbAsync(db => db.MonitoringPlans.Where(p => p.ContractId == id).Select(p => p.Version).SingleAsync());

        var refused = await PortalClient.ParseAsync(await commissioner.PostFormAsync(form, form, new() { ["Locations[0].Name"] = "Head office" }));

        Assert.Equal(["Select yes if the contract uses the Quality Management Framework", "Select yes if it is a service the CQC regulates"],
            refused.ErrorSummary());
        Assert.Equal("Head office", refused.QuerySelector("input[name='Locations[0].Name']")?.GetAttribute("value"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.MonitoringPlans.Where(p => p.ContractId == id).Select(p => p.Version).SingleAsync()));

        var saved = await commissioner.PostFormAsync(form, form, new() { ["UsesQualityManagementFramework"] = "true", ["IsRegulated"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.MonitoringPlans.Where(p => p.ContractId == id).Select(p => p.UsesQualityManagementFramework).SingleAsync()));
    }
}
