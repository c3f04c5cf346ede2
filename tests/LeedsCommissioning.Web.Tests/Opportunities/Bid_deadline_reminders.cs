using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Scheduling;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Opportunities;

/// <summary>
/// The scheduled reminder: each organisation that registered interest in the open demo opportunity (the lead and
/// the small provider) and has not submitted a bid is e-mailed once, three days (the default) before bids close.
/// Each test has a portal of its own, because they move its clock.
/// </summary>
public sealed class Bid_deadline_reminders
{
    private const string Subject = "Bids close soon: " + Demo.OpenTitle;

    [Fact]
    public async Task are_emailed_once_to_each_organisation_that_registered_interest_from_three_days_before_the_deadline()
    {
        using var factory = new PortalFactory();
        var (id, _, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var runner = factory.Services.GetRequiredService<ScheduledJobRunner>();

        await runner.RunDueAsync(CancellationToken.None);
        Assert.Empty(await Reminders(factory));

        factory.Clock.SetUtcNow(deadline.AddDays(-3));
        Assert.Contains("bid-deadline-reminders", await runner.RunDueAsync(CancellationToken.None));
        await AssertLastRunAsync(factory, runner, deadline.AddDays(-3), "2 reminders queued");

        var reminders = await Reminders(factory);
        Assert.Equal(["provider@example.org", "small.provider@example.org"], reminders.Select(m => m.To).Order(StringComparer.Ordinal));
        var lead = reminders.Single(m => m.To == "provider@example.org");
        Assert.StartsWith("Dear Sam Wilson,", lead.Body, StringComparison.Ordinal);
        Assert.Contains($"Bids close at {Domain.Common.UkTime.DateAndTime(deadline)} (UK time), and we have not received a bid from your organisation.", lead.Body, StringComparison.Ordinal);
        Assert.Contains($"Start or finish your bid: http://localhost/opportunities/{id}", lead.Body, StringComparison.Ordinal);

        // The job runs again at its interval (and after a restart), but nobody is reminded twice.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Contains("bid-deadline-reminders", await runner.RunDueAsync(CancellationToken.None));
        await AssertLastRunAsync(factory, runner, deadline.AddDays(-3).AddHours(1), "0 reminders queued");
        var secondInstance = ActivatorUtilities.CreateInstance<ScheduledJobRunner>(factory.Services);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await secondInstance.RunDueAsync(CancellationToken.None);
        Assert.Equal(2, (await Reminders(factory)).Count);
        var recorded = await factory.WithDbAsync(db => db.InterestRegistrations.AsNoTracking()
            .Where(i => i.OpportunityId == id).Select(i => i.DeadlineReminderSentAtUtc).ToListAsync());
        Assert.All(recorded, sentAt => Assert.Equal(deadline.AddDays(-3), sentAt));
    }

    [Fact]
    public async Task are_not_sent_to_an_organisation_that_has_submitted_a_bid_but_are_to_one_with_only_a_draft()
    {
        using var factory = new PortalFactory();
        var (id, lotId, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);
        var lead = await PortalClient.SignedInAsync(factory, "provider@example.org");
        await Demo.SubmitBidAsync(lead, id, lotId, "Drop-in wellbeing cafés in every Leeds locality, run with local groups.");
        var small = await PortalClient.SignedInAsync(factory, "small.provider@example.org");
        await Demo.SubmitBidAsync(small, id, lotId, "Peer support groups in Chapeltown and Harehills.", command: "save");

        factory.Clock.SetUtcNow(deadline.AddHours(-1));
        await factory.Services.GetRequiredService<ScheduledJobRunner>().RunDueAsync(CancellationToken.None);

        Assert.Equal(["small.provider@example.org"], (await Reminders(factory)).Select(m => m.To));
    }

    [Fact]
    public async Task are_not_sent_once_bids_have_closed()
    {
        using var factory = new PortalFactory();
        var (_, _, deadline) = await Demo.FindAsync(factory, Demo.OpenTitle);

        factory.Clock.SetUtcNow(deadline);
        await factory.Services.GetRequiredService<ScheduledJobRunner>().RunDueAsync(CancellationToken.None);

        Assert.Empty(await Reminders(factory));
    }

    /// <summary>The reminder job's own ScheduledJobs row: this runner claimed and ran it at <paramref name="at"/>, with this outcome, and it is due again after its interval.</summary>
    private static async Task AssertLastRunAsync(PortalFactory factory, ScheduledJobRunner runner, DateTime at, string outcome)
    {
        var lease = await factory.WithDbAsync(db => db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == "bid-deadline-reminders"));
        Assert.Equal(runner.InstanceName, lease.LastRunBy);
        Assert.Equal(at, lease.LastStartedAtUtc);
        Assert.Equal(outcome, lease.LastOutcome);
        Assert.Equal(at + new OpportunityOptions().BidDeadlineRemindersEvery, lease.NextRunAtUtc);
    }

    private static Task<List<EmailMessage>> Reminders(PortalFactory factory) =>
        factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.Subject == Subject).ToListAsync());
}
