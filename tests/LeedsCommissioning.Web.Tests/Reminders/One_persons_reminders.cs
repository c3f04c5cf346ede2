using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Reminders;

/// <summary>
/// A commissioner's home page asks each reminder source for that one person's reminders (issue 12: an indexed read of
/// their contracts, not everyone's reminders filtered afterwards). Whatever is read, the answer must be what the
/// reminders job raises for everyone, filtered to that person: same rule, so the home page and the reminders never disagree.
/// </summary>
public sealed class One_persons_reminders
{
    [Fact]
    public async Task every_source_gives_one_person_exactly_the_reminders_it_gives_everyone_for_that_person_on_any_day()
    {
        using var factory = new PortalFactory();
        var first = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var second = await TestUsers.CreateAsync(factory, Roles.CcgCommissioner);
        var third = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var nobody = await TestUsers.CreateAsync(factory, Roles.CouncilCommissioner);
        var commissioners = new[] { first, second, third };
        // The demo's running contracts shared among three more commissioners (every fourth left to the demo's own); on
        // two of the first's without a plan, an undecided plan owned by the second (the owner is reminded, not the
        // commissioner); on one of the third's, a plan whose owner has no account (the commissioner is reminded).
        var shared = await factory.WithDbAsync(async db =>
        {
            var running = await db.Contracts.Where(c => c.Status == ContractStatus.Live || c.Status == ContractStatus.InExtension || c.Status == ContractStatus.Ending)
                .OrderBy(c => c.Id).ToListAsync();
            var planned = await db.RenewalPlans.Select(p => p.ContractId).ToListAsync();
            var given = new List<(int ContractId, string UserId)>();
            for (var i = 0; i < running.Count; i++)
            {
                if (i % 4 != 3)
                {
                    var to = commissioners[i % 4];
                    running[i].AssignCommissioner(to.Id, to.DisplayName);
                    given.Add((running[i].Id, to.Id));
                }
            }

            await db.SaveChangesAsync();
            var today = DateOnly.FromDateTime(PortalFactory.Now.UtcDateTime);
            foreach (var id in given.Where(g => g.UserId == first.Id && !planned.Contains(g.ContractId)).Select(g => g.ContractId).Take(2))
            {
                db.RenewalPlans.Add(new RenewalPlan(id, new RenewalDecision(RenewalIntention.Undecided, null, second.Id, second.DisplayName, null, null, null),
                    today, PortalFactory.Now.UtcDateTime));
            }

            foreach (var id in given.Where(g => g.UserId == third.Id && !planned.Contains(g.ContractId)).Select(g => g.ContractId).Take(1))
            {
                db.RenewalPlans.Add(new RenewalPlan(id, new RenewalDecision(RenewalIntention.Undecided, null, null, "Someone Without An Account", null, null, null),
                    today, PortalFactory.Now.UtcDateTime));
            }

            await db.SaveChangesAsync();
            return given.Count;
        });
        Assert.True(shared >= 9, $"Only {shared} running demo contracts shared");

        using var scope = factory.CreateScope();
        var sources = scope.ServiceProvider.GetServices<IReminderSource>().ToList();
        Assert.Equal(Enum.GetValues<ReminderKind>().Length, sources.Select(s => s.Kind).Distinct().Count());
        var start = DateOnly.FromDateTime(PortalFactory.Now.UtcDateTime);
        var reminded = new HashSet<(ReminderKind, string)>();
        // Every three weeks for a year: no reminder window (four weeks) falls between two of them.
        foreach (var today in Enumerable.Range(0, 18).Select(n => start.AddDays(n * 21)))
        {
            foreach (var source in sources)
            {
                var everyone = await source.DueAsync(today, null, CancellationToken.None);
                Assert.All(everyone, r => Assert.Equal(source.Kind, r.Kind));
                var people = everyone.Select(r => r.UserId).Concat(commissioners.Select(c => c.Id)).Append(nobody.Id).Distinct();
                foreach (var person in people)
                {
                    var theirs = await source.DueAsync(today, person, CancellationToken.None);

                    Assert.Equal(
                        everyone.Where(r => r.UserId == person).OrderBy(r => r.Key, StringComparer.Ordinal).ToList(),
                        theirs.OrderBy(r => r.Key, StringComparer.Ordinal).ToList());
                }

                reminded.UnionWith(everyone.Select(r => (r.Kind, r.UserId)));
            }
        }

        // The comparison means something: each contract kind was due to several people, the new commissioners among them.
        foreach (var kind in new[] { ReminderKind.ExtensionDecisionDue, ReminderKind.RenewalDecisionDue, ReminderKind.CompactNoticeDeadline })
        {
            Assert.True(reminded.Count(r => r.Item1 == kind) >= 2, $"{kind} was due to fewer than two people");
        }

        Assert.All(commissioners, c => Assert.Contains(reminded, r => r.Item2 == c.Id));
        Assert.Contains((ReminderKind.RenewalDecisionDue, second.Id), reminded);
        Assert.DoesNotContain(reminded, r => r.Item2 == nobody.Id);
    }
}
