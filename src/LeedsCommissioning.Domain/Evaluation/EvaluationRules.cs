namespace LeedsCommissioning.Domain.Evaluation;

/// <summary>How the price element is scored (issue 13: "Price score by a configurable formula").</summary>
public enum PriceFormula
{
    /// <summary>The lowest price divided by the bid's price, times the price weight (the default).</summary>
    LowestPriceRatio = 0,

    /// <summary>
    /// The price weight less the same share of it as the bid's price is above the lowest (a bid twice the lowest price
    /// scores nothing): price weight x (1 - (price - lowest) / lowest), never below 0. It spreads prices further apart
    /// than the ratio does; a council may choose it, declared before bids open like the weights.
    /// </summary>
    DifferenceFromLowest = 1,
}

/// <summary>
/// The evaluation figures the sources leave to configuration. Bound from the "EvaluationRules" configuration
/// section; <see cref="Default"/> holds the defaults (docs/domain.md, "Evaluation: moderation, scores and ranking").
/// </summary>
public sealed class EvaluationRules
{
    public PriceFormula PriceFormula { get; set; } = PriceFormula.LowestPriceRatio;

    /// <summary>
    /// A bid whose total price is more than this percentage below the mean of the lot's bids is flagged as abnormally
    /// low, for checking, never excluded. Not in the sources (issue 13: "configurable percentage below the mean"); 20 is
    /// a decision.
    /// </summary>
    public decimal AbnormallyLowPercentBelowMean { get; set; } = 20m;

    public static EvaluationRules Default => new();
}
