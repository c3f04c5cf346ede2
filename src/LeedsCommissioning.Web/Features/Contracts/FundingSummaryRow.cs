using LeedsCommissioning.Domain.Contracts;

namespace LeedsCommissioning.Web.Features.Contracts;

public sealed record FundingSummaryRow(string Funder, FundingStream Stream, decimal AnnualAmount);
