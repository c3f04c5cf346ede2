using LeedsCommissioning.Web.Features.Decommissioning;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Decommissioning;

/// <summary>Issue 14: overdue exit tasks are reminded to their owner, or to the case's commissioner when the owner has no account.</summary>
public sealed class Exit_task_reminders(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public async Task the_demo_cases_overdue_task_is_due_to_its_owner_and_the_others_are_not()
    {
        var tom = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "ccg@example.org").Select(u => u.Id).SingleAsync());
        var caseId = await factory.WithDbAsync(db => db.DecommissioningCases.Select(c => c.Id).SingleAsync());

        var due = await DueAsync(Today);

        var reminder = Assert.Single(due);
        Assert.Equal(new DueReminder(tom, ReminderKind.ExitTaskOverdue, $"decommissioning-{caseId}-exit-task-3-2026-11-20",
            "Exit task overdue: Records and data (Home from hospital)", new DateOnly(2026, 11, 20), $"/decommissioning/{caseId}/exit-plan"), reminder);
    }

    [Fact]
    public async Task a_task_owned_by_someone_without_an_account_is_reminded_to_the_commissioner_once_it_is_overdue()
    {
        var tom = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "ccg@example.org").Select(u => u.Id).SingleAsync());

        // Communications, owned by the communications team (no account), is due on 15 December 2026.
        var onTheDay = await DueAsync(new DateOnly(2026, 12, 15));
        var dayAfter = await DueAsync(new DateOnly(2026, 12, 16));

        Assert.DoesNotContain(onTheDay, r => r.Title.Contains("Communications", StringComparison.Ordinal));
        Assert.Contains(dayAfter, r => r.UserId == tom && r.Title == "Exit task overdue: Communications (Home from hospital)");
    }

    private async Task<IReadOnlyList<DueReminder>> DueAsync(DateOnly today)
    {
        using var scope = factory.CreateScope();
        var source = scope.ServiceProvider.GetServices<IReminderSource>().OfType<ExitTaskReminders>().Single();
        return await source.DueAsync(today, null, CancellationToken.None);
    }
}
