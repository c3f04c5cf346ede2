using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Home;

/// <summary>
/// The person a home page is for (issue 15, "Every role's home page says what needs that person now"): who they are,
/// which organisation they belong to and today's date and instant, from TimeProvider.
/// </summary>
public sealed record WorkFor(
    ClaimsPrincipal User, string UserId, int? ProviderId, int? CommissioningOrganisationId, DateOnly Today, DateTime NowUtc);

/// <summary>
/// One thing waiting for that person, linking to where it is done: "Day opportunities for older people: 3 questions
/// waiting for an answer". <see cref="DueUtc"/> is a moment (a bid deadline, shown in UK time) and <see cref="DueOn"/> a
/// UK date (a return's due date); either, both or neither. <see cref="Overdue"/> shows a red tag.
/// </summary>
public sealed record WorkItem(string Title, string Link, string? Detail = null, DateOnly? DueOn = null, DateTime? DueUtc = null, bool Overdue = false);

/// <summary>
/// A group of the same kind of work on the home page ("Waivers awaiting your decision"), with how many there are in all
/// (<see cref="Count"/> may be more than the items shown) and a link to the full list when there is one.
/// <see cref="Order"/> places the group on the page: lower first.
/// </summary>
public sealed record WorkGroup(string Heading, int Count, IReadOnlyList<WorkItem> Items, string? AllLink = null, int Order = 100);

/// <summary>
/// Something that can be waiting for someone. Each feature that owns a kind of work implements a source and registers it
/// with services.AddScoped&lt;IWorkSource, TSource&gt;(); the home page asks every source, shows the groups that are not
/// empty in <see cref="WorkGroup.Order"/>, and says so when nothing is waiting. A source checks the person's policies
/// itself (IAuthorizationService) and returns null when the work is not theirs; it reads only what the person may see
/// (a provider only its own bids, questions and returns).
/// <para>
/// What the sources answer is kept per person and per version of the data (<see cref="KeptHomeWork"/>), so a source reads
/// only tables whose every change raises one of <see cref="HomeWork.Versions"/> (migration WorkVersion lists the tables the
/// register's, the opportunities' and the monitoring counters do not cover), and compares the clock with nothing but the
/// UK date and bid deadlines (<see cref="HomeWork.ReadAsync"/> works out when the next deadline moves a card).
/// </para>
/// </summary>
public interface IWorkSource
{
    Task<WorkGroup?> ForAsync(WorkFor person, CancellationToken cancellationToken);
}

/// <summary>What the sources share.</summary>
public static class WorkGroups
{
    /// <summary>How many items a group shows; the rest are counted, and the group links to the full list.</summary>
    public const int Shown = 5;

    /// <summary>
    /// The first <see cref="Shown"/> rows of <paramref name="ordered"/> and how many there are in all, both worked out by the
    /// database: the first rows, then a COUNT only when they fill the group. A source never reads every waiting row to show
    /// five: at a region's scale hundreds of opportunities can be closing, waiting to be opened or waiting for answers
    /// (docs/benchmarks.md, "Home pages: session 14").
    /// </summary>
    public static async Task<(int Count, List<T> First)> FirstAndCountAsync<T>(IQueryable<T> ordered, CancellationToken cancellationToken)
    {
        var first = await ordered.Take(Shown).ToListAsync(cancellationToken);
        return (first.Count < Shown ? first.Count : await ordered.CountAsync(cancellationToken), first);
    }
}
