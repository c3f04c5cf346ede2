namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>The pages of a contract, each at its own address under /contracts/{id}.</summary>
public enum ContractSection
{
    Overview,
    Funding,
    Term,
    Providers,
    Documents,
    History,
    Monitoring,

    /// <summary>Key performance indicators, ratings, breaches and changes with their notices (issue 15).</summary>
    Performance,
}
