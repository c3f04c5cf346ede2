using LeedsCommissioning.Domain.Awards;
using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Features.Award;

/// <summary>
/// The award e-mails to bidders, queued in the outbox for the caller's save: each organisation's users are told their
/// outcome letter is ready (the letter itself is read in the portal, where only their organisation can open it), and
/// again when the contract award notice is published, with the date the standstill ends. <paramref name="portal"/> is the portal's address. An e-mail names no other bidder and no price.
/// </summary>
public sealed class AwardEmails(CommissioningDbContext db, IEmailSender email)
{
    public async Task LettersIssuedAsync(IEnumerable<OutcomeLetter> letters, string opportunityTitle, int lotNumber, string lotTitle, string portal)
    {
        foreach (var letter in letters)
        {
            foreach (var person in await PeopleAsync(letter.ProviderId))
            {
                email.Queue(EmailKinds.AwardOutcome, person.Email, $"Outcome of your bid: {opportunityTitle}, lot {lotNumber}",
                    $"""
                    Dear {person.Name},

                    The evaluation of bids for "{opportunityTitle}", lot {lotNumber} ({lotTitle}), is complete and the award decision has been taken.

                    {(letter.IsSuccessful ? "Your bid was successful." : "Your bid was not successful.")}

                    Your outcome letter, with your score for each award criterion against the winning bid's and the reasons, is in the portal: {portal}/outcome-letters/{letter.Id}

                    Leeds Commissioning
                    """);
            }
        }
    }

    public async Task StandstillStartedAsync(LotAward award, string opportunityTitle, string portal)
    {
        var letters = await db.OutcomeLetters.AsNoTracking().Where(l => l.LotAwardId == award.Id).Select(l => new { l.Id, l.ProviderId }).ToListAsync();
        foreach (var letter in letters)
        {
            foreach (var person in await PeopleAsync(letter.ProviderId))
            {
                email.Queue(EmailKinds.Standstill, person.Email, $"Standstill period: {opportunityTitle}",
                    $"""
                    Dear {person.Name},

                    The contract award notice for "{opportunityTitle}" was published on {UkTime.Date(award.NoticePublishedOn)}. The standstill period ends on {UkTime.Date(award.StandstillEndsOn)}; no contract will be entered into before then.

                    Your outcome letter: {portal}/outcome-letters/{letter.Id}

                    Leeds Commissioning
                    """);
            }
        }
    }

    private async Task<List<(string Email, string Name)>> PeopleAsync(int providerId) =>
        (await db.Users.AsNoTracking().Where(u => u.ProviderId == providerId && u.Email != null).OrderBy(u => u.Email)
            .Select(u => new { u.Email, u.DisplayName }).ToListAsync())
        .Select(u => (u.Email!, u.DisplayName)).ToList();
}
