using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Reminders;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Exports;

/// <summary>
/// The lists that are a person's or an organisation's own download as CSV and Excel with only their own rows (issue 15,
/// "Every list in the portal downloads"): your reminders, a provider's outcome letters; and the organisation
/// applications, for those who decide them.
/// </summary>
public sealed class Downloading_your_own_lists(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(PortalFactory.Now.UtcDateTime);

    [Fact]
    public async Task your_reminders_download_as_your_home_page_lists_them_and_never_anyone_elses()
    {
        var you = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var colleague = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        await AddReminderAsync(you.Id, "Decide on extension 1 of Carers Leeds support", Today.AddDays(20), "/contracts/1/term");
        await AddReminderAsync(you.Id, "Decide on extension 2 of Leeds Dementia Hub", Today.AddDays(-6), "/contracts/2/term");
        await AddReminderAsync(you.Id, "An old reminder you cleared", Today.AddDays(-30), "/contracts/3", dismissed: true);
        await AddReminderAsync(colleague.Id, "Your colleague's reminder about Healthy Minds", Today.AddDays(2), "/contracts/4");
        var client = await PortalClient.SignedInAsync(factory, you.Email!);
        var home = await client.GetDocumentAsync("/");

        var (headings, rows) = await ExportFiles.CsvAsync(await client.Http.GetAsync("/account/reminders/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await client.Http.GetAsync("/account/reminders/export.xlsx"));

        Assert.Equal(["Reminder", "Kind", "Due", "Overdue", "Link"], headings);
        Assert.Equal(["Decide on extension 2 of Leeds Dementia Hub", "Decide on extension 1 of Carers Leeds support"], rows.Select(r => r[0]));
        Assert.Equal(["Extension decision due", Today.AddDays(-6).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), "Yes"],
            rows[0][1..4]);
        Assert.Equal("No", rows[1][3]);
        Assert.EndsWith("/contracts/2/term", rows[0][4], StringComparison.Ordinal);
        Assert.StartsWith("http", rows[0][4], StringComparison.Ordinal);
        Assert.Equal(3, sheet.Count);
        Assert.Equal("/account/reminders/export.csv", home.QuerySelector("#download-csv")?.GetAttribute("href"));
        Assert.Contains("Download these 2 reminders", home.QuerySelector(".app-downloads")!.TextContent, StringComparison.Ordinal);

        var (_, theirs) = await ExportFiles.CsvAsync(await (await PortalClient.SignedInAsync(factory, colleague.Email!)).Http.GetAsync("/account/reminders/export.csv"));
        Assert.Equal(["Your colleague's reminder about Healthy Minds"], theirs.Select(r => r[0]));
    }

    [Fact]
    public async Task someone_not_signed_in_is_sent_to_sign_in_for_reminders()
    {
        var response = await PortalClient.For(factory).Http.GetAsync("/account/reminders/export.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("provider@example.org", DemoData.LeadProviderName, "Successful")]
    [InlineData("small.provider@example.org", DemoData.SmallProviderName, "Not successful")]
    public async Task a_provider_downloads_its_own_outcome_letters_and_never_another_organisations(string email, string name, string outcome)
    {
        var (id, _, letters) = await Award.Awards.ApprovedAsync(factory);
        var title = await factory.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).Select(o => o.Title).SingleAsync());
        var providerId = await factory.WithDbAsync(db => db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        var own = await factory.WithDbAsync(db => db.OutcomeLetters.CountAsync(l => l.ProviderId == providerId));
        var client = await PortalClient.SignedInAsync(factory, email);
        var page = await client.GetDocumentAsync("/outcome-letters");

        var (headings, rows) = await ExportFiles.CsvAsync(await client.Http.GetAsync("/outcome-letters/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await client.Http.GetAsync("/outcome-letters/export.xlsx"));

        Assert.Equal(["Opportunity", "Lot", "Lot title", "Outcome", "Issued"], headings);
        Assert.Equal(2, letters.Count);
        Assert.Equal(own, rows.Count);
        Assert.Equal(page.QuerySelectorAll("main ul.govuk-list li").Length, rows.Count);
        Assert.Equal(own, sheet.Count - 1);
        Assert.Contains(rows, r => r[0] == title && r[3] == outcome);
        Assert.Equal("/outcome-letters/export.csv", page.QuerySelector("#download-csv")?.GetAttribute("href"));
    }

    [Fact]
    public async Task the_organisation_applications_download_as_listed_for_those_who_decide_them()
    {
        var email = $"applicant.{Guid.NewGuid():N}@example.org";
        var sent = await PortalClient.For(factory).PostFormAsync("/register-organisation", "/register-organisation", new()
        {
            ["OrganisationName"] = "Gipton Community Garden",
            ["Type"] = "RegisteredCharity",
            ["CharityNumber"] = "1187654",
            ["Postcode"] = "LS9 6NL",
            ["IsLeedsBased"] = "true",
            ["Localities"] = "NorthEast",
            ["AnnualIncome"] = "£86,500",
            ["Description"] = "Community garden and cooking sessions for carers in Gipton.",
            ["ApplicantName"] = "Mo Farouk",
            ["ApplicantEmail"] = email,
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var page = await commissioner.GetDocumentAsync("/procurement/organisation-applications");

        var (headings, rows) = await ExportFiles.CsvAsync(await commissioner.Http.GetAsync("/procurement/organisation-applications/export.csv"));
        var sheet = await ExportFiles.XlsxAsync(await commissioner.Http.GetAsync("/procurement/organisation-applications/export.xlsx"));

        Assert.Equal(["Organisation", "Applicant", "Sent", "Status"], headings);
        Assert.Equal(page.QuerySelectorAll("tbody tr a").Length, rows.Count);
        Assert.Contains(rows, r => r[0] == "Gipton Community Garden" && r[1] == "Mo Farouk" && r[3] == "Pending");
        Assert.Equal(rows.Select(r => r[0]), sheet.Skip(1).Select(r => r[0]));
        Assert.Equal("/procurement/organisation-applications/export.xlsx", page.QuerySelector("#download-xlsx")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/outcome-letters/export.csv", "procurement@example.org")]
    [InlineData("/outcome-letters/export.xlsx", "commissioner@example.org")]
    [InlineData("/procurement/organisation-applications/export.csv", "procurement@example.org")]
    [InlineData("/procurement/organisation-applications/export.xlsx", "provider@example.org")]
    public async Task a_download_is_refused_to_whoever_may_not_see_its_list(string url, string email)
    {
        var client = await PortalClient.SignedInAsync(factory, email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
    }

    private Task<long> AddReminderAsync(string userId, string title, DateOnly dueOn, string link, bool dismissed = false) =>
        factory.WithDbAsync(async db =>
        {
            var reminder = new Reminder
            {
                UserId = userId,
                Kind = nameof(ReminderKind.ExtensionDecisionDue),
                Key = "test-" + Guid.NewGuid().ToString("N"),
                Title = title,
                DueOn = dueOn,
                Link = link,
                RaisedAtUtc = PortalFactory.Now.UtcDateTime,
                DismissedAtUtc = dismissed ? PortalFactory.Now.UtcDateTime : null,
            };
            db.Reminders.Add(reminder);
            await db.SaveChangesAsync();
            return reminder.Id;
        });
}
