namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>Delivers one message. Throws when delivery fails; the dispatcher retries later.</summary>
public interface IEmailTransport
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
