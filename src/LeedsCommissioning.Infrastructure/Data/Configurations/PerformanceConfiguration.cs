using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

/// <summary>A contract's key performance indicators and their yearly ratings (issue 15). New tables, so the Contracts table and its search triggers stay as they are.</summary>
internal sealed class KeyPerformanceIndicatorConfiguration : IEntityTypeConfiguration<KeyPerformanceIndicator>
{
    public void Configure(EntityTypeBuilder<KeyPerformanceIndicator> builder)
    {
        builder.ToTable("KeyPerformanceIndicators");
        builder.Property(k => k.Name).HasMaxLength(KeyPerformanceIndicator.MaxNameLength).IsRequired();
        builder.Property(k => k.Measure).HasMaxLength(KeyPerformanceIndicator.MaxMeasureLength).IsRequired();
        builder.Property(k => k.Target).HasMaxLength(KeyPerformanceIndicator.MaxTargetLength).IsRequired();
        builder.HasOne<Contract>().WithMany(c => c.Kpis).HasForeignKey(k => k.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(k => k.Ratings).WithOne().HasForeignKey(r => r.KeyPerformanceIndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(k => k.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class KpiRatingConfiguration : IEntityTypeConfiguration<KpiRating>
{
    public void Configure(EntityTypeBuilder<KpiRating> builder)
    {
        builder.ToTable("KpiRatings");
        builder.Property(r => r.Rating).AsText();
        builder.Property(r => r.Note).HasMaxLength(KpiRating.MaxNoteLength);
        builder.Property(r => r.RatedByUserId).HasMaxLength(450);
        builder.Property(r => r.RatedByName).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => new { r.KeyPerformanceIndicatorId, r.Year }).IsUnique();
    }
}

internal sealed class PerformanceFailureConfiguration : IEntityTypeConfiguration<PerformanceFailure>
{
    public void Configure(EntityTypeBuilder<PerformanceFailure> builder)
    {
        builder.ToTable("PerformanceFailures");
        builder.Property(f => f.Kind).AsText();
        builder.Property(f => f.Description).HasMaxLength(PerformanceFailure.MaxTextLength).IsRequired();
        builder.Property(f => f.StepsTaken).HasMaxLength(PerformanceFailure.MaxTextLength).IsRequired();
        builder.Property(f => f.RecordedByUserId).HasMaxLength(450);
        builder.Property(f => f.RecordedByName).HasMaxLength(200).IsRequired();
        builder.HasOne<Contract>().WithMany(c => c.Failures).HasForeignKey(f => f.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.ContractId, f.OccurredOn });
    }
}
