using LeedsCommissioning.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ScheduledJobLeaseConfiguration : IEntityTypeConfiguration<ScheduledJobLease>
{
    public void Configure(EntityTypeBuilder<ScheduledJobLease> builder)
    {
        builder.ToTable("ScheduledJobs");
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(100);
        builder.Property(j => j.LeaseHolder).HasMaxLength(200);
        builder.Property(j => j.LastRunBy).HasMaxLength(200);
        builder.Property(j => j.LastOutcome).HasMaxLength(2000);
    }
}
