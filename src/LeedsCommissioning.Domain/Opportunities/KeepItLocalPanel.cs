namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>The figures the Keep it Local panel shows while editing and on approval.</summary>
public sealed record KeepItLocalPanel(
    decimal MaximumLotAnnualValue,
    decimal Cap,
    IReadOnlyList<LotLocalFigure> Lots,
    bool PaymentByResults,
    bool ConsortiaAllowed,
    bool SingleLot,
    string? SingleLotReason)
{
    public bool OverCap => MaximumLotAnnualValue > Cap;

    public IReadOnlyList<string> Warnings()
    {
        var warnings = new List<string>();
        if (OverCap)
        {
            warnings.Add($"The largest lot is {MaximumLotAnnualValue:C0} a year, over the Keep it Local maximum of {Cap:C0} a year. Consider dividing it into smaller lots.");
        }

        foreach (var lot in Lots.Where(l => l.LocalBidders == 0))
        {
            warnings.Add(lot.Reason is null
                ? $"No registered local provider could bid for lot {lot.Number} ({lot.Title}) at this size. Record why before approval, or split the lot."
                : $"No registered local provider could bid for lot {lot.Number} ({lot.Title}) at this size. Reason recorded: {lot.Reason}");
        }

        if (PaymentByResults)
        {
            warnings.Add("Payment by results is proposed. The Keep it Local guide discourages it for small providers: consider a block or blended payment.");
        }

        if (!ConsortiaAllowed)
        {
            warnings.Add("Consortia are not allowed. Allowing them lets small local organisations bid together.");
        }

        return warnings;
    }
}
