using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Infrastructure.Seeding;

/// <summary>
/// Quarterly monitoring for the demo (issue 15): every contract being delivered gets a monitoring plan with measures that
/// fit its service (under the MPS's three questions), and returns for the quarters from Q3 2025/26 (or its start) to the
/// current quarter, Q3 2026/27, which is open as a draft. Q3 2025/26 to Q1 2026/27 are reviewed (some amber or red, with
/// actions); Q2 2026/27, due on 30 October 2026, is late and not yet submitted for every third contract (Live Well Leeds
/// among them, so the lead provider's demo user has one to submit), submitted and awaiting review for the next, and
/// reviewed for the rest. Fixed dates, no randomness: the figures follow the contract's place in the list.
/// </summary>
public static class DemoMonitoring
{
    public const string LateReturnContract = "LCC-AH-2019-014";

    private static readonly FinancialQuarter Current = new(2026, 3);
    private static readonly FinancialQuarter First = new(2025, 3);
    private const int DueDays = 30;

    private static readonly decimal[][] Factors =
    [
        [1.04m, 1.10m, 0.97m, 1.02m],
        [0.95m, 0.88m, 1.01m, 0.93m],
        [1.12m, 1.00m, 1.06m, 0.99m],
        [0.90m, 0.97m, 1.03m, 1.08m],
        [1.01m, 1.05m, 0.92m, 1.00m],
    ];

    public static async Task EnsureAsync(CommissioningDbContext db, CancellationToken cancellationToken)
    {
        if (await db.MonitoringPlans.AnyAsync(cancellationToken))
        {
            return;
        }

        var delivering = new[] { ContractStatus.Live, ContractStatus.InExtension, ContractStatus.Ending };
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Commitments).Include(c => c.CommissioningOrganisation)
            .Where(c => delivering.Contains(c.Status)).OrderBy(c => c.Reference).AsSplitQuery().ToListAsync(cancellationToken);
        var funders = (await db.FundingContributions.AsNoTracking().Where(f => f.FunderOrganisationId != null)
                .Select(f => new { f.ContractId, Funder = f.FunderOrganisationId!.Value }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(f => f.ContractId, f => f.Funder);
        var providerUsers = (await db.Users.AsNoTracking().Where(u => u.ProviderId != null).Select(u => new { u.Id, u.DisplayName, u.ProviderId }).ToListAsync(cancellationToken))
            .GroupBy(u => u.ProviderId!.Value).ToDictionary(g => g.Key, g => g.First());
        var leads = await db.Providers.AsNoTracking().Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var priya = await db.Users.Where(u => u.Email == "commissioner@example.org").Select(u => new { u.Id, u.DisplayName }).SingleAsync(cancellationToken);

        var plans = new List<(Contract Contract, MonitoringPlan Plan, int Index)>();
        for (var i = 0; i < contracts.Count; i++)
        {
            var contract = contracts[i];
            var plan = new MonitoringPlan(contract.Id, usesQualityManagementFramework: contract.CommissioningOrganisation!.Kind == CommissioningOrganisationKind.CouncilDirectorate && i % 2 == 0);
            foreach (var (question, name, unit, target, direction, aggregation) in MeasuresFor(contract))
            {
                plan.AddMeasure(question, name, unit, target, direction, aggregation);
            }

            if (IsRegulated(contract.Title))
            {
                plan.SetRegulation(true,
                [
                    new CqcLocationLine($"{contract.Title.Split(':')[0].Trim()}: north and east office", CqcRating.Good, new DateOnly(2025, 6, 12)),
                    new CqcLocationLine($"{contract.Title.Split(':')[0].Trim()}: south and west office", i % 2 == 0 ? CqcRating.RequiresImprovement : CqcRating.Good, new DateOnly(2024, 11, 4)),
                ]);
            }

            if (contract.CommissioningOrganisation.Kind == CommissioningOrganisationKind.Nhs)
            {
                plan.SetCquins(true, [new CquinLine("Staff flu vaccinations", "Front-line staff offered and taking up the flu vaccine by the end of February"),
                    new CquinLine("Routine outcome monitoring", "Outcome measures recorded at the start and end of support for people using the service")]);
            }

            var contractFunders = funders[contract.Id].ToList();
            if (contractFunders.Count >= 2 && contract.Title.Contains("Appropriate Adult", StringComparison.Ordinal))
            {
                plan.SetSteeringGroup(contractFunders, contractFunders);
            }

            db.MonitoringPlans.Add(plan);
            plans.Add((contract, plan, i));
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var (contract, plan, i) in plans)
        {
            var start = FinancialQuarter.Of(contract.StartDate);
            var quarter = start.Key > First.Key ? start : First;
            var n = 0;
            for (; quarter.Key <= Current.Key; quarter = quarter.Next, n++)
            {
                var r = QuarterlyReturn.Open(plan, contract.Commitments.Select(c => c.Id), quarter, DueDays);
                db.QuarterlyReturns.Add(r);
                if (quarter.Key == Current.Key)
                {
                    continue;
                }

                var isQ2 = quarter.Key == Current.Previous.Key;
                var stage = isQ2 ? (contract.Reference == LateReturnContract ? 0 : i % 3) : 2;
                if (stage == 0)
                {
                    continue; // late: not submitted by its due date, 30 October 2026
                }

                var factors = Factors[(i + n) % Factors.Length];
                r.SaveDraft(
                    plan.Measures.Select((m, k) => new ActualLine(m.Id, Math.Round(m.QuarterlyTarget * Factor(factors, k, m.Direction), m.Unit == "%" ? 1 : 0),
                        k == 0 ? Commentary(factors[0]) : null)),
                    contract.Commitments.Select(c => new SocialValueLine(c.Id, Math.Round(c.Quantity / 16m, 0), null)),
                    r.Theme is { } theme ? Reflection(theme) : null);
                var late = quarter.Key == new FinancialQuarter(2025, 4).Key && i % 4 == 1;
                var submittedOn = late ? r.DueOn.AddDays(6) : r.DueOn.AddDays(-4);
                var submitter = contract.LeadProviderId is { } lead && providerUsers.TryGetValue(lead, out var user) ? (user.Id, user.DisplayName)
                    : ((string?)null, $"Contracts manager, {(contract.LeadProviderId is { } l ? leads[l] : "the provider")}");
                r.Submit(submitter.Item1, submitter.Item2, submittedOn.ToDateTime(new TimeOnly(15, 20), DateTimeKind.Utc));
                if (stage == 1)
                {
                    continue; // submitted, awaiting review
                }

                var (rating, reason, actions) = Rating(i, quarter, submittedOn);
                r.RecordReview(
                    rating == Rag.Green ? "A solid quarter. The figures are in line with the plan and the commentary explains the variation." : "Thank you for the return and the frank commentary. We discussed the shortfall at the quarterly meeting.",
                    i % 2 == 0 ? "Peer volunteers supporting people at their first visit" : null,
                    rating == Rag.Green ? null : "Staff vacancies in the north and east of the city",
                    rating, reason, actions,
                    contract.ResponsibleCommissionerId ?? priya.Id, contract.ResponsibleCommissionerName ?? priya.DisplayName,
                    submittedOn.AddDays(14).ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static decimal Factor(decimal[] factors, int measure, MeasureDirection direction)
    {
        var f = factors[measure % factors.Length];
        return direction == MeasureDirection.HigherIsBetter ? f : 2m - f;
    }

    private static string Commentary(decimal factor) => factor >= 1m
        ? "Referrals from GP practices and the neighbourhood teams rose this quarter."
        : "Two staff vacancies for most of the quarter reduced the number of people we could see.";

    private static string Reflection(QmfTheme theme) => theme switch
    {
        QmfTheme.WellLed => "Our board reviewed the service twice this quarter and agreed a new supervision policy for front-line staff.",
        QmfTheme.Performance => "We met most targets; waiting times rose in August while two posts were vacant, and have fallen since.",
        QmfTheme.Safe => "All staff completed safeguarding refresher training; two concerns were raised and both were followed up within a day.",
        QmfTheme.Effective => "People's outcome scores improved between first and last contact for three in four people we supported.",
        _ => "Our people's panel met monthly and changed how we welcome people at their first visit.",
    };

    private static (Rag Rating, string? Reason, IReadOnlyList<ActionLine> Actions) Rating(int index, FinancialQuarter quarter, DateOnly submittedOn)
    {
        if (quarter.Key == new FinancialQuarter(2025, 4).Key && index % 7 == 3)
        {
            return (Rag.Red, "Two of the three measures were well below target and the complaints we received this quarter were not answered in time.",
            [
                new ActionLine("Send a recovery plan for the measures below target", "Service manager", submittedOn.AddDays(35), true),
                new ActionLine("Answer the outstanding complaints and share the learning", "Registered manager", submittedOn.AddDays(28), true),
            ]);
        }

        if (quarter.Key == new FinancialQuarter(2026, 1).Key && index % 5 == 2 || quarter.Key == new FinancialQuarter(2026, 2).Key && index % 4 == 2)
        {
            return (Rag.Amber, "Waiting times rose above the target while two posts were vacant.",
                [new ActionLine("Fill the two vacant posts and report the waiting times monthly until they are back under target", "Service manager", new DateOnly(2027, 1, 15), false)]);
        }

        return (Rag.Green, null, []);
    }

    private static bool IsRegulated(string title) =>
        title.Contains("Home care", StringComparison.Ordinal) || title.Contains("Residential and nursing", StringComparison.Ordinal);

    /// <summary>Three measures, one per OBA question, that fit the service its title names.</summary>
    public static IEnumerable<(OutcomeQuestion, string, string, decimal, MeasureDirection, MeasureAggregation)> MeasuresFor(Contract contract)
    {
        const MeasureDirection Higher = MeasureDirection.HigherIsBetter;
        const MeasureDirection Lower = MeasureDirection.LowerIsBetter;
        const MeasureAggregation Total = MeasureAggregation.Total;
        const MeasureAggregation Average = MeasureAggregation.Average;
        var t = contract.Title;
        var people = Math.Max(20m, Math.Round(contract.AnnualValue / 4m / 1_500m / 5m, 0) * 5m);
        (OutcomeQuestion, string, string, decimal, MeasureDirection, MeasureAggregation)[] three = t switch
        {
            _ when t.Contains("Home care", StringComparison.Ordinal) =>
            [
                (OutcomeQuestion.HowMuch, "Hours of home care delivered", "hours", 310_000m, Higher, Total),
                (OutcomeQuestion.HowWell, "Visits that started within 15 minutes of the planned time", "%", 95m, Higher, Average),
                (OutcomeQuestion.Impact, "People who say the care helps them stay living at home", "%", 85m, Higher, Average),
            ],
            _ when t.Contains("Residential and nursing", StringComparison.Ordinal) =>
            [
                (OutcomeQuestion.HowMuch, "Residents supported", "people", 1_150m, Higher, Average),
                (OutcomeQuestion.HowWell, "Residents whose care plan was reviewed in the quarter", "%", 95m, Higher, Average),
                (OutcomeQuestion.Impact, "Residents and families satisfied with the care", "%", 90m, Higher, Average),
            ],
            _ when t.Contains("advocacy", StringComparison.OrdinalIgnoreCase) =>
            [
                (OutcomeQuestion.HowMuch, "People given independent advocacy", "people", people, Higher, Total),
                (OutcomeQuestion.HowWell, "Days from referral to first contact", "days", 5m, Lower, Average),
                (OutcomeQuestion.Impact, "People who felt their views were heard in decisions about them", "%", 85m, Higher, Average),
            ],
            _ when t.Contains("carers", StringComparison.OrdinalIgnoreCase) =>
            [
                (OutcomeQuestion.HowMuch, "Carers supported", "carers", people, Higher, Total),
                (OutcomeQuestion.HowWell, "Carers' assessments completed within 28 days", "%", 90m, Higher, Average),
                (OutcomeQuestion.Impact, "Carers who feel better able to carry on caring", "%", 80m, Higher, Average),
            ],
            _ when t.Contains("Youth work", StringComparison.Ordinal) =>
            [
                (OutcomeQuestion.HowMuch, "Young people taking part in sessions", "young people", people, Higher, Total),
                (OutcomeQuestion.HowWell, "Sessions delivered as planned", "%", 95m, Higher, Average),
                (OutcomeQuestion.Impact, "Young people reporting more confidence", "%", 75m, Higher, Average),
            ],
            _ when t.Contains("drug and alcohol", StringComparison.Ordinal) =>
            [
                (OutcomeQuestion.HowMuch, "People in treatment", "people", 4_500m, Higher, Average),
                (OutcomeQuestion.HowWell, "Days waited from referral to starting treatment", "days", 21m, Lower, Average),
                (OutcomeQuestion.Impact, "People completing treatment free of dependence", "%", 35m, Higher, Average),
            ],
            _ when t.Contains("Appropriate Adult", StringComparison.Ordinal) =>
            [
                (OutcomeQuestion.HowMuch, "Appropriate adult call-outs attended", "call-outs", 600m, Higher, Total),
                (OutcomeQuestion.HowWell, "Call-outs attended within two hours", "%", 90m, Higher, Average),
                (OutcomeQuestion.Impact, "Young people and vulnerable adults supported through the whole of their detention", "%", 98m, Higher, Average),
            ],
            _ when t.Contains("Short breaks", StringComparison.Ordinal) =>
            [
                (OutcomeQuestion.HowMuch, "Children and young people given a short break", "children", people, Higher, Total),
                (OutcomeQuestion.HowWell, "Breaks that went ahead as booked", "%", 95m, Higher, Average),
                (OutcomeQuestion.Impact, "Families who say the break helped them carry on caring", "%", 85m, Higher, Average),
            ],
            _ when t.Contains("Neighbourhood", StringComparison.Ordinal) =>
            [
                (OutcomeQuestion.HowMuch, "Older people taking part", "people", people, Higher, Total),
                (OutcomeQuestion.HowWell, "Activities run as planned", "%", 95m, Higher, Average),
                (OutcomeQuestion.Impact, "Members who feel less lonely", "%", 75m, Higher, Average),
            ],
            _ when t.Contains("mental health", StringComparison.OrdinalIgnoreCase) || t.Contains("Live Well", StringComparison.Ordinal) =>
            [
                (OutcomeQuestion.HowMuch, "People supported", "people", people, Higher, Total),
                (OutcomeQuestion.HowWell, "Days from referral to first appointment", "days", 10m, Lower, Average),
                (OutcomeQuestion.Impact, "People whose wellbeing score improved", "%", 70m, Higher, Average),
            ],
            _ =>
            [
                (OutcomeQuestion.HowMuch, "People supported", "people", people, Higher, Total),
                (OutcomeQuestion.HowWell, "Referrals seen within the target time", "%", 90m, Higher, Average),
                (OutcomeQuestion.Impact, "People who say they are better off for the support", "%", 80m, Higher, Average),
            ],
        };
        return three;
    }
}
