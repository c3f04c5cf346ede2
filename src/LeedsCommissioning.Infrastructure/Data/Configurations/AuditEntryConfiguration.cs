using LeedsCommissioning.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Changes).IsRequired();
        // A record's entries and an aggregate's parts' entries, newest first, straight from the index: the contract
        // history and the edit-conflict lookups read them so (docs/benchmarks.md).
        builder.HasIndex(a => new { a.EntityType, a.EntityKey, a.OccurredAtUtc, a.Id });
        builder.Property(a => a.ParentType).HasMaxLength(100);
        builder.Property(a => a.ParentKey).HasMaxLength(100);
        builder.HasIndex(a => new { a.ParentType, a.ParentKey, a.OccurredAtUtc, a.Id });
        // What changed in a stretch of time: the open data's release dates page by it (OcdsReleases, docs/benchmarks.md).
        builder.HasIndex(a => a.OccurredAtUtc);
        // What a person did, newest first: the administrators' audit search by person (Features/Audit, docs/security.md).
        builder.HasIndex(a => new { a.UserId, a.OccurredAtUtc, a.Id });
    }
}
