namespace LeedsCommissioning.Domain.Reference;

/// <summary>
/// The service areas of the Market Position Statement (domain.md section 8; issue 4 lists them).
/// An enum, not a reference table: the list follows the MPS's chapters and changes only when the
/// commissioning structure does, the register's filters, exports and CSV import need a fixed
/// vocabulary, and no admin screen to maintain it is asked for. It is stored as text, so adding a
/// value is a code change with no data migration.
/// </summary>
public enum ServiceArea
{
    MentalHealth = 0,
    OlderPeople = 1,
    Carers = 2,
    LearningDisability = 3,
    PhysicalDisability = 4,
    ChildrenAndYoungPeople = 5,
    SubstanceMisuse = 6,
    PublicHealth = 7,
    HomelessnessAndHousingSupport = 8,
    DomesticViolence = 9,
    CommunityAndThirdSectorInfrastructure = 10,
    SexualHealth = 11,
    YouthWork = 12,
}

public static class ServiceAreaNames
{
    public static string ToDisplayName(this ServiceArea area) => area switch
    {
        ServiceArea.MentalHealth => "Mental health",
        ServiceArea.OlderPeople => "Older people",
        ServiceArea.Carers => "Carers",
        ServiceArea.LearningDisability => "Learning disability",
        ServiceArea.PhysicalDisability => "Physical disability",
        ServiceArea.ChildrenAndYoungPeople => "Children and young people",
        ServiceArea.SubstanceMisuse => "Substance misuse",
        ServiceArea.PublicHealth => "Public health",
        ServiceArea.HomelessnessAndHousingSupport => "Homelessness and housing support",
        ServiceArea.DomesticViolence => "Domestic violence",
        ServiceArea.CommunityAndThirdSectorInfrastructure => "Community and third sector infrastructure",
        ServiceArea.SexualHealth => "Sexual health",
        ServiceArea.YouthWork => "Youth work",
        _ => area.ToString(),
    };
}
