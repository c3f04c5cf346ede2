using System.ComponentModel.DataAnnotations;
using FluentValidation;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Decisions;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Domain.Waivers;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Waivers;

/// <summary>The shape of the waiver form. Completeness is the aggregate's rule at submission, not this validator's.</summary>
public sealed class WaiverFormValidator : AbstractValidator<WaiverFormViewModel>
{
    public WaiverFormValidator()
    {
        RuleFor(m => m.Subject).NotEmpty().WithMessage("Enter the subject of the waiver")
            .MaximumLength(300).WithMessage("Subject must be 300 characters or fewer");
        RuleFor(m => m.Value).Money("Total value", moreThanZero: true);
        RuleFor(m => m.TermMonths).Must(t => string.IsNullOrWhiteSpace(t) || NumberText.WholeNumber(t) is >= 1 and <= 240)
            .WithMessage("Term must be a whole number of months between 1 and 240");
        RuleFor(m => m.ReportDate).Must(d => d.IsEmpty || d.TryGetDate(out _))
            .WithMessage("Date of report must be a real date, like 27 3 2026");
        RuleFor(m => m.LegalReviewOn).Must(d => d.IsEmpty || d.TryGetDate(out _))
            .WithMessage("Date of legal review must be a real date, like 27 3 2026");
        RuleFor(m => m.LegalReviewOn).Must(d => !d.IsEmpty)
            .When(m => !string.IsNullOrWhiteSpace(m.LegalReviewBy))
            .WithMessage("Enter the date of the legal review");
        RuleFor(m => m.NewSupplierName).Empty()
            .When(m => m.ProviderId is not null)
            .WithMessage("Choose an existing provider or enter a new supplier, not both");
        RuleFor(m => m.RulesWaived).Must(r => r.All(x => ContractProcedureRules.Known.Any(k => k.Number == x)))
            .WithMessage("Select the rules waived from the list");
        RuleFor(m => m.WardsAffected).Must(w => w.All(name => LeedsWards.All.Any(x => x.Name == name)))
            .WithMessage("Select the wards affected from the list");

        // The ward checkboxes are revealed under "Yes" (GOV.UK conditional reveal). Without JavaScript they are always
        // shown, so the server checks them: needed with "Yes", ignored with "No" (CprWaiver.UpdateDraft keeps no wards then).
        RuleFor(m => m.WardsAffected).NotEmpty()
            .When(m => m.SpecificWardsAffected == true)
            .WithMessage("Select each ward affected");

        // A waiver is never an administrative decision (Waiver report 4.5.2; domain.md section 1).
        RuleFor(m => m.Route).NotEqual(DecisionRoute.AdministrativeDecision)
            .WithMessage("A waiver is never an administrative decision: select Executive Board or delegated decision");
        RuleFor(m => m.Kind).NotEqual(DecisionKind.Administrative)
            .WithMessage("A waiver is never an administrative decision: select significant operational decision or key decision");
        RuleFor(m => m.EiaScreeningLink).MaximumLength(500).WithMessage("Link must be 500 characters or fewer")
            .Must(l => string.IsNullOrWhiteSpace(l) || Uri.TryCreate(l.Trim(), UriKind.Absolute, out var u) && u.Scheme is "https" or "http")
            .WithMessage("Enter a link starting with https://");
        foreach (var (name, max) in new[]
                 {
                     ("ReportOf", 200), ("ReportTo", 200), ("OtherRulesWaived", 200), ("NewSupplierName", 200), ("BudgetSource", 300),
                     ("ImplementingOfficer", 200), ("AccessToInformationRule", 50), ("ConfidentialAppendix", 50), ("LegalReviewBy", 200),
                 })
        {
            RuleFor(m => (string?)typeof(WaiverFormViewModel).GetProperty(name)!.GetValue(m)).MaximumLength(max)
                .OverridePropertyName(name).WithMessage($"{Label(name)} must be {max} characters or fewer");
        }

        foreach (var name in new[]
                 {
                     "Summary", "ResourceImplications", "Recommendations", "Purpose", "Background", "MainIssues", "ConsultationAndEngagement",
                     "EqualityAndDiversity", "CouncilPolicies", "ClimateEmergency", "ResourcesAndValueForMoney", "CostBreakdown", "ValueForMoney",
                     "LegalImplications", "TransparencyAndAdvertising", "OmbudsmanRisk", "BestValue", "RiskManagement", "Conclusions", "BackgroundDocuments",
                     "CrossBorderSubjectMatter", "CrossBorderValue", "CrossBorderSector", "CrossBorderLocation",
                 })
        {
            RuleFor(m => (string?)typeof(WaiverFormViewModel).GetProperty(name)!.GetValue(m)).MaximumLength(20_000)
                .OverridePropertyName(name).WithMessage($"{Label(name)} must be 20,000 characters or fewer");
        }
    }

    private static string Label(string property) =>
        typeof(WaiverFormViewModel).GetProperty(property)!.GetCustomAttributes(typeof(DisplayAttribute), false)
            .OfType<DisplayAttribute>().FirstOrDefault()?.Name?.Replace(" (optional)", "", StringComparison.Ordinal) ?? property;
}
