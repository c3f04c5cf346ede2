using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Reference;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Opportunities;

public static class OpportunityLists
{
    public static IEnumerable<SelectListItem> Items(IEnumerable<ServiceArea> values, string? selected, string anyText) =>
        values.Select(v => new SelectListItem(v.ToDisplayName(), v.ToString(), v.ToString() == selected)).Prepend(new SelectListItem(anyText, "", string.IsNullOrEmpty(selected)));
}
