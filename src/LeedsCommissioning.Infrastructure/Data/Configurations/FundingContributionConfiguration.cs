using LeedsCommissioning.Domain.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class FundingContributionConfiguration : IEntityTypeConfiguration<FundingContribution>
{
    public void Configure(EntityTypeBuilder<FundingContribution> builder)
    {
        builder.ToTable("FundingContributions");
        builder.Property(f => f.PartnerName).HasMaxLength(200);
        builder.Property(f => f.Stream).AsText();
        builder.Ignore(f => f.FunderName);
        builder.HasOne(f => f.FunderOrganisation).WithMany()
            .HasForeignKey(f => f.FunderOrganisationId).OnDelete(DeleteBehavior.Restrict);

        // The register's funder filter.
        builder.HasIndex(f => f.FunderOrganisationId);
        builder.HasIndex(f => f.PartnerName);
    }
}
