using LeedsCommissioning.Domain.Opportunities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

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
