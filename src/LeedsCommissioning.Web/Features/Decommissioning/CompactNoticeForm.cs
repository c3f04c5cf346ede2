using System.ComponentModel.DataAnnotations;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Web.TagHelpers.GovUk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LeedsCommissioning.Web.Features.Decommissioning;

/// <summary>
/// The Compact for Leeds questions (domain.md section 5; <see cref="CompactCheck"/>) on every screen that ends or reduces a
/// contract's funding: declining an extension, changing the value, ending the contract. The form's view model implements
/// it; the view renders <c>Features/Decommissioning/_CompactNoticeQuestions.cshtml</c>; the action calls
/// <see cref="CompactNoticeForm.Read"/> before saving and passes the notice to the contract's method, which enforces the
/// same rule.
/// </summary>
public interface ICompactNoticeForm
{
    [Display(Name = "When was notice given?")]
    DateInputModel CompactGivenOn { get; }

    [Display(Name = "How was notice given?")]
    string? CompactHow { get; }

    [Display(Name = "Why is the notice less than six months?")]
    string? CompactShortNoticeReason { get; }

    /// <summary>The organisations the Compact covers for this change, checked against the date it takes effect (shown, never bound).</summary>
    IReadOnlyList<CompactNoticeCheck> CompactChecks { get; set; }
}

public static class CompactNoticeForm
{
    /// <summary>
    /// Checks the questions' shape (a real date) and the Compact rule in one pass, adding each problem to its field, and
    /// returns the notice to pass to the contract. Nothing is asked when no third-sector organisation is affected.
    /// </summary>
    public static CompactNotice Read(ModelStateDictionary modelState, ICompactNoticeForm form, DateOnly today, Domain.Renewals.RenewalRules rules)
    {
        if (form.CompactChecks.Count == 0)
        {
            return CompactNotice.None;
        }

        DateOnly? givenOn = null;
        if (!form.CompactGivenOn.IsEmpty)
        {
            if (form.CompactGivenOn.TryGetDate(out var on))
            {
                givenOn = on;
            }
            else
            {
                modelState.AddModelError(CompactCheck.GivenOnField, "The date notice was given must be a real date, like 20 11 2026");
            }
        }

        var notice = new CompactNotice(givenOn, form.CompactHow, form.CompactShortNoticeReason);
        if (modelState.TryGetValue(CompactCheck.GivenOnField, out var entry) && entry.Errors.Count > 0)
        {
            return notice;
        }

        // Re-check against the date typed: "not yet given" is short only once the notice-by day has passed.
        var checks = form.CompactChecks.Select(c => CompactCheck.Check(c.ProviderId, c.ProviderName, c.Role, c.EndOrReduction, givenOn, form.CompactHow, today, rules)).ToList();
        form.CompactChecks = checks;
        foreach (var problem in CompactCheck.Problems(checks, notice, today))
        {
            modelState.AddModelError(problem.Field ?? "", problem.Message);
        }

        return notice;
    }

    /// <summary>The warning the questions open with: who the Compact covers, by when notice was due, and whether it is short.</summary>
    public static string Warning(IReadOnlyList<CompactNoticeCheck> checks)
    {
        var names = CompactCheck.Names(checks.Select(c => c.ProviderName));
        var first = checks[0];
        var text = $"The Compact for Leeds asks for six months' notice to the third sector of a decision to end or reduce their funding. "
            + $"{names} {(checks.Count == 1 ? "is" : "are")} third sector: notice of a change on {UkTime.Date(first.EndOrReduction)} was due by {UkTime.Date(first.NoticeBy)}.";
        return checks.Any(c => c.IsShort)
            ? text + " Notice is now short: say why below."
            : text;
    }
}
