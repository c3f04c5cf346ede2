using LeedsCommissioning.Domain.Security;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Users;

internal static class UserForm
{
    public static IEnumerable<SelectListItem> RoleItems(string? selected, bool includeAny)
    {
        if (includeAny)
        {
            yield return new SelectListItem("All roles", "", string.IsNullOrEmpty(selected));
        }

        foreach (var role in Roles.All)
        {
            yield return new SelectListItem(Roles.Describe(role), role, role == selected);
        }
    }
}
