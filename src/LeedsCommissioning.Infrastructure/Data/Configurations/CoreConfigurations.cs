using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Infrastructure.Auditing;
using LeedsCommissioning.Infrastructure.Email;
using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class CommissioningOrganisationConfiguration : IEntityTypeConfiguration<CommissioningOrganisation>
{
    public void Configure(EntityTypeBuilder<CommissioningOrganisation> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.Property(u => u.JobTitle).HasMaxLength(200);
        builder.HasOne(u => u.Provider).WithMany().HasForeignKey(u => u.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.CommissioningOrganisation).WithMany()
            .HasForeignKey(u => u.CommissioningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

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
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.Property(a => a.ParentType).HasMaxLength(100);
        builder.Property(a => a.ParentKey).HasMaxLength(100);
        builder.HasIndex(a => new { a.ParentType, a.ParentKey });
    }
}

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> builder)
    {
        builder.Property(m => m.To).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
    }
}
