using System.Globalization;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using LeedsCommissioning.Web.Infrastructure;

namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>
/// One of the contract's pages (each is a partial view). Built from what that page shows, read by
/// <see cref="ContractPageReads"/> with the entity's own rules (Compact notice date, next statuses, funding balance,
/// required share) answering the questions; the view gets only the answers. Lists a page does not show stay empty.
/// </summary>
public sealed class ContractPageViewModel
{
    public required ContractFacts Contract { get; init; }

    public required string CommissioningOrganisation { get; init; }

    /// <summary>The lead provider's name, or null while none is recorded.</summary>
    public string? LeadProvider { get; init; }

    public required IReadOnlyList<ContractPartyRow> Parties { get; init; }

    public required IReadOnlyList<FundingSummaryRow> Funding { get; init; }

    public required IReadOnlyList<ExtensionRow> Extensions { get; init; }

    public required IReadOnlyList<DocumentRow> Documents { get; init; }

    public required IReadOnlyList<HistoryEntry> History { get; init; }

    /// <summary>Which page of a long history this is, and how many there are (<see cref="ContractHistory.PageSize"/> entries a page).</summary>
    public int HistoryPage { get; set; } = 1;

    public int HistoryPageCount { get; set; } = 1;

    public required IReadOnlyList<TimelineBar> Timeline { get; init; }

    /// <summary>Where today falls on the timeline's scale, as a whole percentage, or null when outside it.</summary>
    public int? TodayOffset { get; init; }

    public required DateOnly Today { get; init; }

    /// <summary>A commissioner (policy ManageContracts): may change the contract's details and status, decide extensions and manage documents.</summary>
    public bool CanManage { get; init; }

    /// <summary>A provider user: sees other providers' names and roles but not their shares (commercially sensitive).</summary>
    public bool IsProviderView { get; init; }

    public ContractStatus? NewStatus { get; set; }

    /// <summary>Which of the contract's pages this is.</summary>
    public ContractSection Section { get; set; } = ContractSection.Overview;

    /// <summary>The statuses the status form offers: the next stages of delivery. Ending ones go through the "End this contract" page.</summary>
    public IReadOnlyList<ContractStatus> NextDeliveryStatuses => Contract.NextStatuses.Where(s => !ContractLifecycle.IsEnding(s)).ToList();

    /// <summary>Whether the lifecycle lets the contract end (be marked ending, ended or decommissioned) from where it is.</summary>
    public bool CanEnd => Contract.NextStatuses.Any(ContractLifecycle.IsEnding);

    public string SectionName => Names.First(n => n.Key == Section).Value;

    /// <summary>The pages of the contract as MOJ sub-navigation; History only for staff (it names staff and shows every party's figures).</summary>
    public SubNavigation Navigation => new("Contract pages", Names
        .Where(n => n.Key != ContractSection.History || !IsProviderView)
        .Select(n => new SubNavigationItem(
            n.Key.ToString().ToLowerInvariant(), n.Value,
            n.Key == ContractSection.Overview ? $"/contracts/{Contract.Id}" : $"/contracts/{Contract.Id}/{n.Key.ToString().ToLowerInvariant()}",
            n.Key == Section))
        .ToList());

    /// <summary>The pages in the order the sub-navigation lists them.</summary>
    private static readonly KeyValuePair<ContractSection, string>[] Names =
    [
        new(ContractSection.Overview, "Overview"),
        new(ContractSection.Funding, "Value and funding"),
        new(ContractSection.Term, "Term and extensions"),
        new(ContractSection.Providers, "Providers"),
        new(ContractSection.Documents, "Documents"),
        new(ContractSection.Performance, "Performance"),
        new(ContractSection.History, "History"),
        new(ContractSection.Monitoring, "Monitoring"),
    ];

    public string? StatusError { get; set; }

    /// <summary>On the Value and funding page: a value change waiting for a decision maker, in words, if one is (issue 15).</summary>
    public string? ValueChangeWaiting { get; set; }

    /// <summary>
    /// On staff's overview: the contract's row of the renewals pipeline (issue 14), shown as one line, or null when it is not
    /// in the pipeline (or the viewer is a provider's user).
    /// </summary>
    public LeedsCommissioning.Web.Features.Pipeline.PipelineRow? Renewal { get; set; }

    /// <summary>The Performance page's records (issue 15); null on the other pages.</summary>
    public LeedsCommissioning.Web.Features.Performance.PerformanceSection? Performance { get; set; }

    /// <summary>Warn when the Compact's notice date (six months before the end, domain.md section 5) is near or past.</summary>
    public bool CompactNoticeDue => Contract.CompactNoticeDate is { } notice
        && !ContractLifecycle.IsFinal(Contract.Status) && notice <= Today.AddMonths(3);

    /// <summary>
    /// The page for <paramref name="section"/>: the contract's facts, and only the list that page shows (the others stay
    /// empty). <paramref name="extensions"/> are needed by the term page only.
    /// </summary>
    public static ContractPageViewModel For(
        ContractSection section, ContractFacts facts, string organisation, string? leadProvider, DateOnly today, bool isProviderView, bool canManage,
        IReadOnlyList<ContractPartyRow>? parties = null, IReadOnlyList<FundingSummaryRow>? funding = null,
        IReadOnlyList<ContractExtension>? extensions = null, IReadOnlyList<DocumentRow>? documents = null, HistoryPage? history = null)
    {
        var extensionRows = extensions is null ? [] : ExtensionRows(facts.InitialEndDate, extensions);
        int? todayOffset = null;
        return new ContractPageViewModel
        {
            Section = section,
            Contract = facts,
            CommissioningOrganisation = organisation,
            LeadProvider = leadProvider,
            Parties = parties ?? [],
            Funding = funding ?? [],
            Extensions = extensionRows,
            Documents = documents ?? [],
            History = history?.Entries ?? [],
            HistoryPage = history?.Page ?? 1,
            HistoryPageCount = history?.PageCount ?? 1,
            Timeline = extensions is null ? [] : TimelineBars(facts, extensionRows, today, out todayOffset),
            TodayOffset = todayOffset,
            Today = today,
            CanManage = canManage,
            IsProviderView = isProviderView,
        };
    }

    /// <summary>Each extension with the period it covers: taken ones in order after the initial end, then pending ones after the current end.</summary>
    public static List<ExtensionRow> ExtensionRowsOf(Contract contract) => ExtensionRows(contract.InitialEndDate, contract.Extensions);

    private static List<ExtensionRow> ExtensionRows(DateOnly initialEndDate, IReadOnlyList<ContractExtension> extensions)
    {
        var periods = new Dictionary<int, (DateOnly From, DateOnly To)>();
        var end = initialEndDate;
        foreach (var extension in extensions.Where(e => e.Status == ExtensionStatus.Taken).OrderBy(e => e.Number)
                     .Concat(extensions.Where(e => e.Status == ExtensionStatus.Pending).OrderBy(e => e.Number)))
        {
            var to = Term.Extend(end, extension.Months);
            periods[extension.Number] = (end.AddDays(1), to);
            end = to;
        }

        return extensions.OrderBy(e => e.Number)
            .Select(e => new ExtensionRow(e.Number, e.Months, e.DecideBy, e.Status, e.DecidedOn,
                periods.TryGetValue(e.Number, out var p) ? p.From : null,
                periods.TryGetValue(e.Number, out var q) ? q.To : null))
            .ToList();
    }

    private static List<TimelineBar> TimelineBars(ContractFacts contract, IReadOnlyList<ExtensionRow> extensions, DateOnly today, out int? todayOffset)
    {
        var start = contract.StartDate;
        var last = contract.MaximumEndDate;
        var span = Math.Max(1, last.DayNumber - start.DayNumber + 1);
        int Percent(DateOnly date) => Math.Clamp((int)Math.Round((date.DayNumber - start.DayNumber) * 100.0 / span), 0, 100);
        TimelineBar Bar(string label, DateOnly from, DateOnly to, string kind)
        {
            var offset = Percent(from);
            return new TimelineBar(label, from, to, kind, offset, Math.Max(1, Math.Min(100 - offset, Percent(to.AddDays(1)) - offset)));
        }

        var bars = new List<TimelineBar> { Bar("Initial term", start, contract.InitialEndDate, "initial") };
        foreach (var extension in extensions.Where(e => e.From is not null))
        {
            bars.Add(Bar($"Extension {extension.Number} ({extension.Months} months, {extension.Status.ToDisplayName().ToLowerInvariant()})",
                extension.From!.Value, extension.To!.Value, extension.Status == ExtensionStatus.Taken ? "taken" : "pending"));
        }

        todayOffset = today >= start && today <= last ? Percent(today) : null;
        return bars;
    }
}
