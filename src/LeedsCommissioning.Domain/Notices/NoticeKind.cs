namespace LeedsCommissioning.Domain.Notices;

/// <summary>
/// The Procurement Act 2023 notices the portal prepares from its own records (domain.md section 9): an officer
/// checks the content and copies it to the central digital platform (Find a Tender), where publishing happens.
/// Only the notices the portal has the records for are listed; the others (UK2 to UK5, UK8, UK13 to UK17) are added
/// when the records that feed them exist.
/// </summary>
public enum NoticeKind
{
    /// <summary>UK1: planned procurements over the dated threshold in the next 18 months.</summary>
    Uk1Pipeline = 1,

    /// <summary>UK6: intention to award a contract; publishing it starts the standstill.</summary>
    Uk6ContractAward = 6,

    /// <summary>UK11: a contract ended early or decommissioned.</summary>
    Uk11ContractTermination = 11,

    /// <summary>UK12: a procurement (opportunity) cancelled.</summary>
    Uk12ProcurementTermination = 12,

    /// <summary>UK7: a contract entered into, with its key performance indicators (issue 15).</summary>
    Uk7ContractDetails = 7,

    /// <summary>UK9: a contract's key performance indicator ratings for a year, breaches and failures (issue 15).</summary>
    Uk9ContractPerformance = 9,

    /// <summary>UK10: a change to a contract (issue 15).</summary>
    Uk10ContractChange = 10,
}

public static class NoticeKindNames
{
    /// <summary>The platform's code, "UK1", "UK11", "UK12".</summary>
    public static string Code(this NoticeKind kind) => "UK" + ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The platform's name for the notice, "pipeline notice".</summary>
    public static string ToDisplayName(this NoticeKind kind) => kind switch
    {
        NoticeKind.Uk1Pipeline => "Pipeline notice",
        NoticeKind.Uk6ContractAward => "Contract award notice",
        NoticeKind.Uk11ContractTermination => "Contract termination notice",
        NoticeKind.Uk12ProcurementTermination => "Procurement termination notice",
        NoticeKind.Uk7ContractDetails => "Contract details notice",
        NoticeKind.Uk9ContractPerformance => "Contract performance notice",
        NoticeKind.Uk10ContractChange => "Contract change notice",
        _ => kind.ToString(),
    };

    /// <summary>"UK1 pipeline notice".</summary>
    public static string Title(this NoticeKind kind) => $"{kind.Code()} {kind.ToDisplayName().ToLowerInvariant()}";
}
