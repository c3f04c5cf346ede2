using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>
/// Delivers queued e-mail. Several web instances may run it: each message is claimed with a
/// conditional UPDATE before it is sent, so only one instance sends it.
/// </summary>
public sealed class EmailOutboxDispatcher(
    IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<EmailOutboxDispatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan ClaimLength = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The e-mail outbox could not be read; trying again shortly");
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends every message that is due. Returns how many were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IEmailTransport>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.EmailMessages.AsNoTracking()
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now && m.Attempts < options.Value.MaxAttempts
                && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(20)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in due)
        {
            var token = Guid.NewGuid();
            var claimedUntil = now + ClaimLength;
            var claimed = await db.EmailMessages
                .Where(m => m.Id == id && m.SentAtUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntilUtc, claimedUntil), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var message = await db.EmailMessages.SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                await transport.SendAsync(message, cancellationToken);
                message.SentAtUtc = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime.AddMinutes(Math.Pow(2, message.Attempts));
                logger.LogWarning(ex, "E-mail {Id} to {To} could not be sent (attempt {Attempts})", message.Id, message.To, message.Attempts);
            }

            message.ClaimToken = null;
            message.ClaimedUntilUtc = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}
