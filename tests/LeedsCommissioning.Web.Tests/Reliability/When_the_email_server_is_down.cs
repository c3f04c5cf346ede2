using System.Net;
using System.Net.Sockets;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Reliability;

/// <summary>
/// The e-mail server is down (issue 16, "Reliability"): the portal's real SMTP transport (MailKit) pointed at a port
/// on which nothing listens. A person asking for a password reset sees the usual page, because the message is written
/// to the outbox with the request's own save and sent later; the failed send is kept, counted and tried again, so
/// nothing is lost and nobody is told the e-mail went when it did not.
/// </summary>
public sealed class When_the_email_server_is_down(When_the_email_server_is_down.Factory factory) : IClassFixture<When_the_email_server_is_down.Factory>
{
    [Fact]
    public async Task the_person_sees_the_usual_page_and_the_message_waits_in_the_outbox_to_be_tried_again()
    {
        var anyone = PortalClient.For(factory);
        var before = await factory.WithDbAsync(db => db.EmailMessages.CountAsync(m => m.To == "commissioner@example.org"));

        var response = await anyone.PostFormAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = "commissioner@example.org" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Check your email", (await PortalClient.ParseAsync(response)).Heading());
        var message = await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().Where(m => m.To == "commissioner@example.org").OrderBy(m => m.Id).LastAsync());
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.EmailMessages.CountAsync(m => m.To == "commissioner@example.org")));

        var sent = await Email.Outbox.Dispatcher(factory).DispatchDueAsync(CancellationToken.None);

        var kept = await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id));
        Assert.Equal(0, sent);
        Assert.Null(kept.SentAtUtc);
        Assert.Equal(1, kept.Attempts);
        Assert.False(string.IsNullOrWhiteSpace(kept.LastError));
        Assert.True(kept.NextAttemptAtUtc > factory.Clock.GetUtcNow().UtcDateTime, "tried again later");
        Assert.Equal(message.Body, kept.Body);
    }

    public sealed class Factory : PortalFactory
    {
        /// <summary>A loopback port nothing listens on: bound, then released, so a connection to it is refused.</summary>
        private static readonly int ClosedPort = FindClosedPort();

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("Email:Transport", "Smtp"),
            new("Email:SmtpHost", "127.0.0.1"),
            new("Email:SmtpPort", ClosedPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Email:SmtpUseStartTls", "false"),
        ];

        private static int FindClosedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
