namespace LeedsCommissioning.Domain.Waivers;

/// <summary>Draft → submitted → decided (approved or refused) (issue 5).</summary>
public enum WaiverStatus
{
    Draft = 0,
    Submitted = 1,
    Approved = 2,
    Refused = 3,
}

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

/// <summary>
/// Contract Procedure Rules a waiver can set aside (domain.md section 3, Waiver report). Only 8.1 and 8.2
/// are described by the sources; other rule numbers are entered as text.
/// </summary>
public static class ContractProcedureRules
{
    public const string Competition = "8.1";
    public const string ThreeWrittenTenders = "8.2";

    /// <summary>The authority under which the decision maker waives the rules (CPR 1.3).</summary>
    public const string WaiverAuthority = "1.3";

    public static IReadOnlyList<(string Number, string Description)> Known { get; } =
    [
        (Competition, "CPR 8.1: competition is required"),
        (ThreeWrittenTenders, "CPR 8.2: at least three written tenders are required"),
    ];
}

/// <summary>Who is deciding, as the web layer knows them.</summary>
public sealed record Decider(string UserId, string Name, bool IsDecisionMaker);
