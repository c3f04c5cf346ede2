using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Renewals;

namespace LeedsCommissioning.Domain.Contracts;

/// <summary>What happens to a contract's funding that the Compact for Leeds asks notice of (domain.md section 5).</summary>
public enum FundingChangeKind
{
    /// <summary>The contract is marked as ending at (or before) its end date.</summary>
    Ending = 0,

    /// <summary>A decommissioning case: the service ends, or (a reduction in investment is decommissioning in part) shrinks.</summary>
    Decommissioning = 1,

    /// <summary>An optional extension is declined, so the contract ends on its current end date.</summary>
    DeclinedExtension = 2,

    /// <summary>The contract ends before its current end date.</summary>
    EarlyTermination = 3,

    /// <summary>The annual value falls (Change value and funding).</summary>
    Reduction = 4,
}

/// <summary>The notice actually given, as recorded on a screen: the date, how, and why it was short if it was.</summary>
/// <param name="GivenOn">The day notice was given; null while it has not been given.</param>
/// <param name="How">How it was given, e.g. "Letter from the Head of Commissioning, sent by e-mail".</param>
/// <param name="ShortNoticeReason">Why the notice is less than six months, when it is.</param>
public sealed record CompactNotice(DateOnly? GivenOn, string? How, string? ShortNoticeReason)
{
    public static CompactNotice None { get; } = new(null, null, null);
}

/// <summary>The Compact check for one third-sector organisation on the contract.</summary>
/// <param name="NoticeBy">The last day to give six months' notice of the end or reduction.</param>
/// <param name="IsShort">Notice given after <paramref name="NoticeBy"/>, or not yet given and today is past it.</param>
public sealed record CompactNoticeCheck(
    int ProviderId, string ProviderName, ProviderRole Role, DateOnly EndOrReduction, DateOnly NoticeBy, DateOnly? GivenOn, string? How, bool IsShort)
{
    public bool NotYetGiven => GivenOn is null;
}

/// <summary>
/// The Compact for Leeds (domain.md section 5), in one place: "six months of notice on decisions to reduce investment or
/// end contracts with the Third Sector". It applies to every third-sector organisation on the contract whose funding ends
/// or falls (lead, partner or subcontractor), to endings, decommissioning, declined extensions, early termination and
/// reductions in value. The date notice was given and how are recorded; notice given later than six months
/// (<see cref="RenewalRules.CompactNoticeMonths"/>) before the end or reduction, or not yet given once that day has passed,
/// is short, and a short notice needs a reason on the decision.
/// </summary>
public static class CompactCheck
{
    public const int MaxHowLength = 500;
    public const int MaxReasonLength = 2000;

    /// <summary>The input names every form that records a Compact notice uses (the problems are reported against them).</summary>
    public const string GivenOnField = "CompactGivenOn";
    public const string HowField = "CompactHow";
    public const string ReasonField = "CompactShortNoticeReason";

    /// <summary>
    /// The third-sector organisations whose funding ends or falls. An ending of any kind ends everyone's funding. A reduction
    /// of the annual value (Change value and funding) lowers the lead's share only, because partners' and subcontractors'
    /// shares are fixed amounts the change keeps (<see cref="Contract.ChangeValue"/>); so only a third-sector lead is
    /// affected. Needs Providers.Provider loaded.
    /// </summary>
    public static IReadOnlyList<ContractProvider> Affected(Contract contract, FundingChangeKind kind) =>
        contract.Providers
            .Where(p => p.Provider.IsThirdSector && (kind != FundingChangeKind.Reduction || p.Role == ProviderRole.Lead))
            .OrderBy(p => p.Role).ThenBy(p => p.Provider.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The check for one organisation whose funding ends or falls on <paramref name="endOrReduction"/>.</summary>
    public static CompactNoticeCheck Check(
        int providerId, string providerName, ProviderRole role, DateOnly endOrReduction, DateOnly? givenOn, string? how, DateOnly today, RenewalRules rules)
    {
        var noticeBy = rules.CompactNoticeBy(endOrReduction);
        var isShort = givenOn is { } on ? on > noticeBy : today > noticeBy;
        return new CompactNoticeCheck(providerId, providerName, role, endOrReduction, noticeBy, givenOn, string.IsNullOrWhiteSpace(how) ? null : how.Trim(), isShort);
    }

    /// <summary>The check for every affected organisation, all given the same <paramref name="notice"/> (the contract's own screens ask once).</summary>
    public static IReadOnlyList<CompactNoticeCheck> For(
        Contract contract, FundingChangeKind kind, DateOnly endOrReduction, CompactNotice notice, DateOnly today, RenewalRules rules) =>
        Affected(contract, kind)
            .Select(p => Check(p.ProviderId, p.Provider.Name, p.Role, endOrReduction, notice.GivenOn, notice.How, today, rules))
            .ToList();

    /// <summary>
    /// What a screen that ends or reduces the funding must still be told, as (field, message): how notice was given when
    /// its date is given; the date when only how is given; a notice date no later than <paramref name="today"/>; and why
    /// the notice is short, when it is. Fields are <see cref="GivenOnField"/>, <see cref="HowField"/> and <see cref="ReasonField"/>.
    /// </summary>
    public static IReadOnlyList<DomainError> Problems(IReadOnlyList<CompactNoticeCheck> checks, CompactNotice notice, DateOnly today)
    {
        var errors = new List<DomainError>();
        if (checks.Count == 0)
        {
            return errors;
        }

        if (notice.GivenOn is { } on && on > today)
        {
            errors.Add(new DomainError(GivenOnField, "The date notice was given must be today or in the past"));
        }

        if (notice.GivenOn is not null && string.IsNullOrWhiteSpace(notice.How))
        {
            errors.Add(new DomainError(HowField, "Enter how notice was given"));
        }
        else if (notice.GivenOn is null && !string.IsNullOrWhiteSpace(notice.How))
        {
            errors.Add(new DomainError(GivenOnField, "Enter the date notice was given"));
        }
        else if (notice.How is { Length: > MaxHowLength })
        {
            errors.Add(new DomainError(HowField, $"How notice was given must be {MaxHowLength} characters or fewer"));
        }

        if (checks.Any(c => c.IsShort) && string.IsNullOrWhiteSpace(notice.ShortNoticeReason))
        {
            errors.Add(new DomainError(ReasonField, ShortReasonMissing(checks)));
        }
        else if (notice.ShortNoticeReason is { Length: > MaxReasonLength })
        {
            errors.Add(new DomainError(ReasonField, "The reason for short notice must be 2,000 characters or fewer"));
        }

        return errors;
    }

    /// <summary>Throws every problem of <see cref="Problems"/> at once.</summary>
    public static void Ensure(IReadOnlyList<CompactNoticeCheck> checks, CompactNotice notice, DateOnly today)
    {
        var problems = Problems(checks, notice, today);
        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }
    }

    /// <summary>"Enter why Age UK Leeds gets less than six months' notice (the Compact for Leeds)".</summary>
    public static string ShortReasonMissing(IEnumerable<CompactNoticeCheck> checks) =>
        $"Enter why {Names(checks.Where(c => c.IsShort).Select(c => c.ProviderName))} {(checks.Count(c => c.IsShort) == 1 ? "gets" : "get")} less than six months' notice (the Compact for Leeds)";

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }

    /// <summary>The notice as the history keeps it, or null when no organisation is affected.</summary>
    internal static CompactNotice? Kept(IReadOnlyList<CompactNoticeCheck> checks, CompactNotice notice) =>
        checks.Count == 0 ? null : new CompactNotice(notice.GivenOn, Clean(notice.How), checks.Any(c => c.IsShort) ? Clean(notice.ShortNoticeReason) : null);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What a contract method needs to apply the Compact check: the notice recorded on the screen, today and the rules.</summary>
public sealed record CompactContext(CompactNotice Notice, DateOnly Today, RenewalRules Rules);
