using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

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
