namespace LeedsCommissioning.Domain.Providers;

/// <summary>
/// Size of an organisation by annual income, using NCVO's income bands (domain.md section 2: "micro under
/// £10,000; small £10,000 to £100,000; medium £100,000 to £1m; large £1m to £10m; major over £10m").
/// The sources give no bands; the figures are configuration (<see cref="SizeBands.Configure"/>).
/// </summary>
public enum SizeBand
{
    Micro = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
    Major = 4,
}
