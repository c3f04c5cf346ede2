namespace LeedsCommissioning.Domain.Waivers;

/// <summary>
/// Contract Procedure Rules a waiver can set aside (domain.md section 3, Waiver report). Only 8.1 and 8.2
/// are described by the sources; other rule numbers are entered as text. The descriptions are the template's own
/// words (Waiver report, recommendation a): "8.1 (requirement of competition)", "8.2 (invitation of a minimum of
/// three written tenders)" (domain.md section 4).
/// </summary>
public static class ContractProcedureRules
{
    public const string Competition = "8.1";
    public const string ThreeWrittenTenders = "8.2";

    /// <summary>The authority under which the decision maker waives the rules (CPR 1.3).</summary>
    public const string WaiverAuthority = "1.3";

    public static IReadOnlyList<(string Number, string Description)> Known { get; } =
    [
        (Competition, "requirement of competition"),
        (ThreeWrittenTenders, "invitation of a minimum of three written tenders"),
    ];

    /// <summary>"8.1 (requirement of competition)": a rule number with the template's description, if it has one.</summary>
    public static string Described(string number)
    {
        foreach (var (known, description) in Known)
        {
            if (known == number)
            {
                return $"{number} ({description})";
            }
        }

        return number;
    }

    /// <summary>
    /// The rules waived as the template prints them: "CPR 8.1 (requirement of competition)" for one rule,
    /// "CPRs 8.1 (requirement of competition) and 8.2 (invitation of a minimum of three written tenders)" for more.
    /// Rules entered as text are added as written.
    /// </summary>
    public static string Printed(IEnumerable<string> numbers, string? others)
    {
        var items = numbers.Select(Described).ToList();
        if (!string.IsNullOrWhiteSpace(others))
        {
            items.Add(others.Trim());
        }

        return items.Count switch
        {
            0 => "",
            1 => "CPR " + items[0],
            _ => "CPRs " + string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }
}
