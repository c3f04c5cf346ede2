namespace LeedsCommissioning.Domain.Contracts;

public enum DocumentKind
{
    Specification = 0,
    Contract = 1,
    VariationLetter = 2,
    Other = 3,
}
