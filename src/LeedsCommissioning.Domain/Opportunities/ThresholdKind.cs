namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>Which public procurement threshold a route is measured against.</summary>
public enum ThresholdKind
{
    /// <summary>Goods and services bought by a sub-central authority (a council, an ICB).</summary>
    Standard = 0,

    /// <summary>The light-touch regime for social, health and other listed services.</summary>
    LightTouch = 1,
}
