using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ReminderEmailOptOutConfiguration : IEntityTypeConfiguration<ReminderEmailOptOut>
{
    public void Configure(EntityTypeBuilder<ReminderEmailOptOut> builder)
    {
        builder.HasKey(o => new { o.UserId, o.Kind });
        builder.Property(o => o.UserId).HasMaxLength(450);
        builder.Property(o => o.Kind).HasMaxLength(50);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
