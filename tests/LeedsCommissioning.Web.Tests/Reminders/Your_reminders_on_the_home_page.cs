using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Reminders;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Reminders;

/// <summary>
/// "Your reminders" on the home page (issue 14): the signed-in person's own reminders and nobody else's, overdue first,
/// each with its UK due date and a link; a Dismiss button clears one of their own, and only their own.
/// </summary>
public sealed class Your_reminders_on_the_home_page(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(PortalFactory.Now.UtcDateTime);

    [Fact]
    public async Task shows_only_your_own_reminders_that_you_have_not_dismissed_overdue_first()
    {
        var you = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var colleague = await TestUsers.CreateAsync(factory, Roles.CcgCommissioner);
        await ReminderTestData.AddAsync(factory, you.Id, "Decide on extension 1 of Carers Leeds support", Today.AddDays(20), "/contracts/1/term");
        await ReminderTestData.AddAsync(factory, you.Id, "Decide on extension 2 of Leeds Dementia Hub", Today.AddDays(-6), "/contracts/2/term");
        await ReminderTestData.AddAsync(factory, you.Id, "An old reminder you cleared", Today.AddDays(-30), "/contracts/3", dismissed: true);
        await ReminderTestData.AddAsync(factory, colleague.Id, "Your colleague's reminder about Healthy Minds", Today.AddDays(2), "/contracts/4");
        var client = await PortalClient.SignedInAsync(factory, you.Email!);

        var home = await client.GetDocumentAsync("/");

        var rows = home.QuerySelectorAll(".app-reminder").ToList();
        Assert.Equal(["Decide on extension 2 of Leeds Dementia Hub", "Decide on extension 1 of Carers Leeds support"],
            rows.Select(r => r.QuerySelector("a")!.TextContent.Trim()));
        Assert.Equal(["/contracts/2/term", "/contracts/1/term"], rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("Overdue", rows[0].QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Contains($"Was due {Domain.Common.UkTime.Date(Today.AddDays(-6))}", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Null(rows[1].QuerySelector(".govuk-tag"));
        Assert.Contains($"Due {Domain.Common.UkTime.Date(Today.AddDays(20))}", rows[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("colleague", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("An old reminder you cleared", home.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_member_of_staff_with_no_reminders_is_told_so_and_where_to_choose_them()
    {
        var you = await TestUsers.CreateAsync(factory, Roles.ProcurementOfficer);
        var client = await PortalClient.SignedInAsync(factory, you.Email!);

        var home = await client.GetDocumentAsync("/");

        Assert.Equal("Your reminders", home.QuerySelector("#your-reminders")!.TextContent.Trim());
        Assert.Contains("You have no reminders.", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("a[href='/account/reminders']"));
    }

    [Fact]
    public async Task dismiss_clears_your_own_reminder_and_leaves_anyone_elses()
    {
        var you = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var colleague = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var yours = await ReminderTestData.AddAsync(factory, you.Id, "Give notice on the Healthy Holidays grant", Today.AddDays(10), "/contracts/5");
        var theirs = await ReminderTestData.AddAsync(factory, colleague.Id, "Give notice on the Leeds Neighbourhood Networks grant", Today.AddDays(10), "/contracts/6");
        var client = await PortalClient.SignedInAsync(factory, you.Email!);

        var response = await client.PostFormAsync("/", "/account/reminders/dismiss", new() { ["id"] = yours.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Reminder dismissed", home.SuccessBanner());
        Assert.Empty(home.QuerySelectorAll(".app-reminder"));

        var other = await client.PostFormAsync("/", "/account/reminders/dismiss", new() { ["id"] = theirs.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.NotNull(await DismissedAt(yours));
        Assert.Null(await DismissedAt(theirs));
        Assert.Null((await client.GetDocumentAsync("/")).SuccessBanner());
    }

    private Task<DateTime?> DismissedAt(long id) =>
        factory.WithDbAsync(db => db.Reminders.Where(r => r.Id == id).Select(r => r.DismissedAtUtc).SingleAsync());
}
