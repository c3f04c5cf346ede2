using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>
/// The decision report laid out as the council's template (domain.md section 4): header table, the yes/no
/// boxes, and numbered sections 1 to 7 with 4.1 to 4.6. One shape for the HTML page and the PDF.
/// </summary>
public sealed class WaiverReport(CprWaiver waiver)
{
    public CprWaiver Waiver { get; } = waiver;

    public string Title => $"Report of {Waiver.ReportOf ?? "(not given)"}";

    public IReadOnlyList<(string Label, string Value)> Header =>
    [
        ("Report of", Waiver.ReportOf ?? ""),
        ("Report to", Waiver.Decision.DecisionMakerRole),
        ("Date", UkTime.Date(Waiver.ReportDate)),
        ("Subject", Waiver.Subject),
    ];

    public IReadOnlyList<(string Question, bool? Answer, string? Detail)> Questions =>
    [
        ("Are specific electoral wards affected?", Waiver.SpecificWardsAffected,
            Waiver.Decision.WardsAffected.Count > 0 ? "Ward(s): " + string.Join(", ", Waiver.Decision.WardsAffected) : null),
        ("Has consultation been carried out?", Waiver.ConsultationCarriedOut, null),
        ("Are there implications for equality and diversity and cohesion and integration?", Waiver.HasEqualityImplications, null),
        ("Is the decision eligible for call-in?", Waiver.Decision.IsOpenForCallIn, null),
        ("Does the report contain confidential or exempt information?", Waiver.Decision.IsConfidentialOrExempt,
            Waiver.Decision.IsConfidentialOrExempt == true
                ? $"Access to information procedure rule number: {Waiver.Decision.AccessToInformationRule}. Appendix number: {Waiver.Decision.ConfidentialAppendix ?? "none"}"
                : null),
    ];

    public string Supplier => Waiver.Provider?.Name ?? Waiver.NewSupplierName ?? "(not given)";

    public string Value => Waiver.Value is { } v ? UkTime.Money(v).Replace(".00", "", StringComparison.Ordinal) : "(not given)";

    public string Term => Waiver.TermMonths is { } m ? Months(m) : "(not given)";

    public string RulesWaived
    {
        get
        {
            var rules = Waiver.RulesWaived.Select(r => "CPR " + r).ToList();
            if (Waiver.OtherRulesWaived is { } other)
            {
                rules.Add(other);
            }

            return rules.Count == 0 ? "(not given)" : Join(rules);
        }
    }

    public string CallInStatement => Waiver.Decision.IsOpenForCallIn
        ? Waiver.Decision.CallInEndsOn is { } ends
            ? $"This is a key decision and is open for call-in until {UkTime.Date(ends)}."
            : "This is a key decision and is open for call-in."
        : $"This is a {Waiver.Decision.Kind.ToDisplayName().ToLowerInvariant()} and is not open for call-in.";

    public IReadOnlyList<(string Label, string Value)> WaiverDetails =>
    [
        ("Contract procedure rules waived", RulesWaived),
        ("Authority", "CPR " + Waiver.AuthorityRule),
        ("Proposed supplier", Supplier),
        ("Total value", Value),
        ("Term", Term),
        ("Budget", Waiver.BudgetSource ?? "(not given)"),
        ("Officer who will implement", Waiver.ImplementingOfficer ?? "(not given)"),
        ("Decision route", Waiver.Decision.Route.ToDisplayName()),
        ("Kind of decision", Waiver.Decision.Kind.ToDisplayName()),
        ("Version", Waiver.VersionNumber.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Numbered sections as the template numbers them: (number, heading, paragraphs).</summary>
    public IReadOnlyList<(string Number, string Heading, string? Text)> Sections =>
    [
        ("", "Summary of main issues", Waiver.Summary),
        ("", "Resource implications", $"Total cost: {Value} over {Term}. Budget: {Waiver.BudgetSource ?? "(not given)"}."),
        ("", "Recommendations", Waiver.Recommendations),
        ("1", "Purpose of this report", Waiver.Purpose),
        ("2", "Background information", Waiver.Background),
        ("3", "Main issues", Waiver.MainIssues),
        ("4", "Corporate considerations", null),
        ("4.1", "Consultation and engagement", Waiver.ConsultationAndEngagement),
        ("4.2", "Equality and diversity / cohesion and integration", Join2(Waiver.EqualityAndDiversity,
            Waiver.Decision.EiaScreeningDone switch
            {
                true => "Equality, diversity, cohesion and integration screening has been completed" +
                        (Waiver.Decision.EiaScreeningLink is { } link ? $": {link}" : "."),
                false => "Equality, diversity, cohesion and integration screening has not been completed.",
                null => null,
            })),
        ("4.3", "Council policies and the Best Council Plan", Waiver.CouncilPolicies),
        ("4.4", "Resources, procurement and value for money", Waiver.ResourcesAndValueForMoney),
        ("4.5", "Legal implications, access to information, and call-in", Join2(Waiver.LegalImplications,
            $"{CallInStatement} Cross-border interest: subject matter: {Clause(Waiver.CrossBorderSubjectMatter)}; " +
            $"value: {Clause(Waiver.CrossBorderValue)}; sector: {Clause(Waiver.CrossBorderSector)}; " +
            $"location: {Clause(Waiver.CrossBorderLocation)}. " +
            (Waiver.HasCrossBorderInterest switch
            {
                true => "The contract is considered to be of cross-border interest.",
                false => "The contract is not considered to be of cross-border interest.",
                null => "",
            }))),
        ("4.6", "Risk management", Waiver.RiskManagement),
        ("5", "Conclusions", Waiver.Conclusions),
        ("6", "Recommendations", Waiver.Recommendations),
        ("7", "Background documents", Waiver.BackgroundDocuments),
    ];

    /// <summary>The decision block under the report, once decided.</summary>
    public IReadOnlyList<(string Label, string Value)> DecisionLines => Waiver.Decision.IsDecided
        ?
        [
            ("Decision", Waiver.Decision.Outcome.ToDisplayName()),
            ("Decided by", $"{Waiver.Decision.DecisionMakerName}, {Waiver.Decision.DecisionMakerRole}"),
            ("Date of decision", UkTime.Date(Waiver.Decision.OutcomeOn)),
            ("Reasons", Waiver.Decision.OutcomeReasons ?? ""),
            ("Call-in", CallInStatement),
        ]
        : [("Decision", "Not yet decided"), ("Call-in", CallInStatement)];

    public static string Months(int months) => months % 12 == 0
        ? months == 12 ? "1 year" : $"{months / 12} years"
        : months == 1 ? "1 month" : $"{months} months";

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Clause(string? text) => text is null ? "(not assessed)" : text.TrimEnd('.', ' ');

    private static string? Join2(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "\n\n" + second;
}
