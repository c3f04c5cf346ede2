namespace LeedsCommissioning.Domain.Security;

/// <summary>
/// The portal's roles (domain.md section 1, "Roles in the portal"), in one place.
/// Authorisation is by named policy (Web/Security/Policies.cs); these strings appear nowhere else.
/// </summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string CouncilCommissioner = "Council commissioner";
    public const string CcgCommissioner = "CCG commissioner";
    public const string ProcurementOfficer = "Procurement officer";
    public const string DecisionMaker = "Decision maker";
    public const string ProviderUser = "Provider user";
    public const string Evaluator = "Evaluator";

    public static IReadOnlyList<string> All { get; } =
    [
        Administrator, CouncilCommissioner, CcgCommissioner, ProcurementOfficer, DecisionMaker, ProviderUser, Evaluator,
    ];

    /// <summary>Roles on the council and NHS side (everyone but providers and external evaluators).</summary>
    public static IReadOnlyList<string> Staff { get; } =
    [
        Administrator, CouncilCommissioner, CcgCommissioner, ProcurementOfficer, DecisionMaker,
    ];

    public static bool IsKnown(string role) => All.Contains(role);

    /// <summary>What a person reading the screen calls the role.</summary>
    public static string Describe(string role) => role switch
    {
        CcgCommissioner => "NHS commissioner (ICB Leeds place, formerly CCG)",
        DecisionMaker => "Decision maker (Director)",
        Evaluator => "Evaluation panel member",
        _ => role,
    };
}
