using System.Security.Claims;
using System.Text.Json;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Data;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeedsCommissioning.Web.Tests.Auditing;

/// <summary>
/// No screen changes an audited record yet (providers are seeded), so these tests change a
/// <see cref="Provider"/> through the app's own DbContext in a scope, as a later feature's handler will.
/// </summary>
public sealed class The_audit_trail(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task records_a_change_made_outside_a_request_as_the_system()
    {
        var id = await NewProvider("Leeds Mencap (test one)");

        await Change(id, p => p.Rename("Leeds Mencap"));

        var entry = Assert.Single(await EntriesFor(id, AuditAction.Modified));
        Assert.Equal("system", entry.UserName);
        Assert.Null(entry.UserId);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, entry.OccurredAtUtc);
        Assert.Equal(DateTimeKind.Utc, entry.OccurredAtUtc.Kind);
        Assert.Equal("Provider", entry.EntityType);
        Assert.Equal([new AuditChange("Name", "Leeds Mencap (test one)", "Leeds Mencap")], Changes(entry));
    }

    [Fact]
    public async Task records_who_made_a_change_during_a_request()
    {
        var id = await NewProvider("Age UK Leeds (test two)");
        var accessor = factory.Services.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, "user-42"), new Claim(ClaimTypes.Name, "procurement@example.org")], "Identity.Application")),
        };
        try
        {
            await Change(id, p => p.Rename("Age UK Leeds"));
        }
        finally
        {
            accessor.HttpContext = null;
        }

        var entry = Assert.Single(await EntriesFor(id, AuditAction.Modified));
        Assert.Equal("user-42", entry.UserId);
        Assert.Equal("procurement@example.org", entry.UserName);
    }

    [Fact]
    public async Task records_an_addition_with_its_generated_key()
    {
        var id = await NewProvider("Leeds Irish Health and Homes");

        var entry = Assert.Single(await EntriesFor(id, AuditAction.Added));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
        var changes = Changes(entry);
        Assert.Equal(new AuditChange("Id", null, entry.EntityKey), changes[0]);
        Assert.Contains(new AuditChange("Name", null, "Leeds Irish Health and Homes"), changes);
        Assert.All(changes, c => Assert.Null(c.Old));
    }

    [Fact]
    public async Task seeded_records_were_added_by_the_system()
    {
        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Provider" && a.Action == AuditAction.Added).ToListAsync());

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal("system", e.UserName));
    }

    [Fact]
    public async Task refuses_to_change_an_audit_entry_and_saves_nothing()
    {
        var id = await NewProvider("Leeds Jewish Welfare Board (test)");
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "Provider" && a.EntityKey == id.ToString());
        var provider = await db.Providers.SingleAsync(p => p.Id == id);
        entry.UserName = "someone else";
        provider.Rename("Renamed alongside a tampered audit row");

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Equal("Leeds Jewish Welfare Board (test)", await factory.WithDbAsync(d => d.Providers.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
        Assert.Equal("system", await factory.WithDbAsync(d => d.AuditEntries.Where(a => a.Id == entry.Id).Select(a => a.UserName).SingleAsync()));

        // The refused save leaves the context usable: once the tampering is undone, a proper change commits.
        db.Entry(entry).State = EntityState.Unchanged;
        provider.Rename("Leeds Jewish Welfare Board");
        await db.SaveChangesAsync();
        Assert.Equal("Leeds Jewish Welfare Board", await factory.WithDbAsync(d => d.Providers.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task refuses_to_delete_an_audit_entry()
    {
        var id = await NewProvider("Feel Good Factor (test)");
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(a => a.EntityType == "Provider" && a.EntityKey == id.ToString()));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Single(await EntriesFor(id, AuditAction.Added));
    }

    [Fact]
    public async Task a_save_that_fails_writes_neither_the_change_nor_its_audit()
    {
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());
        using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
            db.Providers.Add(new Provider("Never saved"));
            db.EmailMessages.Add(new EmailMessage { To = null!, Subject = "Breaks the save", Body = "" });

            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.False(await factory.WithDbAsync(db => db.Providers.AnyAsync(p => p.Name == "Never saved")));
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task a_stale_change_is_refused_without_an_audit_and_its_retry_is_audited_as_made()
    {
        var id = await NewProvider("Touchstone (test)");
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        var stale = await db.Providers.SingleAsync(p => p.Id == id);
        await Change(id, p => p.Rename("Touchstone North"));
        stale.Rename("Touchstone South");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Single(await EntriesFor(id, AuditAction.Modified));

        await db.Entry(stale).ReloadAsync();
        stale.Rename("Touchstone South");
        await db.SaveChangesAsync();

        var entries = await EntriesFor(id, AuditAction.Modified);
        Assert.Equal(2, entries.Count);
        Assert.Equal([new AuditChange("Name", "Touchstone North", "Touchstone South")], Changes(entries[1]));
        Assert.Equal(2, await factory.WithDbAsync(d => d.Providers.Where(p => p.Id == id).Select(p => p.Version).SingleAsync()));
    }

    [Fact]
    public async Task each_change_bumps_the_version()
    {
        var id = await NewProvider("Leeds Survivor-Led Crisis Service (test)");

        await Change(id, p => p.Rename("Leeds Survivor-Led Crisis Service"));
        await Change(id, p => p.Rename("Dial House"));

        Assert.Equal(2, await factory.WithDbAsync(d => d.Providers.Where(p => p.Id == id).Select(p => p.Version).SingleAsync()));
        Assert.Equal(2, (await EntriesFor(id, AuditAction.Modified)).Count);
    }

    private async Task<int> NewProvider(string name)
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        var provider = new Provider(name);
        db.Providers.Add(provider);
        await db.SaveChangesAsync();
        return provider.Id;
    }

    private async Task Change(int id, Action<Provider> change)
    {
        using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommissioningDbContext>();
        change(await db.Providers.SingleAsync(p => p.Id == id));
        await db.SaveChangesAsync();
    }

    private Task<List<AuditEntry>> EntriesFor(int id, AuditAction action) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Provider" && a.EntityKey == id.ToString() && a.Action == action)
            .OrderBy(a => a.Id).ToListAsync());

    private static List<AuditChange> Changes(AuditEntry entry) => JsonSerializer.Deserialize<List<AuditChange>>(entry.Changes)!;
}
