using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Description).HasMaxLength(8000);
        builder.Property(o => o.ServiceArea).AsText();
        builder.Property(o => o.SingleLotReason).HasMaxLength(2000);
        builder.Property(o => o.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(o => o.AuthorName).HasMaxLength(200).IsRequired();
        builder.Property(o => o.ApprovedByUserId).HasMaxLength(450);
        builder.Property(o => o.ApprovedByName).HasMaxLength(200);
        builder.Property(o => o.OutcomeNote).HasMaxLength(4000);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne<CommissioningOrganisation>().WithMany().HasForeignKey(o => o.CommissioningOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.Status, o.BidDeadlineUtc });
        builder.HasMany(o => o.Lots).WithOne().HasForeignKey(l => l.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.QualityQuestions).WithOne().HasForeignKey(q => q.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.SocialValueCriteria).WithOne().HasForeignKey(s => s.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Clarifications).WithOne().HasForeignKey(c => c.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.ApprovalSteps).WithOne().HasForeignKey(s => s.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(o => o.IsAwaitingApproval);
        builder.Ignore(o => o.OutstandingReturn);
        builder.Ignore(o => o.PendingSubmission);
        builder.Ignore(o => o.TotalTermMonths);
        builder.Ignore(o => o.TermShape);
        builder.Ignore(o => o.PriceYears);
        builder.Ignore(o => o.IsEditable);
    }
}
