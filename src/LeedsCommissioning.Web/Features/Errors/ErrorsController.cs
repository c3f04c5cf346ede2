using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
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
        // The database could not be reached (a dropped connection, a timeout, a server restarting): 503 and the
        // service unavailable page, which says that what was being saved was not saved (the save is one transaction).
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error && IsDatabaseUnavailable(error))
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "60";
            return View("ServiceUnavailable", HttpMethods.IsPost(Request.Method));
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError");
    }

    /// <summary>True when the failure, or one it wraps, is the database connection's rather than the portal's own.</summary>
    public static bool IsDatabaseUnavailable(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException or TimeoutException or Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException)
            {
                return true;
            }
        }

        return false;
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
