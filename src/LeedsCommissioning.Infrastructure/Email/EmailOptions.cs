namespace LeedsCommissioning.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>"PickupFolder" (writes .eml files: Development), "Smtp", or "Notify" (GOV.UK Notify, <see cref="Notify"/>).</summary>
    public string Transport { get; set; } = "PickupFolder";

    /// <summary>Folder for the pickup transport, relative to the content root.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";

    public string From { get; set; } = "no-reply@leeds-commissioning.example.org";

    public string FromName { get; set; } = "Leeds Commissioning";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpUseStartTls { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>How often the dispatcher looks at the outbox.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int MaxAttempts { get; set; } = 8;

    /// <summary>GOV.UK Notify, when <see cref="Transport"/> is "Notify" (section "Email:Notify"; docs/operations.md).</summary>
    public NotifyOptions Notify { get; set; } = new();

    /// <summary>
    /// The portal's public address (e.g. https://commissioning.leeds.gov.uk), for links in e-mail that scheduled
    /// jobs send: they run outside a request, so they cannot take it from one. Until it is set they send nothing.
    /// </summary>
    public string? PortalAddress { get; set; }
}
