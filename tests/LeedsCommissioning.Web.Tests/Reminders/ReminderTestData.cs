using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Reminders;
using LeedsCommissioning.Infrastructure.Scheduling;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Tests.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Reminders;

/// <summary>Demo contracts given to a commissioner made for the test, and the reminders and e-mails raised for them.</summary>
internal static class ReminderTestData
{
    public static DateOnly Today(PortalFactory factory) => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// A running contract whose next pending extension is to be decided more than two months from today, made the
    /// responsibility of a new council commissioner.
    /// </summary>
    public static async Task<(ApplicationUser Commissioner, Contract Contract, ContractExtension Extension)> ExtensionLaterAsync(PortalFactory factory)
    {
        var today = Today(factory);
        var (contract, extension) = (await ContractTestData.AllAsync(factory))
            .Where(c => ContractLifecycle.IsDelivering(c.Status))
            .Select(c => (Contract: c, Next: c.Extensions.Where(e => e.Status == ExtensionStatus.Pending).MinBy(e => e.Number)))
            .Where(c => c.Next is not null && c.Next.DecideBy > today.AddMonths(2))
            .OrderBy(c => c.Contract.Id)
            .Select(c => (c.Contract, c.Next!))
            .First();
        return (await AssignAsync(factory, contract.Id), contract, extension);
    }

    /// <summary>A running contract with a third-sector provider, whose Compact notice date is more than two months from today, made the responsibility of a new council commissioner.</summary>
    public static async Task<(ApplicationUser Commissioner, Contract Contract, DateOnly NoticeBy)> CompactNoticeLaterAsync(PortalFactory factory)
    {
        var today = Today(factory);
        var contract = (await ContractTestData.AllAsync(factory))
            .Where(c => ContractLifecycle.IsDelivering(c.Status) && c.Providers.Any(p => p.Provider.IsThirdSector)
                && c.CurrentEndDate.AddMonths(-6) > today.AddMonths(2))
            .OrderBy(c => c.Id)
            .First();
        return (await AssignAsync(factory, contract.Id), contract, contract.CurrentEndDate.AddMonths(-6));
    }

    public static async Task<ApplicationUser> AssignAsync(PortalFactory factory, int contractId)
    {
        var user = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        await factory.WithDbAsync(async db =>
        {
            var contract = await db.Contracts.SingleAsync(c => c.Id == contractId);
            contract.AssignCommissioner(user.Id, user.DisplayName);
            return await db.SaveChangesAsync();
        });
        return user;
    }

    /// <summary>Moves the fake clock to 09:00 UTC on <paramref name="day"/>.</summary>
    public static void MoveTo(PortalFactory factory, DateOnly day) =>
        factory.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));

    public static ScheduledJobRunner Runner(PortalFactory factory) => ActivatorUtilities.CreateInstance<ScheduledJobRunner>(factory.Services);

    /// <summary>The user's reminders of one kind (a contract may also be due another kind on the same day).</summary>
    public static Task<List<Reminder>> RemindersOf(PortalFactory factory, string userId, ReminderKind kind = ReminderKind.ExtensionDecisionDue) =>
        factory.WithDbAsync(db => db.Reminders.AsNoTracking().Where(r => r.UserId == userId && r.Kind == kind.ToString()).OrderBy(r => r.Id).ToListAsync());

    /// <summary>The reminder e-mails of one kind to <paramref name="email"/>.</summary>
    public static Task<List<EmailMessage>> EmailsTo(PortalFactory factory, string email, ReminderKind kind = ReminderKind.ExtensionDecisionDue) =>
        factory.WithDbAsync(db => db.EmailMessages.AsNoTracking()
            .Where(m => m.To == email && m.Subject.StartsWith(kind.ToDisplayName() + ": ")).OrderBy(m => m.Id).ToListAsync());

    public static Task<ScheduledJobLease> Lease(PortalFactory factory) =>
        factory.WithDbAsync(db => db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == "reminders"));

    /// <summary>A reminder for the person, due on <paramref name="dueOn"/>, as the reminder job raises one (or already dismissed).</summary>
    public static Task<long> AddAsync(PortalFactory factory, string userId, string title, DateOnly dueOn, string link, bool dismissed = false) =>
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
