using LeedsCommissioning.Baselines;
using LeedsCommissioning.Infrastructure.Data;

// The smallest app that serves the register's first page: no authentication, no logging per request, no
// middleware but routing. Configuration as the portal's: Database:Provider and ConnectionStrings:Default.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddControllersWithViews();
var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
var connectionString = builder.Configuration.GetConnectionString("Default");
if (!string.IsNullOrWhiteSpace(connectionString))
{
    // The app's model and provider set-up, without the portal's audit interceptor: nothing here writes.
    builder.Services.AddDbContext<CommissioningDbContext>(options => DatabaseSetup.Configure(options, provider, connectionString));
}

builder.Services.AddSingleton(new InMemoryRegister(builder.Configuration.GetValue("Baseline:Contracts", 100_000)));

var app = builder.Build();
app.MapGet("/health/ready", () => "Healthy");
app.MapControllers();
await app.RunAsync();
