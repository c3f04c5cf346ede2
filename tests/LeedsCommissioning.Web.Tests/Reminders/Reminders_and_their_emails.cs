using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Web.Tests.Email;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static LeedsCommissioning.Web.Tests.Reminders.ReminderTestData;

namespace LeedsCommissioning.Web.Tests.Reminders;

/// <summary>
/// A reminder and its e-mail are written in one transaction (issue 14): when the e-mail cannot be written, neither is
/// the reminder, so the next run raises both; and an e-mail the relay refuses is tried again after the outbox's back-off.
/// </summary>
public sealed class Reminders_and_their_emails
{
    [Fact]
    public async Task a_reminder_is_not_kept_when_its_email_cannot_be_written_and_both_are_written_on_the_next_run()
    {
        using var factory = new BrokenOutboxFactory();
        var (commissioner, _, extension) = await ExtensionLaterAsync(factory);
        MoveTo(factory, extension.DecideBy.AddDays(-10));

        await Runner(factory).RunDueAsync(CancellationToken.None);

        Assert.StartsWith("Failed: ", (await Lease(factory)).LastOutcome, StringComparison.Ordinal);
        Assert.Empty(await RemindersOf(factory, commissioner.Id));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Reminders.CountAsync(r => r.EmailedAtUtc != null)));

        factory.Broken = false;
        factory.Clock.Advance(new Features.Reminders.ReminderOptions().Every);
        await Runner(factory).RunDueAsync(CancellationToken.None);

        var reminder = Assert.Single(await RemindersOf(factory, commissioner.Id));
        var email = Assert.Single(await EmailsTo(factory, commissioner.Email!));
        Assert.Equal(reminder.EmailedAtUtc, email.CreatedAtUtc);
    }

    [Fact]
    public async Task an_email_the_relay_refuses_is_sent_again_after_the_back_off()
    {
        using var factory = new RefusesFirstAttemptFactory();
        var (commissioner, _, extension) = await ExtensionLaterAsync(factory);
        MoveTo(factory, extension.DecideBy.AddDays(-10));
        await Runner(factory).RunDueAsync(CancellationToken.None);
        var id = Assert.Single(await EmailsTo(factory, commissioner.Email!)).Id;
        var dispatcher = Outbox.Dispatcher(factory);
        // Everything else in the outbox (the demo data's, other commissioners' reminders) is out of the way.
        await factory.WithDbAsync(db => db.EmailMessages.Where(m => m.Id != id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAtUtc, PortalFactory.Now.UtcDateTime)));

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var refused = await Message(factory, id);
        Assert.Null(refused.SentAtUtc);
        Assert.Equal(1, refused.Attempts);
        Assert.Equal("The relay refused the message", refused.LastError);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(2), refused.NextAttemptAtUtc);

        // Not before the back-off has passed...
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Null((await Message(factory, id)).SentAtUtc);
        Assert.Equal([id], factory.Transport.Tried.Where(t => t == id));

        // ...then once more, and sent.
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var sent = await Message(factory, id);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, sent.SentAtUtc);
        Assert.Equal([id, id], factory.Transport.Tried.Where(t => t == id));
        Assert.Equal([id], factory.Transport.Delivered.Where(t => t == id));
    }

    private static Task<EmailMessage> Message(PortalFactory factory, long id) =>
        factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>An outbox whose insert fails (a message with no recipient breaks the table's NOT NULL rule) while <see cref="Broken"/>.</summary>
    public sealed class BrokenOutboxFactory : PortalFactory
    {
        public bool Broken { get; set; } = true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IEmailSender>();
                services.AddScoped<IEmailSender>(sp => new BrokenOutbox(this, new OutboxEmailSender(
                    sp.GetRequiredService<CommissioningDbContext>(), sp.GetRequiredService<TimeProvider>()), sp.GetRequiredService<CommissioningDbContext>()));
            });
        }

        private sealed class BrokenOutbox(BrokenOutboxFactory factory, OutboxEmailSender outbox, CommissioningDbContext db) : IEmailSender
        {
            public void Queue(string kind, string to, string subject, string body)
            {
                if (!factory.Broken)
                {
                    outbox.Queue(kind, to, subject, body);
                    return;
                }

                db.EmailMessages.Add(new EmailMessage { Kind = kind, To = null!, Subject = subject, Body = body });
            }
        }
    }

    /// <summary>A relay that refuses each reminder the first time it is offered, and takes everything else.</summary>
    public sealed class RefusesFirstAttemptFactory : PortalFactory
    {
        public RefusingTransport Transport { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IEmailTransport>();
                services.AddSingleton<IEmailTransport>(Transport);
            });
        }
    }

    public sealed class RefusingTransport : IEmailTransport
    {
        public List<long> Tried { get; } = [];

        public List<long> Delivered { get; } = [];

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            lock (Tried)
            {
                var first = !Tried.Contains(message.Id);
                Tried.Add(message.Id);
                if (first && message.Kind == EmailKinds.Reminder)
                {
                    throw new IOException("The relay refused the message");
                }

                Delivered.Add(message.Id);
                return Task.CompletedTask;
            }
        }
    }
}
