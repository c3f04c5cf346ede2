using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>Delivers one message. Throws when delivery fails; the dispatcher retries later.</summary>
public interface IEmailTransport
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

internal static class MimeBuilder
{
    public static MimeMessage Build(EmailOptions options, EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = string.Create(CultureInfo.InvariantCulture, $"{message.Id}.{message.CreatedAtUtc.Ticks}@leeds-commissioning");
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}

/// <summary>Development: writes each message as an .eml file and logs where it went.</summary>
public sealed class PickupFolderEmailTransport(
    IOptions<EmailOptions> options, IHostEnvironment environment, ILogger<PickupFolderEmailTransport> logger) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{message.CreatedAtUtc:yyyyMMdd-HHmmss}-{message.Id}.eml"));
        var mime = MimeBuilder.Build(options.Value, message);
        await using (var stream = File.Create(path))
        {
            await mime.WriteToAsync(stream, cancellationToken);
        }

        logger.LogInformation("E-mail to {To} ({Subject}) written to {Path}", message.To, message.Subject, path);
    }
}

/// <summary>Production: sends through an SMTP relay with MailKit.</summary>
public sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(
            settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not configured."),
            settings.SmtpPort,
            settings.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None,
            cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(Encoding.UTF8, settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(MimeBuilder.Build(settings, message), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
