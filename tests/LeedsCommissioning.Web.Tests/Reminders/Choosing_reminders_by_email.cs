using System.Net;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Reminders;

/// <summary>
/// Each person chooses which kinds of reminder also come by e-mail (issue 14) at /account/reminders, linked from the
/// home page and their account: every kind is on until they untick it; the choice is saved with a success banner.
/// </summary>
public sealed class Choosing_reminders_by_email(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task every_kind_is_ticked_until_you_untick_it_and_your_choice_is_kept()
    {
        var you = await TestUsers.CreateAsync(factory, Roles.CcgCommissioner);
        var client = await PortalClient.SignedInAsync(factory, you.Email!);
        Assert.NotNull((await client.GetDocumentAsync("/account")).QuerySelector("a[href='/account/reminders']"));
        Assert.NotNull((await client.GetDocumentAsync("/")).QuerySelector("a[href='/account/reminders']"));

        var page = await client.GetDocumentAsync("/account/reminders");
        Assert.Equal("Reminders by email", page.Heading());
        Assert.Equal(["Extension decision due", "Renewal decision due", "Compact notice deadline", "Exit task overdue", "Quarterly return due"],
            page.QuerySelectorAll("input[name=ByEmail]").Select(i => page.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim()));
        Assert.All(page.QuerySelectorAll("input[name=ByEmail]"), i => Assert.True(i.HasAttribute("checked")));

        var response = await client.PostAsync("/account/reminders", await Raising_reminders.FormWith(client,
            nameof(ReminderKind.ExtensionDecisionDue), nameof(ReminderKind.ExitTaskOverdue)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/reminders", response.Headers.Location!.OriginalString);
        var saved = await client.GetDocumentAsync("/account/reminders");
        Assert.Equal("Your reminder choices have been saved", saved.SuccessBanner());
        Assert.Equal([nameof(ReminderKind.ExtensionDecisionDue), nameof(ReminderKind.ExitTaskOverdue)],
            saved.QuerySelectorAll("input[name=ByEmail][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal([nameof(ReminderKind.CompactNoticeDeadline), nameof(ReminderKind.MonitoringReturnDue), nameof(ReminderKind.RenewalDecisionDue)],
            await factory.WithDbAsync(db => db.ReminderEmailOptOuts.Where(o => o.UserId == you.Id).Select(o => o.Kind).OrderBy(k => k).ToListAsync()));
        Assert.Equal("Extension decision due, Exit task overdue", AccountRow(await client.GetDocumentAsync("/account"), "Reminders by email"));
    }

    private static string AccountRow(AngleSharp.Dom.IDocument page, string key) =>
        page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == key)
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();

    [Fact]
    public async Task unticking_every_kind_stops_every_reminder_email()
    {
        var you = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var client = await PortalClient.SignedInAsync(factory, you.Email!);

        await client.PostAsync("/account/reminders", await Raising_reminders.FormWith(client));

        Assert.Empty((await client.GetDocumentAsync("/account/reminders")).QuerySelectorAll("input[name=ByEmail][checked]"));
        Assert.Equal("None: reminders show on your home page only", AccountRow(await client.GetDocumentAsync("/account"), "Reminders by email"));
        Assert.Equal(ReminderKindNames.All.Count, await factory.WithDbAsync(db => db.ReminderEmailOptOuts.CountAsync(o => o.UserId == you.Id)));
    }

    [Fact]
    public async Task a_kind_that_does_not_exist_is_refused_with_an_error_and_nothing_is_saved()
    {
        var you = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var client = await PortalClient.SignedInAsync(factory, you.Email!);

        var response = await client.PostAsync("/account/reminders", await Raising_reminders.FormWith(client, "ContractLunchDue"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Select reminders from the list"], page.ErrorSummary());
        Assert.Equal("Select reminders from the list", page.FieldError("ByEmail"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ReminderEmailOptOuts.CountAsync(o => o.UserId == you.Id)));
    }
}
