using System.Globalization;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>
/// The decision report as the council's template prints it (domain.md section 4; sources/cpr-waiver-report-ndti.txt):
/// the header lines, the yes/no boxes, and the sections in the template's order, headed and numbered as the
/// template heads and numbers them, with the EIA screening as Appendix 1. The HTML page (Report.cshtml) and the PDF
/// (<see cref="WaiverReportPdf"/>) both print <see cref="Sections"/>, so they cannot disagree. Only the author's
/// own words are printed: the structured answers (value, supplier, whether the Executive Member was briefed) are
/// stored for the register and never turned into sentences the author did not write.
/// </summary>
public sealed class WaiverReport(CprWaiver waiver)
{
    /// <summary>The template's footnote on "Background documents" (Waiver report, section 7).</summary>
    public const string BackgroundDocumentsFootnote =
        "The background documents listed in this section are available to download from the council's website, unless they contain " +
        "confidential or exempt information. The list of background documents does not include published works.";

    public CprWaiver Waiver { get; } = waiver;

    /// <summary>The report's first line, "Report of Deputy Director, Integrated Commissioning".</summary>
    public string ReportOf => "Report of " + (Waiver.ReportOf ?? "(not given)");

    public string ReportTo => "Report to " + (Waiver.Decision.DecisionMakerRole.Length > 0 ? Waiver.Decision.DecisionMakerRole : "(not given)");

    /// <summary>The date as the template prints it: 30/10/19.</summary>
    public string Date => Waiver.ReportDate is { } d ? d.ToString("dd/MM/yy", CultureInfo.InvariantCulture) : "(not given)";

    public string Subject => Waiver.Subject;

    /// <summary>The boxes on the front of the report, worded as the template asks them.</summary>
    public IReadOnlyList<(string Question, bool? Answer, string? Detail)> Questions =>
    [
        ("Are specific electoral wards affected? If yes, name(s) of ward(s):", Waiver.SpecificWardsAffected,
            Waiver.Decision.WardsAffected.Count > 0 ? string.Join(", ", Waiver.Decision.WardsAffected) : null),
        ("Has consultation been carried out?", Waiver.ConsultationCarriedOut, null),
        ("Are there implications for equality and diversity and cohesion and integration?", Waiver.HasEqualityImplications, null),
        ("Will the decision be open for call-in?", Waiver.Decision.Kind is null ? null : Waiver.Decision.IsOpenForCallIn, null),
        ("Does the report contain confidential or exempt information? If relevant, access to information procedure rule number: Appendix number:",
            Waiver.Decision.IsConfidentialOrExempt,
            Waiver.Decision.IsConfidentialOrExempt == true
                ? $"Access to information procedure rule number: {Waiver.Decision.AccessToInformationRule}. Appendix number: {Waiver.Decision.ConfidentialAppendix ?? "none"}"
                : null),
    ];

    public string Supplier => Waiver.Provider?.Name ?? Waiver.NewSupplierName ?? "(not given)";

    public string Value => Waiver.Value is { } v ? UkTime.Money(v) : "(not given)";

    public string Term => Waiver.TermMonths is { } m ? Months(m) : "(not given)";

    /// <summary>"CPRs 8.1 (requirement of competition) and 8.2 (invitation of a minimum of three written tenders)".</summary>
    public string RulesWaived => ContractProcedureRules.Printed(Waiver.RulesWaived, Waiver.OtherRulesWaived) is { Length: > 0 } printed
        ? printed
        : "(not given)";

    public string CallInStatement => Waiver.Decision.Kind is null
        ? "The kind of decision has not been given yet."
        : Waiver.Decision.IsOpenForCallIn
            ? Waiver.Decision.CallInEndsOn is { } ends
                ? $"This is a key decision and is open for call-in until {UkTime.Date(ends)}."
                : "This is a key decision and is open for call-in."
            : $"This is a {Waiver.Decision.Kind.Value.ToDisplayName().ToLowerInvariant()} and is not open for call-in.";

    /// <summary>The body of the report, in the template's order, numbered as the template numbers it.</summary>
    public IReadOnlyList<ReportSection> Sections
    {
        get
        {
            var w = Waiver;
            var sections = new List<ReportSection>
            {
                new(1, "Summary", []),
                new(2, "Main issues", Unnumbered(w.Summary)),
                new(1, "Resource Implications", Unnumbered(w.ResourceImplications)),
                new(1, "Recommendations", Lettered(w.Recommendations)),
                new(1, "1. Purpose of this report", Numbered("1", w.Purpose)),
                new(1, "2. Background information", Numbered("2", w.Background)),
                new(1, "3. Main issues", Numbered("3", w.MainIssues)),
                new(1, "4. Corporate considerations", []),
                new(2, "4.1 Consultation and engagement", Numbered("4.1", w.ConsultationAndEngagement)),
                new(2, "4.2 Equality and diversity / cohesion and integration", Numbered("4.2", w.EqualityAndDiversity)),
            };

            // 4.3 numbers on through its "Climate Emergency" sub-heading (4.3.1, 4.3.2, then 4.3.3).
            var policies = Numbered("4.3", w.CouncilPolicies);
            sections.Add(new(2, "4.3 Council policies and the Best Council Plan", policies));
            sections.Add(new(3, "Climate Emergency", Numbered("4.3", w.ClimateEmergency, policies.Count)));
            sections.Add(new(2, "4.4 Resources, procurement and value for money",
                Numbered("4.4", Join(w.ResourcesAndValueForMoney, w.CostBreakdown, w.ValueForMoney))));
            sections.Add(new(2, "4.5 Legal implications, access to information, and call-in",
                Numbered("4.5", Join(w.LegalImplications, w.TransparencyAndAdvertising, w.OmbudsmanRisk, w.BestValue))));
            sections.Add(new(2, "4.6 Risk management", Numbered("4.6", w.RiskManagement)));
            sections.Add(new(1, "5. Conclusions", Numbered("5", w.Conclusions)));
            sections.Add(new(1, "6. Recommendations", Numbered("6", w.Recommendations)));
            sections.Add(new(1, "7. Background documents", Numbered("7", w.BackgroundDocuments), BackgroundDocumentsFootnote));
            if (w.Decision.EiaScreeningDone == true)
            {
                // 4.2: the screening is Appendix 1 (domain.md section 4).
                sections.Add(new(1, "Appendix 1: Equality impact assessment screening",
                    [new(null, w.Decision.EiaScreeningLink ?? "No link to the completed screening has been recorded in the portal.")]));
            }

            return sections;
        }
    }

    /// <summary>The decision, under the report, once taken; before then only whether it is open for call-in.</summary>
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

    /// <summary>A stored text's paragraphs: separated by a blank line, inner line breaks kept as spaces.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r", "", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)))
            .Where(p => p.Length > 0)
            .ToList();

    private static List<ReportParagraph> Unnumbered(string? text) => Paragraphs(text).Select(p => new ReportParagraph(null, p)).ToList();

    private static List<ReportParagraph> Lettered(string? text) =>
        Paragraphs(text).Select((p, i) => new ReportParagraph($"{(char)('a' + i)})", p)).ToList();

    private static List<ReportParagraph> Numbered(string section, string? text, int after = 0) =>
        Paragraphs(text).Select((p, i) => new ReportParagraph($"{section}.{after + i + 1}", p)).ToList();

    private static string Join(params string?[] texts) => string.Join("\n\n", texts.Where(t => t is not null));
}
