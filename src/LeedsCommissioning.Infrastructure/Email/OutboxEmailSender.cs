using LeedsCommissioning.Infrastructure.Data;

namespace LeedsCommissioning.Infrastructure.Email;

public sealed class OutboxEmailSender(CommissioningDbContext db, TimeProvider clock) : IEmailSender
{
    public void Queue(string kind, string to, string subject, string body)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.EmailMessages.Add(new EmailMessage
        {
            Kind = kind,
            To = to,
            Subject = subject,
            Body = body,
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        });
    }
}
