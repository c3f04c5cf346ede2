namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>Queues an e-mail in the outbox. The caller's SaveChanges commits it with their change.</summary>
public interface IEmailSender
{
    /// <summary>Queues a message of <paramref name="kind"/> (<see cref="EmailKinds"/>), which picks its GOV.UK Notify template.</summary>
    void Queue(string kind, string to, string subject, string body);

    /// <summary>Queues a message of the <see cref="EmailKinds.General"/> kind.</summary>
    void Queue(string to, string subject, string body) => Queue(EmailKinds.General, to, subject, body);
}
