using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Renewals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

/// <summary>The renewals pipeline (issue 14): one renewal plan per contract.</summary>
internal sealed class RenewalPlanConfiguration : IEntityTypeConfiguration<RenewalPlan>
{
    public void Configure(EntityTypeBuilder<RenewalPlan> builder)
    {
        builder.ToTable("RenewalPlans");
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Intention).AsText();
        builder.Property(p => p.Route).AsText();
        builder.Property(p => p.OwnerUserId).HasMaxLength(450);
        builder.Property(p => p.OwnerName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Evidence).HasMaxLength(RenewalPlan.EvidenceMaxLength);
        builder.HasOne<Contract>().WithOne().HasForeignKey<RenewalPlan>(p => p.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.ContractId).IsUnique();
        // The plans a person owns: whose renewal decisions are theirs (their home page's reminders: issue 12).
        builder.HasIndex(p => p.OwnerUserId);
    }
}

/// <summary>The forward plan's commissioning intentions (issue 14; domain.md section 8a).</summary>
internal sealed class ForwardPlanIntentionConfiguration : IEntityTypeConfiguration<ForwardPlanIntention>
{
    public void Configure(EntityTypeBuilder<ForwardPlanIntention> builder)
    {
        builder.ToTable("ForwardPlanIntentions");
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.ServiceArea).AsText();
        builder.Property(i => i.Band).AsText();
        builder.Property(i => i.Service).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(4000).IsRequired();
        builder.Property(i => i.TenderTiming).HasMaxLength(500);
        builder.Property(i => i.StartDate).HasMaxLength(100);
        builder.Property(i => i.TermShape).HasMaxLength(100);
        builder.Property(i => i.Route).HasMaxLength(200);
        builder.Property(i => i.SupportNote).HasMaxLength(1000);
        builder.HasOne(i => i.CommissioningOrganisation).WithMany().HasForeignKey(i => i.CommissioningOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.IsPublished, i.ServiceArea });
    }
}
