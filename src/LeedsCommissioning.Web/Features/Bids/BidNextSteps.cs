using LeedsCommissioning.Domain.Common;
using LeedsCommissioning.Domain.Opportunities;

namespace LeedsCommissioning.Web.Features.Bids;

/// <summary>
/// What happens after a bid is sent, said once for the confirmation page and the receipt e-mail: when bids are
/// opened, how they are evaluated, how the provider is told, and how to change or withdraw before the deadline.
/// </summary>
public static class BidNextSteps
{
    public static IReadOnlyList<string> For(Opportunity opportunity) =>
    [
        $"Your bid is sealed: nobody at the council or NHS Leeds can open it before bids close at {UkTime.DateAndTime(opportunity.BidDeadlineUtc)} (UK time). All the bids are opened together after that.",
        "The evaluation panel then scores each bid on price, quality and social value"
            + (opportunity.EvaluationBy is { } by ? $", and plans to finish by {UkTime.Date(by)}." : "."),
        "We will tell you the outcome by e-mail"
            + (opportunity.AwardBy is { } award ? $". The contract is planned to be awarded by {UkTime.Date(award)}." : "."),
        $"Until {UkTime.DateAndTime(opportunity.BidDeadlineUtc)} you can change your bid (it is then sent again, with a new receipt reference) or withdraw it, from your bid's page.",
    ];
}
