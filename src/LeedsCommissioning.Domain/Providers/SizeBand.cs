namespace LeedsCommissioning.Domain.Providers;

/// <summary>
/// Size of a voluntary organisation by annual income, using the NCVO UK Civil Society Almanac bands
/// (micro, small, medium, large; NCVO's "major" and "super-major" are folded into large here).
/// The sources do not set bands: Keep it Local (domain.md sections 3 and 6) asks how many small local
/// organisations could bid, so the portal needs one consistent measure of "small".
/// </summary>
public enum SizeBand
{
    Micro = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
}
