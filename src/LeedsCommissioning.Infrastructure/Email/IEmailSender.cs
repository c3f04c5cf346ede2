using LeedsCommissioning.Infrastructure.Data;

namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>Queues an e-mail in the outbox. The caller's SaveChanges commits it with their change.</summary>
public interface IEmailSender
{
    void Queue(string to, string subject, string body);
}

public sealed class OutboxEmailSender(CommissioningDbContext db, TimeProvider clock) : IEmailSender
{
    public void Queue(string to, string subject, string body)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.EmailMessages.Add(new EmailMessage
        {
            To = to,
            Subject = subject,
            Body = body,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        });
    }
}
