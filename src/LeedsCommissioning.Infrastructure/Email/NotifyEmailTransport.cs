using System.Globalization;
using Microsoft.Extensions.Options;
using Notify.Client;

namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>
/// Sends through GOV.UK Notify with its official client (NuGet GovukNotify), as councils commonly do (issue 14). The
/// message's kind picks the template (<see cref="NotifyOptions.TemplateFor"/>); the subject and body go as the
/// personalisation fields "subject" and "body", and the outbox id as the client reference, so a message can be found in
/// Notify's dashboard. A refusal (a bad key, an unknown template, Notify down) throws, and the outbox tries again later.
/// </summary>
public sealed class NotifyEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var notify = options.Value.Notify;
        var apiKey = notify.ApiKey is { Length: > 0 } key ? key : throw new InvalidOperationException("Email:Notify:ApiKey is not configured.");
        var template = notify.TemplateFor(message.Kind)
            ?? throw new InvalidOperationException($"No GOV.UK Notify template for e-mail of kind \"{message.Kind}\": set Email:Notify:Templates:{message.Kind} or Email:Notify:Templates:default.");
        var client = string.IsNullOrWhiteSpace(notify.BaseUrl) ? new NotificationClient(apiKey) : new NotificationClient(notify.BaseUrl, apiKey);
        var personalisation = new Dictionary<string, dynamic>
        {
            ["subject"] = message.Subject,
            ["body"] = message.Body,
        };
        cancellationToken.ThrowIfCancellationRequested();
        await client.SendEmailAsync(message.To, template, personalisation, message.Id.ToString(CultureInfo.InvariantCulture));
    }
}
