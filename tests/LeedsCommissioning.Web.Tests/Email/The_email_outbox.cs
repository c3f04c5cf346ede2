using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace LeedsCommissioning.Web.Tests.Email;

public sealed class The_email_outbox(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task writes_due_messages_to_the_pickup_folder_and_marks_them_sent()
    {
        var id = await Queue(factory, "provider@example.org", "Your contract variation");

        var sent = await Outbox.Dispatcher(factory).DispatchDueAsync(CancellationToken.None);

        Assert.True(sent >= 1);
        var message = await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, message.SentAtUtc);
        Assert.Null(message.ClaimToken);
        var file = Assert.Single(Directory.GetFiles(factory.MailFolder, $"*-{id}.eml"));
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("To: provider@example.org", text, StringComparison.Ordinal);
        Assert.Contains("Subject: Your contract variation", text, StringComparison.Ordinal);
        Assert.Contains("Body of Your contract variation", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task sends_a_message_once_however_often_it_runs()
    {
        var id = await Queue(factory, "ccg@example.org", "Sent once");
        var dispatcher = Outbox.Dispatcher(factory);

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var second = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, second);
        Assert.Single(Directory.GetFiles(factory.MailFolder, $"*-{id}.eml"));
    }

    [Fact]
    public async Task leaves_a_message_that_is_not_due_yet()
    {
        var id = await Queue(factory, "ccg@example.org", "Later", due: factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(10));

        await Outbox.Dispatcher(factory).DispatchDueAsync(CancellationToken.None);

        Assert.Null(await factory.WithDbAsync(db => db.EmailMessages.Where(m => m.Id == id).Select(m => m.SentAtUtc).SingleAsync()));
        Assert.Empty(Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder, $"*-{id}.eml") : []);
    }

    internal static async Task<long> Queue(PortalFactory factory, string to, string subject, DateTime? due = null)
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LeedsCommissioning.Infrastructure.Data.CommissioningDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var message = new EmailMessage { To = to, Subject = subject, Body = "Body of " + subject, CreatedAtUtc = now, NextAttemptAtUtc = due ?? now };
        db.EmailMessages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }
}

/// <summary>The app with an e-mail relay that is down.</summary>
public sealed class FailingTransportPortalFactory : PortalFactory
{
    public Mock<IEmailTransport> Transport { get; } = new();

    public FailingTransportPortalFactory() =>
        Transport.Setup(t => t.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("Connection refused by smtp.example.org"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IEmailTransport>();
            services.AddScoped(_ => Transport.Object);
        });
    }
}

public sealed class The_email_outbox_when_delivery_fails(FailingTransportPortalFactory factory) : IClassFixture<FailingTransportPortalFactory>
{
    [Fact]
    public async Task keeps_the_message_counts_the_attempt_and_tries_again_later()
    {
        var id = await The_email_outbox.Queue(factory, "director@example.org", "Waiver awaiting your decision");
        var dispatcher = Outbox.Dispatcher(factory);

        var sent = await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, sent);
        var message = await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Null(message.SentAtUtc);
        Assert.Equal(1, message.Attempts);
        Assert.Equal("Connection refused by smtp.example.org", message.LastError);
        Assert.True(message.NextAttemptAtUtc > factory.Clock.GetUtcNow().UtcDateTime);
        Assert.Null(message.ClaimToken);

        // Not tried again before it is due...
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(1, await factory.WithDbAsync(db => db.EmailMessages.Where(m => m.Id == id).Select(m => m.Attempts).SingleAsync()));

        // ...but tried again once it is.
        factory.Clock.SetUtcNow(message.NextAttemptAtUtc);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var retried = await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(2, retried.Attempts);
        Assert.True(retried.NextAttemptAtUtc - message.NextAttemptAtUtc > message.NextAttemptAtUtc - PortalFactory.Now.UtcDateTime);
    }
}

internal static class Outbox
{
    /// <summary>The dispatcher the app runs in the background (switched off in tests), built from the app's services.</summary>
    public static EmailOutboxDispatcher Dispatcher(PortalFactory factory) =>
        ActivatorUtilities.CreateInstance<EmailOutboxDispatcher>(factory.Services);
}
