using LeedsCommissioning.Domain.Security;
using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class AccountEventConfiguration : IEntityTypeConfiguration<AccountEvent>
{
    public void Configure(EntityTypeBuilder<AccountEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.Kind).AsText();
        builder.Property(e => e.ByUserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.ByName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.UserId, e.AtUtc });
    }
}
