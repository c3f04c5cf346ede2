using LeedsCommissioning.Domain.Contracts;
using LeedsCommissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ContractChangeConfiguration : IEntityTypeConfiguration<ContractChange>
{
    public void Configure(EntityTypeBuilder<ContractChange> builder)
    {
        builder.ToTable("ContractChanges");
        builder.Property(c => c.Kind).AsText();
        builder.Property(c => c.StatusBefore).AsText();
        builder.Property(c => c.StatusAfter).AsText();
        builder.Property(c => c.Description).HasMaxLength(1000).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(ContractChange.MaxReasonLength).IsRequired();
        builder.Property(c => c.RecordedByUserId).HasMaxLength(450);
        builder.Property(c => c.RecordedByName).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => new { c.ContractId, c.RecordedAtUtc });
        builder.Property(c => c.CompactNoticeHow).HasMaxLength(CompactCheck.MaxHowLength);
        builder.Property(c => c.CompactShortNoticeReason).HasMaxLength(CompactCheck.MaxReasonLength);
        // Issue 15: a variation's stated change in value, and the decision it waits for when its value requires one.
        builder.HasOne(c => c.Decision).WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        // Issue 15: the funding of a value change that waits for a decision, applied when it is approved.
        builder.OwnsMany(c => c.ProposedFunding, f =>
        {
            f.ToTable("ContractChangeProposedFunding");
            f.WithOwner().HasForeignKey("ContractChangeId");
            f.Property<int>("Id");
            f.HasKey("Id");
            f.Property(p => p.PartnerName).HasMaxLength(200);
            f.Property(p => p.Stream).AsText();
            f.HasOne<CommissioningOrganisation>().WithMany().HasForeignKey(p => p.FunderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(c => c.ProposedFunding).HasField("_proposedFunding");
    }
}
