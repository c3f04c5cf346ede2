using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Decommissioning;
using LeedsCommissioning.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

/// <summary>Decommissioning cases (issue 14; domain.md section 5) and their parts, each part in its own table.</summary>
internal sealed class DecommissioningCaseConfiguration : IEntityTypeConfiguration<DecommissioningCase>
{
    public void Configure(EntityTypeBuilder<DecommissioningCase> builder)
    {
        builder.ToTable("DecommissioningCases");
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Status).AsText();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(50);
        builder.Property(c => c.CommissionerUserId).HasMaxLength(450);
        builder.Property(c => c.CommissionerName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(DecommissioningCase.MaxTextLength);
        builder.Property(c => c.Evidence).HasMaxLength(DecommissioningCase.MaxTextLength);
        builder.Property(c => c.GroupsAffected).HasMaxLength(DecommissioningCase.MaxTextLength);
        builder.Property(c => c.TransitionPlan).HasMaxLength(DecommissioningCase.MaxTextLength);
        builder.Property(c => c.DimensionsAssessment).HasMaxLength(DecommissioningCase.MaxTextLength);
        builder.HasOne<Contract>().WithMany().HasForeignKey(c => c.ContractId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Decision).WithOne().HasForeignKey<DecommissioningCase>(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ContractId);
        builder.HasIndex(c => c.Status);
        builder.Ignore(c => c.IsDraft);

        builder.HasMany(c => c.Stakeholders).WithOne().HasForeignKey(s => s.DecommissioningCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Checklist).WithOne().HasForeignKey(s => s.DecommissioningCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Engagement).WithOne().HasForeignKey(s => s.DecommissioningCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.ExitTasks).WithOne().HasForeignKey(s => s.DecommissioningCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.CompactNotices).WithOne().HasForeignKey(s => s.DecommissioningCaseId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(DecommissioningCase.Stakeholders), nameof(DecommissioningCase.Checklist), nameof(DecommissioningCase.Engagement),
                     nameof(DecommissioningCase.ExitTasks), nameof(DecommissioningCase.CompactNotices) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

internal sealed class StakeholderViewConfiguration : IEntityTypeConfiguration<StakeholderView>
{
    public void Configure(EntityTypeBuilder<StakeholderView> builder)
    {
        builder.ToTable("DecommissioningStakeholders");
        builder.Property(s => s.Stakeholder).AsText();
        builder.Property(s => s.WhatTheySaid).HasMaxLength(DecommissioningCase.MaxTextLength);
        builder.Ignore(s => s.IsAnswered);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.ToTable("DecommissioningChecklist");
        builder.Property(s => s.Check).AsText();
        builder.Property(s => s.Evidence).HasMaxLength(DecommissioningCase.MaxTextLength);
        builder.Property(s => s.DocumentLink).HasMaxLength(DecommissioningCase.MaxTextLength);
        builder.Property(s => s.NotApplicableReason).HasMaxLength(DecommissioningCase.MaxTextLength);
        builder.Ignore(s => s.IsMet);
    }
}

internal sealed class EngagementEntryConfiguration : IEntityTypeConfiguration<EngagementEntry>
{
    public void Configure(EntityTypeBuilder<EngagementEntry> builder)
    {
        builder.ToTable("DecommissioningEngagement");
        builder.Property(s => s.Who).HasMaxLength(500).IsRequired();
        builder.Property(s => s.WhatWasSaid).HasMaxLength(DecommissioningCase.MaxTextLength).IsRequired();
    }
}

internal sealed class ExitTaskConfiguration : IEntityTypeConfiguration<ExitTask>
{
    public void Configure(EntityTypeBuilder<ExitTask> builder)
    {
        builder.ToTable("DecommissioningExitTasks");
        builder.Property(s => s.Name).HasMaxLength(200).IsRequired();
        builder.Property(s => s.OwnerName).HasMaxLength(200);
        builder.Property(s => s.OwnerUserId).HasMaxLength(450);
        builder.HasIndex(s => new { s.DecommissioningCaseId, s.Number }).IsUnique();
        builder.HasIndex(s => s.DueOn);
        builder.Ignore(s => s.IsPlanned);
    }
}

internal sealed class CaseCompactNoticeConfiguration : IEntityTypeConfiguration<CaseCompactNotice>
{
    public void Configure(EntityTypeBuilder<CaseCompactNotice> builder)
    {
        builder.ToTable("DecommissioningCompactNotices");
        builder.Property(s => s.Role).AsText();
        builder.Property(s => s.ProviderName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.How).HasMaxLength(CompactCheck.MaxHowLength);
        builder.Property(s => s.ShortNoticeReason).HasMaxLength(CompactCheck.MaxReasonLength);
        builder.HasOne<Provider>().WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}
