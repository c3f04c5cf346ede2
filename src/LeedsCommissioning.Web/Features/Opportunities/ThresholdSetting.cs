using LeedsCommissioning.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Opportunities;

public sealed class ThresholdSetting
{
    public ThresholdKind Kind { get; set; }

    public string From { get; set; } = "";

    public decimal Amount { get; set; }

    public string Source { get; set; } = "";
}
