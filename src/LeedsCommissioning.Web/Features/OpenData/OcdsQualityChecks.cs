using System.Text.RegularExpressions;

namespace LeedsCommissioning.Web.Features.OpenData;

/// <summary>
/// The checks a release must pass, beyond the schema, before it is published (issue 15, "Exports and open data"):
/// a well-formed <c>ocid</c>, dates in order (amendments and milestones included), no contract worth more than its award,
/// every buyer and supplier named in <c>parties</c>, and every milestone due on a date and, once met, dated. A release with any problem is left out of /ocds/releases and /ocds/records and listed,
/// with its problems, on /admin/open-data.
/// </summary>
public static partial class OcdsQualityChecks
{
    /// <summary>An OCDS prefix: "ocds-" and six letters or digits, as the Open Contracting Partnership registers them.</summary>
    public static bool IsWellFormedPrefix(string? prefix) => prefix is not null && PrefixPattern().IsMatch(prefix);

    /// <summary>Every problem of <paramref name="release"/>, in words an administrator can act on; empty when it may be published.</summary>
    public static IReadOnlyList<string> Problems(OcdsRelease release, string prefix)
    {
        var problems = new List<string>();
        if (!IsWellFormedPrefix(prefix) || !release.Ocid.StartsWith(prefix + "-", StringComparison.Ordinal)
            || !OcidTailPattern().IsMatch(release.Ocid[(prefix.Length + 1)..]))
        {
            problems.Add($"The ocid \"{release.Ocid}\" is not the prefix \"{prefix}\" followed by \"-opportunity-\" or \"-contract-\" and a number");
        }

        var partyIds = release.Parties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        if (!partyIds.Contains(release.Buyer.Id))
        {
            problems.Add($"The buyer {release.Buyer.Name} is not in the parties");
        }

        if (release.Tender is { } tender)
        {
            if (!partyIds.Contains(tender.ProcuringEntity.Id))
            {
                problems.Add($"The procuring entity {tender.ProcuringEntity.Name} is not in the parties");
            }

            if (tender.TenderPeriod is { StartDate: { } opens, EndDate: { } closes } && opens > closes)
            {
                problems.Add("The tender period ends before it starts");
            }

            if (tender.EnquiryPeriod?.EndDate is { } questionsClose && tender.TenderPeriod?.EndDate is { } bidsClose && questionsClose > bidsClose)
            {
                problems.Add("The clarification deadline is after the bid deadline");
            }

            if (tender.ContractPeriod is { StartDate: { } from, EndDate: { } to } && from > to)
            {
                problems.Add("The tender's contract period ends before it starts");
            }
        }

        foreach (var award in release.Awards ?? [])
        {
            foreach (var supplier in award.Suppliers.Where(s => !partyIds.Contains(s.Id)))
            {
                problems.Add($"The supplier {supplier.Name} of award {award.Id} is not in the parties");
            }

            if (release.Tender?.TenderPeriod?.EndDate is { } bidsClose && award.Date < bidsClose)
            {
                problems.Add($"The award {award.Id} is dated before the bid deadline");
            }
        }

        foreach (var contract in release.Contracts ?? [])
        {
            var award = release.Awards?.FirstOrDefault(a => a.Id == contract.AwardID);
            if (award is null)
            {
                problems.Add($"The contract {contract.Id} refers to award {contract.AwardID}, which is not in the release");
            }
            else
            {
                // A variation that stands may raise the contract's value above what was awarded; its amendment says so.
                if (contract.Value.Amount > award.Value.Amount && contract.Amendments is not { Count: > 0 })
                {
                    problems.Add($"The contract {contract.Id} is worth {Domain.Common.Money.Text(contract.Value.Amount)}, more than its award's {Domain.Common.Money.Text(award.Value.Amount)}");
                }

                if (contract.Period.StartDate is { } starts && award.Date is { } awarded && starts < awarded)
                {
                    problems.Add($"The contract {contract.Id} starts before its award is dated");
                }
            }

            if (contract.Period is { StartDate: { } from, EndDate: { } to } && from > to)
            {
                problems.Add($"The contract {contract.Id} ends before it starts");
            }

            DuringTheContract(contract, problems);
        }

        return problems;
    }

    /// <summary>
    /// The contract's amendments and implementation milestones: each dated within the contract (an amendment or a milestone
    /// due before the contract starts is a slip in the record it comes from), every milestone with a due date, a met
    /// milestone with the date it was met, and no two amendments or milestones with the same id (a record merges them by id).
    /// </summary>
    private static void DuringTheContract(OcdsContract contract, List<string> problems)
    {
        var starts = contract.Period.StartDate;
        foreach (var amendment in contract.Amendments ?? [])
        {
            if (amendment.Date < starts)
            {
                problems.Add($"The amendment {amendment.Id} of contract {contract.Id} takes effect before the contract starts");
            }
        }

        var milestones = contract.Implementation?.Milestones ?? [];
        foreach (var milestone in milestones)
        {
            if (milestone.DueDate is not { } due)
            {
                problems.Add($"The milestone {milestone.Id} of contract {contract.Id} has no due date");
            }
            else if (due < starts)
            {
                problems.Add($"The milestone {milestone.Id} of contract {contract.Id} is due before the contract starts");
            }

            if (milestone.Status == "met" && milestone.DateMet is null)
            {
                problems.Add($"The milestone {milestone.Id} of contract {contract.Id} is met but has no date it was met");
            }
        }

        foreach (var id in (contract.Amendments ?? []).Select(a => a.Id).Concat(milestones.Select(m => m.Id))
            .GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"The contract {contract.Id} has more than one amendment or milestone with the id {id}");
        }
    }

    [GeneratedRegex("^ocds-[a-z0-9]{6}$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex("^(opportunity|contract)-[1-9][0-9]*$")]
    private static partial Regex OcidTailPattern();
}
