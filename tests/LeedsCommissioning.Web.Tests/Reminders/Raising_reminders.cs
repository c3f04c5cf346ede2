using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LeedsCommissioning.Web.Tests.Reminders.ReminderTestData;

namespace LeedsCommissioning.Web.Tests.Reminders;

/// <summary>
/// The scheduled reminders job (issue 14): the responsible commissioner is reminded of an extension decision four weeks
/// (the default lead) before its decide-by date, and of the last day to give a third-sector provider the Compact's six
/// months' notice four weeks before it; each reminder once, with its e-mail queued in the same save. Each test has a
/// portal of its own, because they move its clock.
/// </summary>
public sealed class Raising_reminders
{
    [Fact]
    public async Task an_extension_decision_is_raised_for_the_responsible_commissioner_four_weeks_before_it_is_due_with_its_email()
    {
        using var factory = new PortalFactory();
        var (commissioner, contract, extension) = await ExtensionLaterAsync(factory);
        var runner = Runner(factory);

        MoveTo(factory, extension.DecideBy.AddDays(-29));
        Assert.Contains("reminders", await runner.RunDueAsync(CancellationToken.None));
        Assert.Empty(await RemindersOf(factory, commissioner.Id));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains("reminders", await runner.RunDueAsync(CancellationToken.None));

        var reminder = Assert.Single(await RemindersOf(factory, commissioner.Id));
        var title = $"Decide whether to take extension {extension.Number} ({extension.Months} months) of {contract.Title}";
        Assert.Equal(nameof(ReminderKind.ExtensionDecisionDue), reminder.Kind);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"contract-{contract.Id}-extension-{extension.Number}-{extension.DecideBy:yyyy-MM-dd}"), reminder.Key);
        Assert.Equal(title, reminder.Title);
        Assert.Equal(extension.DecideBy, reminder.DueOn);
        Assert.Equal($"/contracts/{contract.Id}/term", reminder.Link);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, reminder.RaisedAtUtc);
        Assert.Equal(reminder.RaisedAtUtc, reminder.EmailedAtUtc);

        var email = Assert.Single(await EmailsTo(factory, commissioner.Email!));
        Assert.Equal(EmailKinds.Reminder, email.Kind);
        Assert.Equal($"Extension decision due: {title}", email.Subject);
        Assert.Equal(reminder.EmailedAtUtc, email.CreatedAtUtc);
        Assert.StartsWith($"Dear {commissioner.DisplayName},", email.Body, StringComparison.Ordinal);
        Assert.Contains($"This is due on {UkTime.Date(extension.DecideBy)}.", email.Body, StringComparison.Ordinal);
        Assert.Contains($"Open it in the portal: http://localhost/contracts/{contract.Id}/term", email.Body, StringComparison.Ordinal);
        Assert.Contains("http://localhost/account/reminders", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_reminder_is_raised_and_emailed_once_however_often_the_job_runs_and_on_whichever_instance()
    {
        using var factory = new PortalFactory();
        var (commissioner, _, extension) = await ExtensionLaterAsync(factory);
        MoveTo(factory, extension.DecideBy.AddDays(-10));

        await Runner(factory).RunDueAsync(CancellationToken.None);
        factory.Clock.Advance(new ReminderOptions().Every);
        Assert.Contains("reminders", await Runner(factory).RunDueAsync(CancellationToken.None));
        Assert.Equal("0 reminders raised, 0 e-mailed", (await Lease(factory)).LastOutcome);

        // Past its decide-by date it is overdue, but still the same reminder.
        MoveTo(factory, extension.DecideBy.AddDays(3));
        await Runner(factory).RunDueAsync(CancellationToken.None);

        Assert.Single(await RemindersOf(factory, commissioner.Id));
        Assert.Single(await EmailsTo(factory, commissioner.Email!));
    }

    [Fact]
    public async Task two_runners_at_the_same_moment_raise_and_email_each_reminder_once()
    {
        using var factory = new PortalFactory();
        var (commissioner, _, extension) = await ExtensionLaterAsync(factory);
        MoveTo(factory, extension.DecideBy.AddDays(-10));
        var first = Runner(factory);
        var second = Runner(factory);

        var ran = await Task.WhenAll(first.RunDueAsync(CancellationToken.None), second.RunDueAsync(CancellationToken.None));

        Assert.Equal(1, ran.Count(names => names.Contains("reminders")));
        Assert.Single(await RemindersOf(factory, commissioner.Id));
        Assert.Single(await EmailsTo(factory, commissioner.Email!));
        var (reminders, emailed, emails) = await factory.WithDbAsync(async db => (
            await db.Reminders.CountAsync(),
            await db.Reminders.CountAsync(r => r.EmailedAtUtc != null),
            await db.EmailMessages.CountAsync(m => m.Kind == EmailKinds.Reminder)));
        Assert.True(reminders > 1, "The demo data raises reminders for its own commissioners too");
        Assert.Equal(emailed, emails);
        Assert.Equal(reminders, await factory.WithDbAsync(db => db.Reminders.Select(r => new { r.UserId, r.Key }).Distinct().CountAsync()));

        // The job itself, run again outside the runner's lease (as after a lapsed lease), raises nothing twice.
        using var scope = factory.CreateScope();
        var job = scope.ServiceProvider.GetRequiredService<RemindersJob>();
        Assert.Equal("0 reminders raised, 0 e-mailed", await job.RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task the_compact_notice_deadline_is_raised_four_weeks_before_the_last_day_to_give_a_third_sector_provider_six_months_notice()
    {
        using var factory = new PortalFactory();
        var (commissioner, contract, noticeBy) = await CompactNoticeLaterAsync(factory);
        var runner = Runner(factory);

        MoveTo(factory, noticeBy.AddDays(-29));
        await runner.RunDueAsync(CancellationToken.None);
        Assert.Empty(await RemindersOf(factory, commissioner.Id, ReminderKind.CompactNoticeDeadline));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await runner.RunDueAsync(CancellationToken.None);

        var reminder = Assert.Single(await RemindersOf(factory, commissioner.Id, ReminderKind.CompactNoticeDeadline));
        Assert.Equal(noticeBy, reminder.DueOn);
        Assert.Equal(contract.CurrentEndDate.AddMonths(-6), reminder.DueOn);
        Assert.Equal($"Give third-sector providers six months' notice by {UkTime.Date(noticeBy)} if {contract.Title} is to end on {UkTime.Date(contract.CurrentEndDate)}", reminder.Title);
        Assert.Equal($"/contracts/{contract.Id}", reminder.Link);
        Assert.Equal("Compact notice deadline: " + reminder.Title, Assert.Single(await EmailsTo(factory, commissioner.Email!, ReminderKind.CompactNoticeDeadline)).Subject);
    }

    [Fact]
    public async Task the_compact_notice_is_owed_to_a_third_sector_subcontractor_when_the_lead_is_not_third_sector()
    {
        using var factory = new PortalFactory();
        var today = Today(factory);
        var contract = (await Contracts.ContractTestData.AllAsync(factory))
            .Where(c => Domain.Contracts.ContractLifecycle.IsDelivering(c.Status) && c.CurrentEndDate.AddMonths(-6) > today.AddMonths(2)
                && c.Providers.Where(p => p.Role == Domain.Contracts.ProviderRole.Lead).All(p => !p.Provider.IsThirdSector)
                && c.Providers.Where(p => p.Provider.IsThirdSector).All(p => p.Role == Domain.Contracts.ProviderRole.Subcontractor)
                && c.Providers.Any(p => p.Provider.IsThirdSector))
            .OrderBy(c => c.Id).First();
        var commissioner = await AssignAsync(factory, contract.Id);
        MoveTo(factory, contract.CurrentEndDate.AddMonths(-6).AddDays(-10));

        await Runner(factory).RunDueAsync(CancellationToken.None);

        Assert.Equal(contract.CurrentEndDate.AddMonths(-6), Assert.Single(await RemindersOf(factory, commissioner.Id, ReminderKind.CompactNoticeDeadline)).DueOn);
    }

    [Fact]
    public async Task a_kind_the_commissioner_does_not_take_by_email_still_shows_but_sends_nothing()
    {
        using var factory = new PortalFactory();
        var (commissioner, _, extension) = await ExtensionLaterAsync(factory);
        var client = await PortalClient.SignedInAsync(factory, commissioner.Email!);
        var response = await client.PostAsync("/account/reminders", await FormWith(client,
            nameof(ReminderKind.RenewalDecisionDue), nameof(ReminderKind.CompactNoticeDeadline), nameof(ReminderKind.ExitTaskOverdue)));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        MoveTo(factory, extension.DecideBy.AddDays(-10));

        await Runner(factory).RunDueAsync(CancellationToken.None);

        var reminder = Assert.Single(await RemindersOf(factory, commissioner.Id));
        Assert.Null(reminder.EmailedAtUtc);
        Assert.Empty(await EmailsTo(factory, commissioner.Email!));
        // Signed in again: the clock has moved on months since.
        var home = await (await PortalClient.SignedInAsync(factory, commissioner.Email!)).GetDocumentAsync("/");
        Assert.Contains(reminder.Title, home.QuerySelector(".app-reminders")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task nothing_is_raised_until_the_portal_address_for_links_is_set()
    {
        using var factory = new NoPortalAddressFactory();
        var (commissioner, _, extension) = await ExtensionLaterAsync(factory);
        MoveTo(factory, extension.DecideBy.AddDays(-10));

        await Runner(factory).RunDueAsync(CancellationToken.None);

        Assert.Equal("Not run: Email:PortalAddress is not set", (await Lease(factory)).LastOutcome);
        Assert.Empty(await RemindersOf(factory, commissioner.Id));
    }

    /// <summary>The preferences form as a browser posts it: the anti-forgery token and one ByEmail per ticked box.</summary>
    internal static async Task<IEnumerable<KeyValuePair<string, string>>> FormWith(PortalClient client, params string[] ticked)
    {
        var page = await client.GetDocumentAsync("/account/reminders");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return ticked.Select(k => new KeyValuePair<string, string>("ByEmail", k)).Append(new("__RequestVerificationToken", token));
    }

    private sealed class NoPortalAddressFactory : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Email:PortalAddress", "")];
    }
}
