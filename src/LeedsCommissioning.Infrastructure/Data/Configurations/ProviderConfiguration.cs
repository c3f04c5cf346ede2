using LeedsCommissioning.Domain.Providers;
using LeedsCommissioning.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeedsCommissioning.Infrastructure.Data.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(p => p.Name);
        builder.Property(p => p.Version).IsConcurrencyToken();

        builder.Property(p => p.Type).AsText();
        builder.Property(p => p.CharityNumber).HasMaxLength(20);
        builder.Property(p => p.CompanyNumber).HasMaxLength(8);
        builder.Property(p => p.SizeBand).AsText();
        builder.Property(p => p.VettingStatus).AsText();
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Ignore(p => p.IsSmallAndLocal);
        builder.Ignore(p => p.Localities);

        // Provider search filters: type, size, vetting, Leeds-based.
        builder.HasIndex(p => p.Type);
        builder.HasIndex(p => p.SizeBand);
        builder.HasIndex(p => p.VettingStatus);

        builder.HasMany(p => p.Wards).WithMany().UsingEntity(
            "ProviderWards",
            r => r.HasOne(typeof(Ward)).WithMany().HasForeignKey("WardId").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Provider)).WithMany().HasForeignKey("ProviderId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasKey("ProviderId", "WardId"));
        builder.Navigation(p => p.Wards).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.CqcLocations, location =>
        {
            location.ToTable("ProviderCqcLocations");
            location.WithOwner().HasForeignKey("ProviderId");
            location.Property<int>("Id");
            location.HasKey("Id");
            location.Property(l => l.Name).HasMaxLength(200).IsRequired();
            location.Property(l => l.CqcLocationId).HasMaxLength(20).IsRequired();
            location.Property(l => l.Rating).AsText();
        });
        builder.Navigation(p => p.CqcLocations).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Contacts, contact =>
        {
            contact.ToTable("ProviderContacts");
            contact.WithOwner().HasForeignKey("ProviderId");
            contact.Property<int>("Id");
            contact.HasKey("Id");
            contact.Property(c => c.Name).HasMaxLength(200).IsRequired();
            contact.Property(c => c.Role).HasMaxLength(200);
            contact.Property(c => c.Email).HasMaxLength(256);
            contact.Property(c => c.Phone).HasMaxLength(40);
        });
        builder.Navigation(p => p.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
