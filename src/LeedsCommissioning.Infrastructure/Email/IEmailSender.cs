namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>Queues an e-mail in the outbox. The caller's SaveChanges commits it with their change.</summary>
public interface IEmailSender
{
    void Queue(string to, string subject, string body);
}
