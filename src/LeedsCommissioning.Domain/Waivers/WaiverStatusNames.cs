namespace LeedsCommissioning.Domain.Waivers;

public static class WaiverStatusNames
{
    public static string ToDisplayName(this WaiverStatus status) => status switch
    {
        WaiverStatus.Draft => "Draft",
        WaiverStatus.Submitted => "Submitted",
        WaiverStatus.Approved => "Approved",
        WaiverStatus.Refused => "Refused",
        _ => status.ToString(),
    };

    public static bool IsDecided(this WaiverStatus status) => status is WaiverStatus.Approved or WaiverStatus.Refused;
}
