using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Infrastructure.Email;

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
