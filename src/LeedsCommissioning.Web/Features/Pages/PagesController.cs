using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LeedsCommissioning.Web.Features.Pages;

/// <summary>The footer's pages: contact, accessibility statement, privacy notice, cookies.</summary>
[AllowAnonymous]
public sealed class PagesController(IOptions<ContactOptions> contact) : Controller
{
    [HttpGet("/contact")]
    public IActionResult Contact() => View(contact.Value);

    [HttpGet("/accessibility")]
    public IActionResult Accessibility() => View(contact.Value);

    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();

    [HttpGet("/cookies")]
    public IActionResult Cookies() => View();
}
