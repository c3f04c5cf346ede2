using LeedsCommissioning.Domain.Providers;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// The NCVO income bands as configuration (section "Organisations:SizeBands" of appsettings.json; domain.md
/// section 2): every screen, filter and Keep it Local figure asks <see cref="SizeBands"/>, which reads them.
/// </summary>
public static class OrganisationSizes
{
    public const string Section = "Organisations:SizeBands";

    /// <summary>Reads the bands at start-up; a section that is missing leaves NCVO's figures in force.</summary>
    public static void UseConfiguredSizeBands(this IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        if (section.Exists())
        {
            var ncvo = SizeBandThresholds.Ncvo;
            SizeBands.Configure(new SizeBandThresholds(
                section.GetValue("SmallFrom", ncvo.SmallFrom),
                section.GetValue("MediumFrom", ncvo.MediumFrom),
                section.GetValue("LargeFrom", ncvo.LargeFrom),
                section.GetValue("MajorFrom", ncvo.MajorFrom)));
        }
    }
}
