namespace LeedsCommissioning.Web.Features.Contracts;

/// <summary>One choice of a register filter's drop-down, as kept between requests (never a SelectListItem, which a view may change).</summary>
public sealed record RegisterChoice(string Value, string Text);

/// <summary>The register's organisation and funder choices (<see cref="RegisterFigures"/>).</summary>
public sealed record RegisterChoices(IReadOnlyList<RegisterChoice> Organisations, IReadOnlyList<RegisterChoice> Funders);
