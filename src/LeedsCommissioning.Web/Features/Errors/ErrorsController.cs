using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LeedsCommissioning.Web.Features.Errors;

/// <summary>
/// GOV.UK-style error pages, reached by re-execution (the URL the person asked for stays). Re-execution
/// keeps the failed request's method, so a POST refused for its anti-forgery token arrives here as a POST
/// without a token: these pages change nothing, so they do not ask for one.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error")]
    public IActionResult Error()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError");
    }

    [Route("/error/{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return code switch
        {
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status403Forbidden => View("../Account/AccessDenied"),
            >= 500 => View("ServerError"),
            _ => View("BadRequest"),
        };
    }
}
