namespace LeedsCommissioning.Domain.Reference;

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
