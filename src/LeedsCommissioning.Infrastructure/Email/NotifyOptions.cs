namespace LeedsCommissioning.Infrastructure.Email;

/// <summary>
/// GOV.UK Notify settings (section "Email:Notify"), used when Email:Transport is "Notify". Each template carries the
/// message's subject and body as the personalisation fields ((subject)) and ((body)) (docs/operations.md, "GOV.UK Notify").
/// </summary>
public sealed class NotifyOptions
{
    /// <summary>The service's API key from Notify's "API integration" page (a secret: set it in the environment, never in a file).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Notify's API address; empty for the official one (https://api.notifications.service.gov.uk).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Template id per kind of message (<see cref="EmailKinds"/>), e.g. Templates:reminder; "default" serves every kind without its own.</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The template for <paramref name="kind"/>, else the "default" one, else null.</summary>
    public string? TemplateFor(string kind) =>
        Templates.TryGetValue(kind, out var id) && !string.IsNullOrWhiteSpace(id) ? id
        : Templates.TryGetValue("default", out var fallback) && !string.IsNullOrWhiteSpace(fallback) ? fallback
        : null;
}
