using LeedsCommissioning.Infrastructure.Identity;
using LeedsCommissioning.Infrastructure.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.Kind).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Link).HasMaxLength(500).IsRequired();
        // A reminder is raised once per user: a second insert of the same key fails, whoever tries it.
        builder.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
