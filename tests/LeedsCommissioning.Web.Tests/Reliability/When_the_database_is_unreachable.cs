using System.Data.Common;
using System.Net;
using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Infrastructure.Documents;
using LeedsCommissioning.Web.Tests.Contracts;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using LeedsCommissioning.Infrastructure.Data;

namespace LeedsCommissioning.Web.Tests.Reliability;

/// <summary>
/// The database connection drops (issue 16, "Reliability"): every page answers 503 "Sorry, the service is
/// unavailable", a form that was being saved says its changes were not saved, and nothing was half saved; once the
/// database is back, the portal works again without a restart. The drop is a real one for EF Core: opening a
/// connection fails with a provider exception, as when the server is gone, on SQLite and on PostgreSQL alike.
/// </summary>
public sealed class When_the_database_is_unreachable(When_the_database_is_unreachable.Factory factory) : IClassFixture<When_the_database_is_unreachable.Factory>
{
    [Fact]
    public async Task a_form_being_saved_says_its_changes_were_not_saved_and_nothing_is_lost()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var id = await ContractTestData.IdOfAsync(factory, ContractTestData.LiveWellLeeds);
        var documentId = await AddDocumentAsync(id);
        var form = await commissioner.GetDocumentAsync($"/contracts/{id}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        HttpResponseMessage response;
        factory.Connections.Down = true;
        try
        {
            response = await commissioner.PostAsync($"/contracts/{id}/documents/{documentId}/delete", [new("__RequestVerificationToken", token)]);
        }
        finally
        {
            factory.Connections.Down = false;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Sorry, the service is unavailable", page.Heading());
        Assert.Contains("Your changes have not been saved", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.ContractDocuments.AnyAsync(d => d.Id == documentId)), "the document is still there");

        // Back again: the same form now works.
        var retried = await commissioner.PostFormAsync($"/contracts/{id}", $"/contracts/{id}/documents/{documentId}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ContractDocuments.AnyAsync(d => d.Id == documentId)));
    }

    [Fact]
    public async Task pages_and_the_readiness_check_say_unavailable_until_the_database_is_back()
    {
        var commissioner = await PortalClient.SignedInAsync(factory, "commissioner@example.org");
        var anyone = PortalClient.For(factory);

        HttpResponseMessage register, opportunities, ready, live;
        factory.Connections.Down = true;
        try
        {
            register = await commissioner.Http.GetAsync("/contracts");
            opportunities = await anyone.Http.GetAsync("/opportunities");
            ready = await anyone.Http.GetAsync("/health/ready");
            live = await anyone.Http.GetAsync("/health/live");
        }
        finally
        {
            factory.Connections.Down = false;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, register.StatusCode);
        Assert.Equal("Sorry, the service is unavailable", (await PortalClient.ParseAsync(register)).Heading());
        Assert.DoesNotContain("Your changes have not been saved", await register.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, opportunities.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await commissioner.Http.GetAsync("/contracts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anyone.Http.GetAsync("/health/ready")).StatusCode);
    }

    private Task<int> AddDocumentAsync(int contractId) => factory.WithDbAsync(async db =>
    {
        var contract = await db.Contracts.Include(c => c.Documents).SingleAsync(c => c.Id == contractId);
        var key = ContractDocumentContent.NewKey();
        var document = contract.AddDocument(DocumentKind.Other, "kept.pdf", "application/pdf", Opportunities.BidFiles.Pdf.Length, key, null, "Test", DateTime.UtcNow);
        db.ContractDocumentContents.Add(new ContractDocumentContent(key, Opportunities.BidFiles.Pdf));
        await db.SaveChangesAsync();
        return document.Id;
    });

    public sealed class Factory : PortalFactory
    {
        public DroppingConnections Connections { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<CommissioningDbContext>(options => options.AddInterceptors(Connections)));
        }
    }

    /// <summary>Fails every connection opened while <see cref="Down"/> is set, with a provider exception.</summary>
    public sealed class DroppingConnections : DbConnectionInterceptor
    {
        private volatile bool down;

        public bool Down
        {
            get => down;
            set => down = value;
        }

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            Down ? throw new Unreachable() : result;

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Down ? throw new Unreachable() : ValueTask.FromResult(result);
    }

    private sealed class Unreachable() : DbException("Connection refused: the database server is not reachable");
}
