using LeedsCommissioning.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.Property(u => u.JobTitle).HasMaxLength(200);
        builder.HasOne(u => u.Provider).WithMany().HasForeignKey(u => u.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.CommissioningOrganisation).WithMany()
            .HasForeignKey(u => u.CommissioningOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
