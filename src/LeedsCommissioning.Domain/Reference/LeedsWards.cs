namespace LeedsCommissioning.Domain.Reference;

/// <summary>
/// The 33 wards since the 2018 boundary review and the locality each sits in. Localities follow the
/// council's former area committees (East North East, South South East, West North West), named as the
/// project card names them; Burmantofts and Richmond Hill sits with the other inner-east wards.
/// </summary>
public static class LeedsWards
{
    public static IReadOnlyList<(string Name, Locality Locality)> All { get; } =
    [
        ("Adel & Wharfedale", Locality.WestNorthWest),
        ("Alwoodley", Locality.NorthEast),
        ("Ardsley & Robin Hood", Locality.SouthEast),
        ("Armley", Locality.WestNorthWest),
        ("Beeston & Holbeck", Locality.SouthEast),
        ("Bramley & Stanningley", Locality.WestNorthWest),
        ("Burmantofts & Richmond Hill", Locality.NorthEast),
        ("Calverley & Farsley", Locality.WestNorthWest),
        ("Chapel Allerton", Locality.NorthEast),
        ("Cross Gates & Whinmoor", Locality.NorthEast),
        ("Farnley & Wortley", Locality.WestNorthWest),
        ("Garforth & Swillington", Locality.SouthEast),
        ("Gipton & Harehills", Locality.NorthEast),
        ("Guiseley & Rawdon", Locality.WestNorthWest),
        ("Harewood", Locality.NorthEast),
        ("Headingley & Hyde Park", Locality.WestNorthWest),
        ("Horsforth", Locality.WestNorthWest),
        ("Hunslet & Riverside", Locality.SouthEast),
        ("Killingbeck & Seacroft", Locality.NorthEast),
        ("Kippax & Methley", Locality.SouthEast),
        ("Kirkstall", Locality.WestNorthWest),
        ("Little London & Woodhouse", Locality.WestNorthWest),
        ("Middleton Park", Locality.SouthEast),
        ("Moortown", Locality.NorthEast),
        ("Morley North", Locality.SouthEast),
        ("Morley South", Locality.SouthEast),
        ("Otley & Yeadon", Locality.WestNorthWest),
        ("Pudsey", Locality.WestNorthWest),
        ("Rothwell", Locality.SouthEast),
        ("Roundhay", Locality.NorthEast),
        ("Temple Newsam", Locality.SouthEast),
        ("Weetwood", Locality.WestNorthWest),
        ("Wetherby", Locality.NorthEast),
    ];
}
