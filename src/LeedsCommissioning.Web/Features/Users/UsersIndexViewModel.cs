using Microsoft.AspNetCore.Mvc.Rendering;

namespace LeedsCommissioning.Web.Features.Users;

public sealed class UsersIndexViewModel
{
    public string? Search { get; set; }

    public string? Role { get; set; }

    public int Page { get; set; } = 1;

    public int TotalCount { get; set; }

    public int PageSize { get; set; } = 25;

    public IReadOnlyList<UserRow> Rows { get; set; } = [];

    public IEnumerable<SelectListItem> RoleOptions => UserForm.RoleItems(Role, includeAny: true);

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
}
