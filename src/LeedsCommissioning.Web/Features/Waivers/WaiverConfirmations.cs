using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Features.Shared;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>
/// A waiver sent to someone else, in the shared check answers and confirmation pattern (docs/patterns.md): what is
/// checked before it goes for a decision (each answer with a Change link to its field on the waiver form), and the
/// confirmations after it is submitted and after it is decided.
/// </summary>
public static class WaiverConfirmations
{
    public static IReadOnlyList<CheckAnswersSection> CheckAnswers(CprWaiver w)
    {
        var report = new WaiverReport(w);
        var edit = $"/waivers/{w.Id}/edit";
        return
        [
            new(null,
            [
                new("Subject", w.Subject, $"{edit}#Subject"),
                new("Report of", w.ReportOf ?? "", $"{edit}#ReportOf"),
                new("Decision maker", w.Decision.DecisionMakerRole, $"{edit}#ReportTo"),
                new("Directorate", w.CommissioningOrganisation?.Name ?? "", $"{edit}#CommissioningOrganisationId"),
                new("Rules waived", $"{report.RulesWaived}, using the authority set out in CPR {w.AuthorityRule}", $"{edit}#RulesWaived"),
                new("Proposed supplier", report.Supplier + (w.ProviderId is null && w.NewSupplierName is not null ? " (new supplier)" : ""), $"{edit}#ProviderId"),
                new("Value", report.Value, $"{edit}#Value"),
                new("Term", report.Term, $"{edit}#TermMonths"),
                new("Budget", w.BudgetSource ?? "", $"{edit}#BudgetSource"),
                new("Officer who will implement", w.ImplementingOfficer ?? "", $"{edit}#ImplementingOfficer"),
                new("Decision", (w.Decision.Route is { } route ? route.ToDisplayName() + ". " : "") + report.CallInStatement, $"{edit}#Route"),
            ]),
        ];
    }

    public static DeclarationModel Declaration(CprWaiver w) =>
        new("Now submit it for a decision",
        [
            "By submitting this waiver you confirm that, to the best of your knowledge, the report is correct and complete.",
            $"Once submitted, the waiver cannot be changed. {w.Decision.DecisionMakerRole} will approve or refuse it.",
        ], $"/waivers/{w.Id}/submit", "Accept and submit", w.Version, VersionField: "version");

    public static ConfirmationModel Submitted(CprWaiver w) => new()
    {
        Title = "Waiver submitted for a decision",
        ReferenceLabel = "Waiver number",
        Reference = w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Summary =
        [
            new("Subject", w.Subject),
            new("Decision maker", w.Decision.DecisionMakerRole),
            new("Submitted", UkTime.Date(w.SubmittedOn)),
        ],
        WhatHappensNext =
        [
            $"{w.Decision.DecisionMakerRole} will read the report and approve or refuse the waiver, with their reasons.",
            "Nobody can change the waiver while it waits for the decision. The decision and its reasons will be shown on the waiver's page.",
        ],
        Links = [("View the waiver", $"/waivers/{w.Id}"), ("All waivers", "/waivers")],
    };

    public static ConfirmationModel Decided(CprWaiver w, string? contractReference)
    {
        var approved = w.Status == WaiverStatus.Approved;
        List<string> next =
        [
            w.Decision.IsOpenForCallIn
                ? $"This is a key decision: it is open for call-in until {UkTime.Date(w.Decision.CallInEndsOn)}."
                : "This decision is not open for call-in.",
            "Your reasons are published with the decision.",
        ];
        if (approved)
        {
            next.Add(contractReference is not null
                ? $"The contract {contractReference} is in the register, awarded directly under this waiver and linked to it."
                : "The contract can be added to the register from the waiver's page.");
        }

        return new ConfirmationModel
        {
            Title = approved ? "Waiver approved" : "Waiver refused",
            ReferenceLabel = "Waiver number",
            Reference = w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Summary =
            [
                new("Subject", w.Subject),
                new("Decision", approved ? "Approved" : "Refused"),
                new("Recorded", UkTime.Date(w.Decision.OutcomeOn)),
            ],
            WhatHappensNext = next,
            Links = [("View the waiver", $"/waivers/{w.Id}"), ("All waivers", "/waivers")],
        };
    }
}
