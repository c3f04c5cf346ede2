using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LeedsCommissioning.Web.Features.Pages;

/// <summary>The footer's pages: accessibility statement, privacy notice, cookies.</summary>
[AllowAnonymous]
public sealed class PagesController : Controller
{
    [HttpGet("/accessibility")]
    public IActionResult Accessibility() => View();

    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();

    [HttpGet("/cookies")]
    public IActionResult Cookies() => View();
}
