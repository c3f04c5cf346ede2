namespace LeedsCommissioning.Domain.Waivers;

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
