using LeedsCommissioning.Domain.Opportunities;
using LeedsCommissioning.Domain.Organisations;
using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Registration;
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

internal sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> builder)
    {
        builder.Property(s => s.Kind).AsText();
        builder.Property(s => s.ByUserId).HasMaxLength(450).IsRequired();
        builder.Property(s => s.ByName).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Reason).HasMaxLength(2000);
        builder.HasIndex(s => new { s.OpportunityId, s.Number }).IsUnique();
    }
}

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.Property(l => l.Title).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Description).HasMaxLength(4000);
        builder.Property(l => l.NoLocalBidderReason).HasMaxLength(1000);
        builder.HasOne<Provider>().WithMany().HasForeignKey(l => l.AwardedProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class QualityQuestionConfiguration : IEntityTypeConfiguration<QualityQuestion>
{
    public void Configure(EntityTypeBuilder<QualityQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(1000).IsRequired();
        builder.Property(q => q.Scorers).HasMaxLength(300);
    }
}

internal sealed class OpportunitySocialValueConfiguration : IEntityTypeConfiguration<OpportunitySocialValue>
{
    public void Configure(EntityTypeBuilder<OpportunitySocialValue> builder)
    {
        builder.HasKey(s => new { s.OpportunityId, s.SocialValueCriterionId });
        builder.HasOne<SocialValueCriterion>().WithMany().HasForeignKey(s => s.SocialValueCriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClarificationNoticeConfiguration : IEntityTypeConfiguration<ClarificationNotice>
{
    public void Configure(EntityTypeBuilder<ClarificationNotice> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.PublishedBy).HasMaxLength(200).IsRequired();
    }
}

internal sealed class SocialValueCriterionConfiguration : IEntityTypeConfiguration<SocialValueCriterion>
{
    public void Configure(EntityTypeBuilder<SocialValueCriterion> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Unit).HasMaxLength(60).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(1000);
    }
}

internal sealed class ClarificationQuestionConfiguration : IEntityTypeConfiguration<ClarificationQuestion>
{
    public void Configure(EntityTypeBuilder<ClarificationQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(2000).IsRequired();
        builder.Property(q => q.Answer).HasMaxLength(4000);
        builder.Property(q => q.AnsweredBy).HasMaxLength(200);
        builder.Property(q => q.AskedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(q => q.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Provider>().WithMany().HasForeignKey(q => q.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(q => q.IsAnswered);
    }
}

internal sealed class InterestRegistrationConfiguration : IEntityTypeConfiguration<InterestRegistration>
{
    public void Configure(EntityTypeBuilder<InterestRegistration> builder)
    {
        builder.Property(i => i.UserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(i => new { i.OpportunityId, i.ProviderId }).IsUnique();
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(i => i.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Provider>().WithMany().HasForeignKey(i => i.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Bids have no DbSet on the context on purpose: every read goes through
/// <see cref="LeedsCommissioning.Infrastructure.Opportunities.SealedBids"/>.
/// </summary>
internal sealed class BidConfiguration : IEntityTypeConfiguration<Bid>
{
    public void Configure(EntityTypeBuilder<Bid> builder)
    {
        builder.Property(b => b.CreatedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(b => b.SubmittedByUserId).HasMaxLength(450);
        builder.Property(b => b.ReceiptReference).HasMaxLength(80);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasIndex(b => new { b.LotId, b.ProviderId }).IsUnique();
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(b => b.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lot>().WithMany().HasForeignKey(b => b.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(b => b.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Prices).WithOne().HasForeignKey(p => p.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Answers).WithOne().HasForeignKey(a => a.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Commitments).WithOne().HasForeignKey(c => c.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.ConsortiumMembers).WithOne().HasForeignKey(c => c.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Attachments).WithOne().HasForeignKey(a => a.BidId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(b => b.TotalPrice);
    }
}

internal sealed class BidChildConfiguration :
    IEntityTypeConfiguration<BidAnswer>, IEntityTypeConfiguration<BidConsortiumMember>,
    IEntityTypeConfiguration<BidAttachment>, IEntityTypeConfiguration<BidAttachmentContent>, IEntityTypeConfiguration<BidCommitment>
{
    public void Configure(EntityTypeBuilder<BidAnswer> builder)
    {
        builder.Property(a => a.Text).IsRequired();
        builder.HasOne<QualityQuestion>().WithMany().HasForeignKey(a => a.QualityQuestionId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<BidConsortiumMember> builder) =>
        builder.Property(m => m.Name).HasMaxLength(200).IsRequired();

    public void Configure(EntityTypeBuilder<BidCommitment> builder) =>
        builder.HasOne<SocialValueCriterion>().WithMany().HasForeignKey(c => c.SocialValueCriterionId).OnDelete(DeleteBehavior.Restrict);

    public void Configure(EntityTypeBuilder<BidAttachment> builder)
    {
        builder.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(200).IsRequired();
        builder.HasOne(a => a.Content).WithOne().HasForeignKey<BidAttachmentContent>(c => c.BidAttachmentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BidAttachmentContent> builder)
    {
        builder.ToTable("BidAttachmentContents");
        builder.HasKey(c => c.BidAttachmentId);
        builder.Property(c => c.Data).IsRequired();
    }
}

internal sealed class OrganisationApplicationConfiguration : IEntityTypeConfiguration<OrganisationApplication>
{
    public void Configure(EntityTypeBuilder<OrganisationApplication> builder)
    {
        builder.Property(a => a.OrganisationName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.CharityNumber).HasMaxLength(20);
        builder.Property(a => a.CompanyNumber).HasMaxLength(8);
        builder.Property(a => a.Postcode).HasMaxLength(10);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.ApplicantName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ApplicantEmail).HasMaxLength(256).IsRequired();
        builder.Property(a => a.ApplicantJobTitle).HasMaxLength(200);
        builder.Property(a => a.DecidedBy).HasMaxLength(200);
        builder.Property(a => a.RejectionReason).HasMaxLength(2000);
        builder.HasIndex(a => a.Status);
        builder.HasOne<Provider>().WithMany().HasForeignKey(a => a.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}
