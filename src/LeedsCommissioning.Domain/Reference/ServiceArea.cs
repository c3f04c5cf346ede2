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
