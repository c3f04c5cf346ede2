using System.Text.RegularExpressions;
using LeedsCommissioning.Domain.Renewals;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Tests.Pipeline;

/// <summary>
/// The seeded forward plan read against the market position statement itself (domain.md section 8a; the source,
/// sources/market-position-statement-2019-22.txt, is copied beside this file): every word the demo shows of an intention
/// is the source's own, and each intention sits in the band the source puts it in.
/// </summary>
public sealed partial class The_forward_plan_follows_the_market_position_statement(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string Source = Normalise(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pipeline", "Sources", "market-position-statement-2019-22.txt")));

    [Fact]
    public async Task every_seeded_intention_is_in_the_statements_own_words_and_in_its_band()
    {
        var intentions = await factory.WithDbAsync(db => db.ForwardPlanIntentions.AsNoTracking().ToListAsync());

        Assert.Contains(intentions, i => i.Band == ForwardPlanBand.ShortTerm);
        Assert.Contains(intentions, i => i.Band == ForwardPlanBand.LongerTerm);
        Assert.All(intentions, intention =>
        {
            foreach (var text in new[] { intention.Service, intention.Description, intention.TenderTiming, intention.StartDate, intention.TermShape, intention.Route, intention.SupportNote })
            {
                if (text is not null)
                {
                    Assert.True(Source.Contains(Normalise(text), StringComparison.Ordinal), $"\"{text}\" ({intention.Service}) is not in the market position statement");
                }
            }

            var at = Source.IndexOf(Normalise(intention.Description), StringComparison.Ordinal);
            var shortTerm = Source.LastIndexOf(Normalise(ForwardPlanBand.ShortTerm.ToDisplayName()), at, StringComparison.Ordinal);
            var longerTerm = Source.LastIndexOf(Normalise(ForwardPlanBand.LongerTerm.ToDisplayName()), at, StringComparison.Ordinal);
            Assert.Equal(intention.Band, longerTerm > shortTerm ? ForwardPlanBand.LongerTerm : ForwardPlanBand.ShortTerm);
        });
    }

    /// <summary>The text as words: line breaks and runs of spaces are one space, and typographic quotes and dashes are plain.</summary>
    private static string Normalise(string text) =>
        Spaces().Replace(text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2013', '-'), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
