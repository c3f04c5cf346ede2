using LeedsCommissioning.Web.Infrastructure;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddLeedsCommissioning();
    var app = builder.Build();

    if (CommandLine.IsMigrateCommand(args))
    {
        return await CommandLine.MigrateAsync(app, args);
    }

    await app.InitialiseDatabaseAsync();
    app.UseLeedsCommissioning();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Leeds Commissioning stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
