using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Monitoring;
using LeedsCommissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

/// <summary>Quarterly monitoring (issue 15; domain.md section 7): plans, returns, reviews and evidence, each part in its own table.</summary>
internal sealed class MonitoringPlanConfiguration : IEntityTypeConfiguration<MonitoringPlan>
{
    public void Configure(EntityTypeBuilder<MonitoringPlan> builder)
    {
        builder.ToTable("MonitoringPlans");
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Contract>().WithMany().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ContractId).IsUnique();
        builder.HasMany(p => p.Measures).WithOne().HasForeignKey(m => m.MonitoringPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Locations).WithOne().HasForeignKey(m => m.MonitoringPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Cquins).WithOne().HasForeignKey(m => m.MonitoringPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SteeringGroup).WithOne().HasForeignKey(m => m.MonitoringPlanId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(MonitoringPlan.Measures), nameof(MonitoringPlan.Locations), nameof(MonitoringPlan.Cquins), nameof(MonitoringPlan.SteeringGroup) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

internal sealed class OutcomeMeasureConfiguration : IEntityTypeConfiguration<OutcomeMeasure>
{
    public void Configure(EntityTypeBuilder<OutcomeMeasure> builder)
    {
        builder.ToTable("MonitoringMeasures");
        builder.Property(m => m.Question).AsText();
        builder.Property(m => m.Direction).AsText();
        builder.Property(m => m.Aggregation).AsText();
        builder.Property(m => m.Name).HasMaxLength(MonitoringPlan.MaxNameLength).IsRequired();
        builder.Property(m => m.Unit).HasMaxLength(MonitoringPlan.MaxUnitLength).IsRequired();
        builder.Property(m => m.QuarterlyTarget).HasPrecision(18, 2);
        builder.HasIndex(m => new { m.MonitoringPlanId, m.Number }).IsUnique();
    }
}

internal sealed class CqcLocationConfiguration : IEntityTypeConfiguration<CqcLocation>
{
    public void Configure(EntityTypeBuilder<CqcLocation> builder)
    {
        builder.ToTable("MonitoringCqcLocations");
        builder.Property(l => l.Rating).AsText();
        builder.Property(l => l.Name).HasMaxLength(MonitoringPlan.MaxNameLength).IsRequired();
    }
}

internal sealed class CquinConfiguration : IEntityTypeConfiguration<Cquin>
{
    public void Configure(EntityTypeBuilder<Cquin> builder)
    {
        builder.ToTable("MonitoringCquins");
        builder.Property(c => c.Name).HasMaxLength(MonitoringPlan.MaxNameLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(MonitoringPlan.MaxTextLength);
    }
}

internal sealed class SteeringGroupMemberConfiguration : IEntityTypeConfiguration<SteeringGroupMember>
{
    public void Configure(EntityTypeBuilder<SteeringGroupMember> builder)
    {
        builder.ToTable("MonitoringSteeringGroup");
        builder.HasOne<CommissioningOrganisation>().WithMany().HasForeignKey(m => m.CommissioningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QuarterlyReturnConfiguration : IEntityTypeConfiguration<QuarterlyReturn>
{
    public void Configure(EntityTypeBuilder<QuarterlyReturn> builder)
    {
        builder.ToTable("QuarterlyReturns");
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Status).AsText();
        builder.Property(r => r.Theme).HasConversion<string>().HasMaxLength(50);
        builder.Property(r => r.ThemeReflection).HasMaxLength(QuarterlyReturn.MaxTextLength);
        builder.Property(r => r.SubmittedByUserId).HasMaxLength(450);
        builder.Property(r => r.SubmittedByName).HasMaxLength(200);
        builder.HasOne<Contract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ContractId, r.QuarterKey }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.DueOn });
        builder.Ignore(r => r.Quarter);
        builder.Ignore(r => r.IsDraft);
        builder.HasMany(r => r.Actuals).WithOne().HasForeignKey(a => a.QuarterlyReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.SocialValue).WithOne().HasForeignKey(a => a.QuarterlyReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Review).WithOne().HasForeignKey<MonitoringReview>(v => v.QuarterlyReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(nameof(QuarterlyReturn.Actuals)).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(nameof(QuarterlyReturn.SocialValue)).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MeasureActualConfiguration : IEntityTypeConfiguration<MeasureActual>
{
    public void Configure(EntityTypeBuilder<MeasureActual> builder)
    {
        builder.ToTable("QuarterlyReturnActuals");
        builder.Property(a => a.Value).HasPrecision(18, 2);
        builder.Property(a => a.Commentary).HasMaxLength(QuarterlyReturn.MaxTextLength);
        builder.HasOne<OutcomeMeasure>().WithMany().HasForeignKey(a => a.OutcomeMeasureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.QuarterlyReturnId, a.OutcomeMeasureId }).IsUnique();
    }
}

internal sealed class SocialValueDeliveredConfiguration : IEntityTypeConfiguration<SocialValueDelivered>
{
    public void Configure(EntityTypeBuilder<SocialValueDelivered> builder)
    {
        builder.ToTable("QuarterlyReturnSocialValue");
        builder.Property(a => a.Quantity).HasPrecision(18, 2);
        builder.Property(a => a.Note).HasMaxLength(QuarterlyReturn.MaxTextLength);
        builder.HasOne<ContractCommitment>().WithMany().HasForeignKey(a => a.ContractCommitmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MonitoringReviewConfiguration : IEntityTypeConfiguration<MonitoringReview>
{
    public void Configure(EntityTypeBuilder<MonitoringReview> builder)
    {
        builder.ToTable("MonitoringReviews");
        builder.Property(r => r.Rating).AsText();
        builder.Property(r => r.Feedback).HasMaxLength(QuarterlyReturn.MaxTextLength).IsRequired();
        builder.Property(r => r.GoodPractice).HasMaxLength(QuarterlyReturn.MaxTextLength);
        builder.Property(r => r.Challenges).HasMaxLength(QuarterlyReturn.MaxTextLength);
        builder.Property(r => r.RatingReason).HasMaxLength(QuarterlyReturn.MaxTextLength);
        builder.Property(r => r.ReviewerUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.ReviewerName).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => r.QuarterlyReturnId).IsUnique();
        builder.HasMany(r => r.Actions).WithOne().HasForeignKey(a => a.MonitoringReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(nameof(MonitoringReview.Actions)).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MonitoringActionConfiguration : IEntityTypeConfiguration<MonitoringAction>
{
    public void Configure(EntityTypeBuilder<MonitoringAction> builder)
    {
        builder.ToTable("MonitoringActions");
        builder.Property(a => a.Description).HasMaxLength(QuarterlyReturn.MaxTextLength).IsRequired();
        builder.Property(a => a.Owner).HasMaxLength(MonitoringPlan.MaxNameLength).IsRequired();
    }
}

internal sealed class MonitoringEvidenceConfiguration : IEntityTypeConfiguration<MonitoringEvidence>
{
    public void Configure(EntityTypeBuilder<MonitoringEvidence> builder)
    {
        builder.ToTable("MonitoringEvidence");
        builder.Property(e => e.Kind).AsText();
        builder.Property(e => e.Summary).HasMaxLength(QuarterlyReturn.MaxTextLength).IsRequired();
        builder.Property(e => e.Link).HasMaxLength(MonitoringEvidence.MaxLinkLength);
        builder.Property(e => e.RecordedByName).HasMaxLength(200).IsRequired();
        builder.HasOne<Contract>().WithMany().HasForeignKey(e => e.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ContractId, e.ReceivedOn });
    }
}
