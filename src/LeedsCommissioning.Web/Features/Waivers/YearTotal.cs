namespace LeedsCommissioning.Web.Features.Waivers;

public sealed record YearTotal(int Year, int Count, decimal Value);
