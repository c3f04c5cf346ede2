namespace LeedsCommissioning.Domain.Organisations;

/// <summary>
/// A body that commissions: an LCC directorate or the NHS commissioner (domain.md sections 1 and 9:
/// NHS Leeds CCG became the West Yorkshire ICB's Leeds place on 1 July 2022).
/// </summary>
public sealed class CommissioningOrganisation
{
    private CommissioningOrganisation() { }

    public CommissioningOrganisation(string code, string name, CommissioningOrganisationKind kind)
    {
        Code = code;
        Name = name;
        Kind = kind;
    }

    public int Id { get; private set; }

    /// <summary>A short stable code such as "LCC-AH" used by imports and seed data.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public CommissioningOrganisationKind Kind { get; private set; }
}
