using System.Net;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Waivers;

internal static class WaiverTestData
{
    public const string Procurement = "procurement@example.org";
    public const string Commissioner = "commissioner@example.org";
    public const string Director = "director@example.org";
    public const string Provider = "provider@example.org";
    public const string Admin = "admin@example.org";

    public static Task<int> IdOf(PortalFactory factory, string subjectStart) =>
        factory.WithDbAsync(db => db.CprWaivers.Where(w => w.Subject.StartsWith(subjectStart)).OrderBy(w => w.VersionNumber).Select(w => w.Id).FirstAsync());

    public static Task<int> NdtiId(PortalFactory factory) => IdOf(factory, WaiverDemoData.NdtiSubject);

    public static Task<CprWaiver> Load(PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.CprWaivers.AsNoTracking().Include(w => w.Decision).SingleAsync(w => w.Id == id));

    /// <summary>The wrong role gets 403 (directly, or by way of the access-denied page).</summary>
    public static async Task AssertForbidden(PortalClient client, HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var uri = response.Headers.Location!;
        var location = uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
        Assert.StartsWith("/account/access-denied", location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(location)).StatusCode);
    }

    /// <summary>A waiver recorded and submitted by the procurement officer, through the pages.</summary>
    public static async Task<int> SubmittedWaiverAsync(PortalFactory factory, string subject)
    {
        var client = await PortalClient.SignedInAsync(factory, Procurement);
        var created = await client.PostFormAsync("/waivers/new", "/waivers/new", CompleteForm(subject));
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
        var submitted = await client.PostFormAsync($"/waivers/{id}/submit", $"/waivers/{id}/submit", new() { ["version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return id;
    }

    /// <summary>A complete form for a new waiver, as a procurement officer would fill it in.</summary>
    public static Dictionary<string, string> CompleteForm(string subject, int version = 0) => new()
    {
        ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Subject"] = subject,
        ["ReportOf"] = "Commissioning Manager, Adults and Health",
        ["ReportTo"] = "Director of Adults and Health",
        ["ReportDate.Day"] = "20", ["ReportDate.Month"] = "11", ["ReportDate.Year"] = "2026",
        ["CommissioningOrganisationId"] = "1",
        ["RulesWaived"] = "8.1",
        ["NewSupplierName"] = "Leeds Test Supplier CIC",
        ["Value"] = "£12,500",
        ["TermMonths"] = "12",
        ["BudgetSource"] = "Adults and Health commissioning budget",
        ["ImplementingOfficer"] = "Commissioning Manager",
        ["Route"] = "DelegatedDecision",
        ["Kind"] = "SignificantOperationalDecision",
        ["EiaScreeningDone"] = "true",
        ["ExecutiveMemberBriefed"] = "false",
        ["SpecificWardsAffected"] = "false",
        ["ConsultationCarriedOut"] = "true",
        ["HasEqualityImplications"] = "false",
        ["IsConfidentialOrExempt"] = "false",
        ["Summary"] = "Summary", ["ResourceImplications"] = "The total cost is £12,500.", ["Recommendations"] = "Approve", ["Purpose"] = "Purpose", ["Background"] = "Background",
        ["MainIssues"] = "No market", ["ConsultationAndEngagement"] = "Done", ["EqualityAndDiversity"] = "None",
        ["CouncilPolicies"] = "Best Council Plan", ["ClimateEmergency"] = "No specific climate emergency issues.",
        ["ResourcesAndValueForMoney"] = "Benchmarked", ["LegalImplications"] = "CPR 1.3",
        ["TransparencyAndAdvertising"] = "Below the threshold; no cross-border interest.",
        ["RiskManagement"] = "Low", ["Conclusions"] = "Approve", ["BackgroundDocuments"] = "None",
        ["CrossBorderSubjectMatter"] = "Local", ["CrossBorderValue"] = "Low", ["CrossBorderSector"] = "Care",
        ["CrossBorderLocation"] = "Leeds", ["HasCrossBorderInterest"] = "false",
    };
}
