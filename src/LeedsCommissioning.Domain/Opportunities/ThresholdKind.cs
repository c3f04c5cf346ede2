namespace LeedsCommissioning.Domain.Opportunities;

/// <summary>Which public procurement threshold a route is measured against.</summary>
public enum ThresholdKind
{
    /// <summary>Goods and services bought by a sub-central authority (a council, an ICB).</summary>
    Standard = 0,

    /// <summary>The light-touch regime for social, health and other listed services.</summary>
    LightTouch = 1,

    /// <summary>
    /// Goods and services bought by central government authorities. NHS (ICB) opportunities are measured
    /// against it: published guidance lists NHS Trusts and Foundation Trusts under this figure, and it is the
    /// lower one, so an NHS procurement is never under-advertised (domain.md section 9; docs/domain.md).
    /// </summary>
    Central = 2,

    /// <summary>Works contracts (all authorities). Configured so the dated table is complete; no opportunity route is works.</summary>
    Works = 3,
}
