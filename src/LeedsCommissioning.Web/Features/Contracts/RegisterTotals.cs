namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>Figures for the whole filtered set (not just the page), computed in SQL.</summary>
public sealed record RegisterTotals(int Count, decimal AnnualValue, decimal WholeLifeValue, decimal SmallLocalAmount, int ThirdSectorLed)
{
    /// <summary>Keep it Local (domain.md section 6): share of annual value reaching small, Leeds-based providers.</summary>
    public decimal SmallLocalPercent => AnnualValue == 0 ? 0m : decimal.Round(SmallLocalAmount / AnnualValue * 100m, 1);
}
