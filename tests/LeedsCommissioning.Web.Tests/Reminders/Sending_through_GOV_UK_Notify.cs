using System.Text.Json;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Web.Tests.Email;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeedsCommissioning.Web.Tests.Reminders;

/// <summary>
/// The GOV.UK Notify transport (issue 14), against a fake Notify API on loopback: the outbox sends each message with the
/// official client to /v2/notifications/email, signed with a JWT bearer token from the API key, with its kind's template
/// and the subject and body as personalisation; a kind without a template of its own uses the "default" one.
/// </summary>
public sealed class Sending_through_GOV_UK_Notify : IAsyncLifetime
{
    private const string ReminderTemplate = "0d2e6a7c-4f7b-4d35-9b61-3a3f1d1e8a01";
    private const string DefaultTemplate = "7a1c9b52-1e6f-4c0e-8f3a-5b2d9c4e6f02";
    private static readonly string ApiKey = $"leeds_test-{Guid.NewGuid()}-{Guid.NewGuid()}";
    private readonly FakeNotify _notify = new();

    public Task InitializeAsync() => _notify.StartAsync();

    public Task DisposeAsync() => _notify.DisposeAsync().AsTask();

    [Fact]
    public async Task the_outbox_sends_a_message_to_notify_with_its_kinds_template_signed_with_the_api_key()
    {
        using var factory = new NotifyPortalFactory(_notify.Address, ApiKey, ("reminder", ReminderTemplate), ("default", DefaultTemplate));
        var id = await QueueAsync(factory, EmailKinds.Reminder, "commissioner@example.org", "Extension decision due: Live Well Leeds", "Dear Priya Shah,\n\nDecide by 31 March 2027.");

        Assert.Equal(1, await Outbox.Dispatcher(factory).DispatchDueAsync(CancellationToken.None));

        var request = Assert.Single(_notify.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v2/notifications/email", request.Path);
        Assert.StartsWith("Bearer ", request.Authorization, StringComparison.Ordinal);
        Assert.Equal(3, request.Authorization["Bearer ".Length..].Split('.').Length);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("commissioner@example.org", body.RootElement.GetProperty("email_address").GetString());
        Assert.Equal(ReminderTemplate, body.RootElement.GetProperty("template_id").GetString());
        Assert.Equal("Extension decision due: Live Well Leeds", body.RootElement.GetProperty("personalisation").GetProperty("subject").GetString());
        Assert.Equal("Dear Priya Shah,\n\nDecide by 31 March 2027.", body.RootElement.GetProperty("personalisation").GetProperty("body").GetString());
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), body.RootElement.GetProperty("reference").GetString());
        Assert.NotNull(await factory.WithDbAsync(db => db.EmailMessages.Where(m => m.Id == id).Select(m => m.SentAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task a_kind_without_a_template_of_its_own_uses_the_default_template()
    {
        using var factory = new NotifyPortalFactory(_notify.Address, ApiKey, ("reminder", ReminderTemplate), ("default", DefaultTemplate));
        await QueueAsync(factory, EmailKinds.PasswordReset, "ccg@example.org", "Reset your Leeds Commissioning password", "Follow the link.");

        await Outbox.Dispatcher(factory).DispatchDueAsync(CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(_notify.Requests).Body);
        Assert.Equal(DefaultTemplate, body.RootElement.GetProperty("template_id").GetString());
    }

    [Fact]
    public async Task with_no_template_for_the_kind_nothing_is_sent_and_the_message_says_what_to_configure()
    {
        using var factory = new NotifyPortalFactory(_notify.Address, ApiKey, ("reminder", ReminderTemplate));
        var id = await QueueAsync(factory, EmailKinds.AwardOutcome, "provider@example.org", "Outcome of your bid", "Your bid was successful.");

        Assert.Equal(0, await Outbox.Dispatcher(factory).DispatchDueAsync(CancellationToken.None));

        Assert.Empty(_notify.Requests);
        var message = await factory.WithDbAsync(db => db.EmailMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal(1, message.Attempts);
        Assert.Equal("No GOV.UK Notify template for e-mail of kind \"award-outcome\": set Email:Notify:Templates:award-outcome or Email:Notify:Templates:default.", message.LastError);
    }

    /// <summary>Queues one message and marks everything else in the outbox sent, so the dispatcher offers only it.</summary>
    private static async Task<long> QueueAsync(PortalFactory factory, string kind, string to, string subject, string body)
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LeedsCommissioning.Infrastructure.Data.CommissioningDbContext>();
        await db.EmailMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAtUtc, PortalFactory.Now.UtcDateTime));
        scope.ServiceProvider.GetRequiredService<IEmailSender>().Queue(kind, to, subject, body);
        await db.SaveChangesAsync();
        return await db.EmailMessages.Where(m => m.SentAtUtc == null).Select(m => m.Id).SingleAsync();
    }

    private sealed class NotifyPortalFactory(Uri notify, string apiKey, params (string Kind, string Template)[] templates) : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
            templates.Select(t => new KeyValuePair<string, string?>($"Email:Notify:Templates:{t.Kind}", t.Template))
                .Append(new("Email:Transport", "Notify"))
                .Append(new("Email:Notify:ApiKey", apiKey))
                .Append(new("Email:Notify:BaseUrl", notify.ToString().TrimEnd('/')));
    }

    /// <summary>A stand-in for the Notify API on 127.0.0.1: records each request and answers as Notify does when it accepts an e-mail.</summary>
    private sealed class FakeNotify : IAsyncDisposable
    {
        private WebApplication? _app;

        public List<RecordedRequest> Requests { get; } = [];

        public Uri Address { get; private set; } = null!;

        public async Task StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            _app = builder.Build();
            _app.MapPost("/v2/notifications/email", async (HttpContext context) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                var body = await reader.ReadToEndAsync();
                lock (Requests)
                {
                    Requests.Add(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), body));
                }

                using var json = JsonDocument.Parse(body);
                var template = json.RootElement.GetProperty("template_id").GetString();
                return Results.Json(new
                {
                    id = Guid.NewGuid(),
                    reference = json.RootElement.TryGetProperty("reference", out var reference) ? reference.GetString() : null,
                    uri = "http://127.0.0.1/v2/notifications/1",
                    template = new { id = template, version = 1, uri = "http://127.0.0.1/v2/template/1" },
                    content = new { from_email = "leeds.commissioning@notifications.service.gov.uk", body = "body", subject = "subject" },
                }, statusCode: StatusCodes.Status201Created);
            });
            await _app.StartAsync();
            Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }
    }

    private sealed record RecordedRequest(string Method, string Path, string Authorization, string Body);
}
