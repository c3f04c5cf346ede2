using LeedsCommissioning.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>
/// On SQLite, opens the request's database connection once, before the action, and closes it after the result (the
/// page, or a download streamed to the end), so the action's and the view's queries share it. Left to itself EF Core
/// opens and closes the connection around every query, and each open and close of a Microsoft.Data.Sqlite connection
/// takes the connection pool's one lock and registers or removes EF Core's SQL functions on the connection: on a home
/// page of a dozen queries under 50 users, threads spent more time waiting for that lock than running the queries
/// (docs/benchmarks.md, "Session 15"). Other providers keep EF Core's way: their pools do not serialise, and holding a
/// server connection through a page's rendering would cap how many requests one instance serves at its pool's size.
/// A connection held open runs no transaction of its own (each statement commits by itself), so it locks nothing. When
/// the database cannot be reached, the request goes on without it (Reliability/When_the_database_is_unreachable).
/// </summary>
public sealed class OneConnectionPerRequest(CommissioningDbContext db) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        if (!db.Database.IsSqlite())
        {
            await next();
            return;
        }

        try
        {
            await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (Features.Errors.ErrorsController.IsDatabaseUnavailable(e))
        {
            // The database cannot be reached: the page goes on as if this filter were not there, so its own first query
            // fails as it would have (the service unavailable page, "your changes have not been saved"), and the error
            // page, which reads nothing, still shows when it is re-executed through MVC.
            await next();
            return;
        }

        try
        {
            await next();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
