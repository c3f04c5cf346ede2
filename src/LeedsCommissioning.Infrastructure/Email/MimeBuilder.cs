using System.Globalization;
using MimeKit;

namespace LeedsCommissioning.Infrastructure.Email;

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
