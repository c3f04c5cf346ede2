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
    public IActionResult Status()
    {
        // Read from the route, not bound as a parameter: a re-executed POST keeps its body, and when that body
        // cannot be read (a multipart body over the form limit) MVC binds no parameter at all, so the code would
        // be 0 and this page would crash with a 500.
        var code = int.Parse((string)RouteData.Values["code"]!, System.Globalization.CultureInfo.InvariantCulture);
        Response.StatusCode = code;
        return code switch
        {
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status403Forbidden => View("../Account/AccessDenied"),
            StatusCodes.Status429TooManyRequests => View("TooManyRequests"),
            >= 500 => View("ServerError"),
            _ => View("BadRequest"),
        };
    }
}
