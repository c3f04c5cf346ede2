using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Infrastructure.Seeding;

namespace LeedsCommissioning.Benchmarks;

/// <summary>
/// Quarterly monitoring for a batch of generated contracts (issue 15, docs/benchmarks.md "The data"): every contract being
/// delivered (live, in extension, ending) or ended within the last year gets a monitoring plan with the demo's three measures for its service
/// (<see cref="DemoMonitoring.MeasuresFor"/>), the QMF for half the council directorates' contracts, CQC locations and
/// ratings for home care, residential and nursing care, and CQUINs for NHS contracts; and a return for every quarter from
/// the one it started in to the current one (an open draft) or the one it ended in. The quarter before, due 30 days after it ended, is late and
/// not submitted for one contract in ten, submitted and awaiting review for about one in seven, reviewed for the rest; a
/// few older returns still await review. Reviews are mostly green, some amber (one action) and red (two actions, done
/// once the quarter is half a year old). One in eight returns was submitted late. Built through the domain's methods
/// (<c>QuarterlyReturn.Open</c>, <c>SaveDraft</c>, <c>Submit</c>, <c>RecordReview</c>), with a <see cref="Random"/> of its
/// own so the rest of the generated data is the same as without monitoring.
/// </summary>
internal sealed class RegionalMonitoring(Random random, DateOnly today, DateTime nowUtc, int nhsOrganisationId, IReadOnlySet<int> councilDirectorates)
{
    public const int DueDays = 30;

    private readonly FinancialQuarter _current = FinancialQuarter.Of(today);

    /// <summary>Being delivered, or ended within the last year (its plan and returns are kept).</summary>
    public bool IsMonitored(Contract contract) => contract.Status is ContractStatus.Live or ContractStatus.InExtension or ContractStatus.Ending
        || (contract.Status == ContractStatus.Ended && contract.CurrentEndDate >= today.AddYears(-1));

    /// <summary>The plans of the monitored contracts of a batch (their keys not given yet).</summary>
    public List<MonitoringPlan> Plans(IEnumerable<Contract> contracts)
    {
        var plans = new List<MonitoringPlan>();
        foreach (var contract in contracts.Where(IsMonitored))
        {
            var plan = new MonitoringPlan(contract.Id, councilDirectorates.Contains(contract.CommissioningOrganisationId) && random.NextDouble() < 0.5);
            foreach (var (question, name, unit, target, direction, aggregation) in DemoMonitoring.MeasuresFor(contract))
            {
                plan.AddMeasure(question, name, unit, target, direction, aggregation);
            }

            if (contract.Title.StartsWith("Home care", StringComparison.Ordinal) || contract.Title.StartsWith("Residential care", StringComparison.Ordinal)
                || contract.Title.StartsWith("Nursing care", StringComparison.Ordinal))
            {
                var place = contract.Title.Split(':')[0].Trim();
                plan.SetRegulation(true, Enumerable.Range(1, random.Next(1, 4)).Select(n => new CqcLocationLine($"{place}: location {n}", Rating(),
                    today.AddDays(-random.Next(60, 1_200)))).ToList());
            }

            if (contract.CommissioningOrganisationId == nhsOrganisationId)
            {
                plan.SetCquins(true, [new CquinLine("Staff flu vaccinations", "Front-line staff offered and taking up the flu vaccine by the end of February")]);
            }

            plans.Add(plan);
        }

        return plans;
    }

    /// <summary>
    /// The returns of a plan whose measures have their keys, from the contract's first quarter to the current one (or, for
    /// a contract that has ended, to the quarter it ended in).
    /// </summary>
    public IEnumerable<QuarterlyReturn> Returns(Contract contract, MonitoringPlan plan, StaffUser? submitter, Func<StaffUser> reviewer)
    {
        var commitments = contract.Commitments.Select(c => c.Id).ToList();
        var previous = _current.Previous;
        // The state of the last quarter due: late and not submitted, submitted awaiting review, or reviewed.
        var lastState = random.NextDouble() switch { < 0.10 => 0, < 0.25 => 1, _ => 2 };
        var last = contract.Status == ContractStatus.Ended ? FinancialQuarter.Of(contract.CurrentEndDate) : _current;
        for (var quarter = FinancialQuarter.Of(contract.StartDate); quarter.Key <= last.Key; quarter = quarter.Next)
        {
            var r = QuarterlyReturn.Open(plan, commitments, quarter, DueDays);
            yield return r;
            var state = quarter.Key == _current.Key ? -1
                : quarter.Key == previous.Key ? lastState
                : quarter.Key == previous.Previous.Key && random.NextDouble() < 0.03 ? 1
                : 2;
            if (state < 0)
            {
                continue; // the current quarter: open, not due yet
            }

            if (state == 0)
            {
                if (random.NextDouble() < 0.5)
                {
                    r.SaveDraft(Figures(plan), [], null); // started, not finished
                }

                continue;
            }

            r.SaveDraft(Figures(plan), commitments.Select(id => new SocialValueLine(id, random.Next(0, 12), null)),
                r.Theme is null ? null : "We reflected on this quarter's theme with our staff and the people we support.");
            var submittedOn = random.NextDouble() < 0.125 ? r.DueOn.AddDays(random.Next(1, 26)) : r.DueOn.AddDays(-random.Next(0, 21));
            if (submittedOn >= today)
            {
                submittedOn = today.AddDays(-1);
            }

            r.Submit(submitter?.Id, submitter?.Name ?? "Contracts manager", At(submittedOn));
            if (state == 1)
            {
                continue;
            }

            var reviewedOn = submittedOn.AddDays(random.Next(3, 35));
            if (reviewedOn >= today)
            {
                reviewedOn = today.AddDays(-random.Next(0, 3)) is var d && d > submittedOn ? d : submittedOn;
            }

            var by = reviewer();
            var actionsDone = reviewedOn.AddMonths(6) < today;
            var rag = random.NextDouble() switch { < 0.05 => Rag.Red, < 0.20 => Rag.Amber, _ => Rag.Green };
            var (reason, actions) = rag switch
            {
                Rag.Red => ("Two of the three measures were well below target and complaints were not answered in time.", new[]
                {
                    new ActionLine("Send a recovery plan for the measures below target", "Service manager", reviewedOn.AddDays(35), actionsDone),
                    new ActionLine("Answer the outstanding complaints and share the learning", "Registered manager", reviewedOn.AddDays(28), actionsDone),
                }),
                Rag.Amber => ("Waiting times rose above the target while two posts were vacant.", new[]
                {
                    new ActionLine("Fill the vacant posts and report the waiting times monthly until they are back under target", "Service manager",
                        reviewedOn.AddDays(60), actionsDone),
                }),
                _ => ((string?)null, Array.Empty<ActionLine>()),
            };
            r.RecordReview(
                rag == Rag.Green ? "A solid quarter. The figures are in line with the plan and the commentary explains the variation."
                    : "Thank you for the return and the frank commentary. We discussed the shortfall at the quarterly meeting.",
                null, rag == Rag.Green ? null : "Staff vacancies", rag, reason, actions, by.Id, by.Name, At(reviewedOn));
        }
    }

    private IEnumerable<ActualLine> Figures(MonitoringPlan plan) => plan.Measures.Select(m =>
    {
        var factor = (decimal)(0.8 + (0.4 * random.NextDouble()));
        var value = Math.Max(0m, Math.Round(m.QuarterlyTarget * factor, m.Unit == "%" ? 1 : 0));
        return new ActualLine(m.Id, m.Unit == "%" ? Math.Min(100m, value) : value, null);
    }).ToList();

    private CqcRating Rating() => random.NextDouble() switch
    {
        < 0.05 => CqcRating.Outstanding,
        < 0.75 => CqcRating.Good,
        < 0.95 => CqcRating.RequiresImprovement,
        _ => CqcRating.Inadequate,
    };

    /// <summary>A working moment of a UK date (UTC, mid-afternoon, so the UK date is the same in summer and winter).</summary>
    private DateTime At(DateOnly date)
    {
        var at = date.ToDateTime(new TimeOnly(13 + random.Next(0, 3), random.Next(0, 60)), DateTimeKind.Utc);
        return at < nowUtc ? at : nowUtc.AddHours(-1);
    }
}
