using System.Globalization;
using FluentValidation;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Scheduling;
using LeedsCommissioning.Infrastructure.Seeding;
using LeedsCommissioning.Web.Features.Award;
using LeedsCommissioning.Web.Features.Dashboard;
using LeedsCommissioning.Web.Features.Decommissioning;
using LeedsCommissioning.Web.Features.Monitoring;
using LeedsCommissioning.Web.Features.OpenData;
using LeedsCommissioning.Web.Features.Performance;
using LeedsCommissioning.Web.Features.Opportunities;
using LeedsCommissioning.Web.Features.Pipeline;
using LeedsCommissioning.Web.Features.Ranking;
using LeedsCommissioning.Web.Features.Reminders;
using LeedsCommissioning.Web.Features.Waivers;
using LeedsCommissioning.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using Serilog;

namespace LeedsCommissioning.Web.Infrastructure;

/// <summary>Service registration and the request pipeline, kept out of Program.cs so it reads in one screen.</summary>
internal static class WebApplicationSetup
{
    public static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    public static void AddLeedsCommissioning(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSerilog((sp, logger) =>
        {
            if (configuration.GetValue<bool>("Logs:Json"))
            {
                // One JSON object per line on stdout for a log collector (docs/operations.md, "Logs"): the configured
                // levels and enrichers still apply; the configured sinks (a text console) are replaced.
                var withoutSinks = new ConfigurationBuilder().AddInMemoryCollection(configuration.AsEnumerable()
                    .Where(kv => !kv.Key.StartsWith("Serilog:WriteTo", StringComparison.OrdinalIgnoreCase))).Build();
                logger.ReadFrom.Configuration(withoutSinks).WriteTo.Console(new Serilog.Formatting.Compact.RenderedCompactJsonFormatter());
            }
            else
            {
                logger.ReadFrom.Configuration(configuration);
            }

            logger.ReadFrom.Services(sp).Enrich.FromLogContext();
        });

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentUser, HttpCurrentUser>(); // reads the request's user through IHttpContextAccessor
        services.AddSingleton<Features.Contracts.RegisterFigures>(); // figures kept per version of the data (not per instance's own changes)
        services.AddSingleton<Features.Home.KeptHomeWork>(); // each person's home page work, kept per version of the data (HomeController)

        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddCommissioningDatabase(configuration, builder.Environment.ContentRootPath);

        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.Configure<Features.Contracts.DocumentOptions>(configuration.GetSection(Features.Contracts.DocumentOptions.Section));
        services.AddOptions<Features.Pages.ContactOptions>().Bind(configuration.GetSection(Features.Pages.ContactOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.AddScoped<IEmailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Transport.ToUpperInvariant() switch
        {
            "SMTP" => ActivatorUtilities.CreateInstance<SmtpEmailTransport>(sp),
            "NOTIFY" => ActivatorUtilities.CreateInstance<NotifyEmailTransport>(sp), // GOV.UK Notify (issue 14; docs/operations.md)
            _ => ActivatorUtilities.CreateInstance<PickupFolderEmailTransport>(sp),
        });
        if (configuration.GetValue("Email:DispatchInBackground", true))
        {
            services.AddSingleton<EmailOutboxDispatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<EmailOutboxDispatcher>());
        }

        // Work that must happen once across every instance (reminders and other jobs), claimed in the database.
        services.AddScheduledJobs(configuration);

        // No state in the web process: keys live in the database, so any instance reads any cookie.
        var dataProtection = services.AddDataProtection()
            .SetApplicationName("LeedsCommissioning")
            .PersistKeysToDbContext<CommissioningDbContext>();
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            // Encrypts the keys at rest in the database (docs/operations.md).
            dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader
                .LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]));
        }

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                // NCSC guidance: length over composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CommissioningDbContext>()
            .AddUserManager<ClockedUserManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ClockedAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>();
        services.AddSignInProtection(configuration);
        // A year, as the NCSC and hstspreload.org ask; subdomains are the council's to decide, so not included.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        var secureCookies = configuration.GetValue(SecurityOptions.Section + ":" + nameof(SecurityOptions.SecureCookies), true)
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "lc.2fa";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies;
        });
        services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = secureCookies);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "lc.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = secureCookies;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // A signed-in person refused a page gets 403 at that URL (the status code page says
            // "You cannot use this page"), not a redirect that hides which page was refused.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            // Identity checks the security stamp once per ValidationInterval, but its event builds a SignInManager
            // and a UserManager on every request to find out whether a check is due (a twentieth of a register
            // request's CPU, docs/benchmarks.md). The same test here first, so they are built only when one is.
            var checkSecurityStamp = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = context => SecurityStampCheckDue(context) ? checkSecurityStamp(context) : Task.CompletedTask;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "lc.af";
            options.Cookie.SecurePolicy = secureCookies;
            options.FormFieldName = "__RequestVerificationToken";
        });
        KeepRequestTokens(services);

        services.AddAuthorization(Policies.Register);

        services.AddRouting(options =>
        {
            options.LowercaseUrls = true;
            options.LowercaseQueryStrings = false;
        });
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<OneConnectionPerRequest>();
            })
            .AddRazorOptions(options =>
            {
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationExpanders.Add(new FeatureViewLocationExpander());
            });
        // Pages kept by the cache tag helper (RenderedHtml: each under a key naming what it depends on): bounded well
        // inside the process's memory target (docs/benchmarks.md), the oldest dropped first.
        services.Configure<Microsoft.AspNetCore.Mvc.TagHelpers.CacheTagHelperOptions>(o => o.SizeLimit = 32 * 1024 * 1024);
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        ValidatorOptions.Global.LanguageManager.Enabled = false;

        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(UkCulture);
            options.SupportedCultures = [UkCulture];
            options.SupportedUICultures = [UkCulture];
            options.RequestCultureProviders.Clear();
        });
        // Believed only from loopback and the proxies in Security:TrustedProxies (docs/operations.md, docs/security.md),
        // from the Security options AddSignInProtection binds.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((options, security) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            security.Value.TrustProxies(options);
        });

        services.AddHealthChecks().AddDbContextCheck<CommissioningDbContext>("database", tags: ["ready"]);
        services.AddScoped<Navigation>();
        configuration.UseConfiguredSizeBands();
        services.AddOpportunities(configuration);
        services.AddWaivers(configuration);
        services.AddRanking(configuration);
        services.AddAward(configuration);
        services.AddOpenData(configuration);
        services.AddReminders(configuration);
        services.AddPipeline(configuration);
        services.AddDecommissioning(configuration);
        services.AddMonitoring(configuration);
        services.AddDashboard(configuration);
        services.AddPerformance(configuration);
        // Renewals pipeline figures (issue 14; domain.md section 5): the Compact's months and each route's lead time.
        services.AddSingleton(configuration.GetSection(Domain.Renewals.RenewalRules.Section).Get<Domain.Renewals.RenewalRules>() ?? new Domain.Renewals.RenewalRules());
    }

    /// <summary>
    /// Puts <see cref="KeptRequestTokens"/> in front of the anti-forgery service AddAntiforgery registered (an internal
    /// class, so it is made from its registration), for every form the portal renders and every form it checks.
    /// </summary>
    private static void KeepRequestTokens(IServiceCollection services)
    {
        var registered = services.Last(s => s.ServiceType == typeof(IAntiforgery));
        var type = registered.ImplementationType
            ?? throw new InvalidOperationException("AddAntiforgery no longer registers its service by type: see KeptRequestTokens.");
        services.Remove(registered);
        services.AddSingleton<IAntiforgery>(provider => new KeptRequestTokens(
            (IAntiforgery)ActivatorUtilities.CreateInstance(provider, type),
            provider.GetRequiredService<IOptions<AntiforgeryOptions>>()));
    }

    /// <summary>
    /// Identity's own rule (SecurityStampValidator.ValidateAsync): a cookie issued longer ago than the interval, or
    /// with no issue time, is checked against the user's security stamp; with its clock (the app's TimeProvider).
    /// </summary>
    private static bool SecurityStampCheckDue(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        if (context.Properties.IssuedUtc is not { } issued)
        {
            return true;
        }

        var stampOptions = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var clock = stampOptions.TimeProvider ?? context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        return clock.GetUtcNow() - issued > stampOptions.ValidationInterval;
    }

    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var migrate = options.MigrateOnStartup ?? options.Provider == DatabaseProvider.Sqlite;
        await DatabaseInitialiser.InitialiseAsync(app.Services, migrate, options.SeedDemoData);

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            if (options.SeedDemoData)
            {
                Log.Information(
                    "Leeds Commissioning is running at {Urls}. Sign in with a demo account listed in README.md (\"Demo logins\"), e.g. admin@example.org, password {Password}",
                    urls, options.DemoPassword);
            }
            else
            {
                Log.Information("Leeds Commissioning is running at {Urls}", urls);
            }
        });
    }

    public static void UseLeedsCommissioning(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging(options =>
        {
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                diagnostics.Set("CorrelationId", http.TraceIdentifier);
                diagnostics.Set("UserName", http.User.Identity?.Name ?? "anonymous");
            };
        });

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseSecondFactorForAdministrators();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapControllers();
    }
}
