using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Reminders;
using LeedsCommissioning.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Reminders;

/// <summary>
/// The scheduled "reminders" job (issue 14, "Notices and reminders"). It asks every registered
/// <see cref="IReminderSource"/> what is due today (the UK date), and records each new (user, key) as a
/// <see cref="Reminder"/>; when the user takes that kind by e-mail (no <see cref="ReminderEmailOptOut"/>), the e-mail is
/// queued in the outbox in the same transaction, so a crash never leaves one without the other. A reminder already
/// raised is skipped, and a unique-index clash on (UserId, Key) means another run raised it meanwhile: skipped too. The
/// scheduled job runner lets one instance run it at a time; the unique index makes the insert safe even without that.
/// </summary>
public sealed class RemindersJob(
    CommissioningDbContext db,
    IEnumerable<IReminderSource> sources,
    IEmailSender email,
    IOptions<ReminderOptions> options,
    IOptions<EmailOptions> emailOptions,
    TimeProvider clock,
    ILogger<RemindersJob> logger) : IScheduledJob
{
    public string Name => "reminders";

    public TimeSpan Interval => options.Value.Every;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (emailOptions.Value.PortalAddress is not { Length: > 0 } portal)
        {
            logger.LogWarning("Reminders are not raised until Email:PortalAddress is set (the address links in e-mail point to)");
            return "Not run: Email:PortalAddress is not set";
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = UkTime.DateOf(now);
        var due = new List<DueReminder>();
        foreach (var source in sources)
        {
            due.AddRange(await source.DueAsync(today, null, cancellationToken));
        }

        due = due.DistinctBy(r => (r.UserId, r.Key)).ToList();
        if (due.Count == 0)
        {
            return "0 reminders raised";
        }

        var userIds = due.Select(r => r.UserId).Distinct().ToList();
        var keys = due.Select(r => r.Key).Distinct().ToList();
        var raised = (await db.Reminders.AsNoTracking()
                .Where(r => userIds.Contains(r.UserId) && keys.Contains(r.Key))
                .Select(r => new { r.UserId, r.Key })
                .ToListAsync(cancellationToken))
            .Select(r => (r.UserId, r.Key)).ToHashSet();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var optedOut = (await db.ReminderEmailOptOuts.AsNoTracking().Where(o => userIds.Contains(o.UserId))
                .Select(o => new { o.UserId, o.Kind }).ToListAsync(cancellationToken))
            .Select(o => (o.UserId, o.Kind)).ToHashSet();

        int added = 0, emailed = 0;
        foreach (var reminder in due.Where(r => !raised.Contains((r.UserId, r.Key)) && people.ContainsKey(r.UserId)))
        {
            var person = people[reminder.UserId];
            var kind = reminder.Kind.ToString();
            var byEmail = person.Email is { Length: > 0 } && !optedOut.Contains((reminder.UserId, kind))
                && !(person.LockoutEnd >= ApplicationUser.LockedByAdministrator.AddDays(-1));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Reminders.Add(new Reminder
            {
                UserId = reminder.UserId,
                Kind = kind,
                Key = reminder.Key,
                Title = reminder.Title,
                DueOn = reminder.DueOn,
                Link = reminder.Link,
                RaisedAtUtc = now,
                EmailedAtUtc = byEmail ? now : null,
            });
            if (byEmail)
            {
                email.Queue(EmailKinds.Reminder, person.Email!, ReminderEmails.Subject(reminder),
                    ReminderEmails.Body(person.DisplayName, reminder, today, portal));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if (await db.Reminders.AnyAsync(r => r.UserId == reminder.UserId && r.Key == reminder.Key, cancellationToken))
                {
                    // Another run raised it (and queued its e-mail) between our look and our insert: theirs will do.
                    continue;
                }

                throw;
            }

            db.ChangeTracker.Clear();
            added++;
            emailed += byEmail ? 1 : 0;
        }

        return $"{added} {(added == 1 ? "reminder" : "reminders")} raised, {emailed} e-mailed";
    }
}
